/**
 * One selection per entity, for the documents that read the same thing in several places: a field
 * added here reaches every operation that spreads it. A document interpolates the fragments it
 * spreads (`${SESSION_FIELDS}`), so that each operation stays valid on its own; codegen
 * (apps/web/codegen.ts) reads this file with the others and types the spreads.
 */

/** Who is signed in, as the header and the session show them. */
export const SESSION_USER_FIELDS = /* GraphQL */ `
  fragment SessionUserFields on User {
    id
    name
    email
    role
    locale
  }
`;

/** What signing in or renewing the session returns. */
export const SESSION_FIELDS = /* GraphQL */ `
  fragment SessionFields on LoginPayload {
    accessToken
    accessTokenExpiresAt
    refreshToken
    user {
      ...SessionUserFields
    }
  }
  ${SESSION_USER_FIELDS}
`;

/** A user as the admin's users page lists them. */
export const ADMIN_USER_FIELDS = /* GraphQL */ `
  fragment AdminUserFields on User {
    id
    name
    email
    role
    locale
    active
    lastLoginAt
    version
  }
`;

/** An API key as the admin's page lists it (never its secret). */
export const API_KEY_FIELDS = /* GraphQL */ `
  fragment ApiKeyFields on ApiKey {
    id
    name
    prefix
    scopes
    campaignId
    createdAt
    lastUsedAt
    revokedAt
  }
`;

/** A webhook as the admin's page lists it (never its secret). */
export const WEBHOOK_FIELDS = /* GraphQL */ `
  fragment WebhookFields on Webhook {
    id
    url
    description
    events
    campaignId
    active
    createdAt
    version
  }
`;

/** One delivery of a webhook, with the receiver's last answer. */
export const WEBHOOK_DELIVERY_FIELDS = /* GraphQL */ `
  fragment WebhookDeliveryFields on WebhookDelivery {
    id
    event
    eventId
    status
    attempts
    createdAt
    deliveredAt
    nextAttemptAt
    lastResponseCode
    lastResponseExcerpt
    lastError
  }
`;

/** Where an account or a contact came from, and the lawful basis stated for it. */
export const LEAD_SOURCE_FIELDS = /* GraphQL */ `
  fragment LeadSourceFields on LeadSource {
    kind
    importId
    fileName
    recordedBy
    recordedAt
    lawfulBasis
  }
`;

/** An entry of an account's timeline. */
export const ACTIVITY_FIELDS = /* GraphQL */ `
  fragment ActivityFields on Activity {
    id
    kind
    occurredAt
    authorLabel
    body
    outcome
    outcomeCode
    nextStepAt
    nextStep
    systemEvent {
      from
      to
      lostReason
      note
      monthlyTotal {
        amount
        currency
      }
      termMonths
      validUntil
      signerName
      signerTitle
      recipientName
      recipientEmail
      resent
    }
  }
`;

/** A proposal's sums, each in the proposal's currency. */
export const PROPOSAL_TOTALS_FIELDS = /* GraphQL */ `
  fragment ProposalTotalsFields on ProposalTotals {
    monthlySubtotal {
      amount
      currency
    }
    monthlyDiscount {
      amount
      currency
    }
    monthlyTotal {
      amount
      currency
    }
    oneTimeTotal {
      amount
      currency
    }
    switchCredit {
      amount
      currency
    }
    totalOverTerm {
      amount
      currency
    }
  }
`;
