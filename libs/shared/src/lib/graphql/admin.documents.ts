import { ADMIN_USER_FIELDS, API_KEY_FIELDS, WEBHOOK_DELIVERY_FIELDS, WEBHOOK_FIELDS } from './fragments';

/** The admins' pages: users and invitations, campaigns, API keys, webhooks. */
export const ADMIN_USERS_QUERY = /* GraphQL */ `
  query AdminUsers($first: Int, $after: String) {
    users(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...AdminUserFields
        }
      }
    }
  }
  ${ADMIN_USER_FIELDS}
`;

export const INVITE_USER_MUTATION = /* GraphQL */ `
  mutation InviteUser($input: InviteUserInput!) {
    inviteUser(input: $input) {
      invitationToken
      user {
        ...AdminUserFields
      }
    }
  }
  ${ADMIN_USER_FIELDS}
`;

export const UPDATE_USER_MUTATION = /* GraphQL */ `
  mutation UpdateUser($input: UpdateUserInput!) {
    updateUser(input: $input) {
      user {
        id
        name
        role
        locale
        active
        version
      }
    }
  }
`;

export const ACCEPT_INVITATION_MUTATION = /* GraphQL */ `
  mutation AcceptInvitation($input: AcceptInvitationInput!) {
    acceptInvitation(input: $input) {
      user {
        id
        email
      }
    }
  }
`;

export const API_KEYS_QUERY = /* GraphQL */ `
  query ApiKeys($first: Int) {
    apiKeys(first: $first) {
      totalCount
      edges {
        node {
          ...ApiKeyFields
        }
      }
    }
  }
  ${API_KEY_FIELDS}
`;

export const CREATE_API_KEY_MUTATION = /* GraphQL */ `
  mutation CreateApiKey($input: CreateApiKeyInput!) {
    createApiKey(input: $input) {
      secret
      apiKey {
        ...ApiKeyFields
      }
    }
  }
  ${API_KEY_FIELDS}
`;

export const REVOKE_API_KEY_MUTATION = /* GraphQL */ `
  mutation RevokeApiKey($input: RevokeApiKeyInput!) {
    revokeApiKey(input: $input) {
      apiKey {
        id
        revokedAt
      }
    }
  }
`;

export const WEBHOOKS_QUERY = /* GraphQL */ `
  query Webhooks {
    webhooks(first: 100) {
      ...WebhookFields
    }
  }
  ${WEBHOOK_FIELDS}
`;

export const CREATE_WEBHOOK_MUTATION = /* GraphQL */ `
  mutation CreateWebhook($input: CreateWebhookInput!) {
    createWebhook(input: $input) {
      secret
      webhook {
        ...WebhookFields
      }
    }
  }
  ${WEBHOOK_FIELDS}
`;

export const UPDATE_WEBHOOK_MUTATION = /* GraphQL */ `
  mutation UpdateWebhook($input: UpdateWebhookInput!) {
    updateWebhook(input: $input) {
      webhook {
        id
        url
        description
        events
        active
        version
      }
    }
  }
`;

export const DELETE_WEBHOOK_MUTATION = /* GraphQL */ `
  mutation DeleteWebhook($input: WebhookIdInput!) {
    deleteWebhook(input: $input) {
      deletedId
    }
  }
`;

export const WEBHOOK_DELIVERIES_QUERY = /* GraphQL */ `
  query WebhookDeliveries($webhookId: ID!) {
    webhookDeliveries(webhookId: $webhookId, first: 50) {
      ...WebhookDeliveryFields
    }
  }
  ${WEBHOOK_DELIVERY_FIELDS}
`;

export const REPLAY_WEBHOOK_DELIVERY_MUTATION = /* GraphQL */ `
  mutation ReplayWebhookDelivery($input: WebhookIdInput!) {
    replayWebhookDelivery(input: $input) {
      delivery {
        ...WebhookDeliveryFields
      }
    }
  }
  ${WEBHOOK_DELIVERY_FIELDS}
`;
