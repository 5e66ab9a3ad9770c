/** Personal offers at scale (issue #21, part 2): generating them, a campaign's batches, and the customer's public page. */

export const GENERATE_PERSONAL_OFFERS_MUTATION = /* GraphQL */ `
  mutation GeneratePersonalOffers($input: GeneratePersonalOffersInput!) {
    generatePersonalOffers(input: $input) {
      count
      batch {
        id
        status
      }
    }
  }
`;

export const PERSONAL_OFFER_BATCHES_QUERY = /* GraphQL */ `
  query PersonalOfferBatches($campaignId: ID!) {
    personalOfferBatches(campaignId: $campaignId) {
      id
      status
      discountPercent
      approvalLevel
      termMonths
      expiresAt
      collectiveId
      createdBy
      createdAt
      finishedAt
      progress {
        generated
        opened
        accepted
        expired
      }
    }
  }
`;

export const PERSONAL_OFFER_FIELDS = /* GraphQL */ `
  fragment PersonalOfferFields on PersonalOffer {
    status
    customerName
    currency
    termMonths
    discountPercent
    expiresAt
    timeZone
    shutdownAt
    cutoverAt
    monthlyTotal {
      amount
      currency
    }
    lines {
      serviceKind
      description
      quantity
      oneTimeFee {
        amount
        currency
      }
      monthlyUnitPrice {
        amount
        currency
      }
      monthlyAmount {
        amount
        currency
      }
    }
    weeks {
      weekStart
      cutoverAt
      switchCredit {
        amount {
          amount
          currency
        }
        prepaidMonthsRemaining
      }
      totals {
        monthlyTotal {
          amount
          currency
        }
        totalOverTerm {
          amount
          currency
        }
      }
    }
    acceptedTotals {
      monthlyTotal {
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
  }
`;

export const PERSONAL_OFFER_BY_TOKEN_QUERY = /* GraphQL */ `
  query PersonalOfferByToken($token: String!) {
    personalOfferByToken(token: $token) {
      ...PersonalOfferFields
    }
  }
  ${PERSONAL_OFFER_FIELDS}
`;

export const ACCEPT_PERSONAL_OFFER_MUTATION = /* GraphQL */ `
  mutation AcceptPersonalOffer($input: AcceptPersonalOfferInput!) {
    acceptPersonalOffer(input: $input) {
      offer {
        ...PersonalOfferFields
      }
    }
  }
  ${PERSONAL_OFFER_FIELDS}
`;
