/** Issue #16: rivals and campaigns created and edited by admins, accounts created and edited in the web app. */

export const ADMIN_RIVAL_FIELDS = /* GraphQL */ `
  fragment AdminRivalFields on Rival {
    id
    name
    country
    health
    shutdownExpectedAt
    services
    claimedAvailabilityPercent
    version
  }
`;

/** Every rival (an admin sees them all), by name. */
export const ADMIN_RIVALS_QUERY = /* GraphQL */ `
  query AdminRivals($after: String) {
    rivals(first: 200, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...AdminRivalFields
        }
      }
    }
  }
  ${ADMIN_RIVAL_FIELDS}
`;

export const CREATE_RIVAL_MUTATION = /* GraphQL */ `
  mutation CreateRival($input: CreateRivalInput!) {
    createRival(input: $input) {
      rival {
        ...AdminRivalFields
      }
    }
  }
  ${ADMIN_RIVAL_FIELDS}
`;

export const UPDATE_RIVAL_MUTATION = /* GraphQL */ `
  mutation UpdateRival($input: UpdateRivalInput!) {
    updateRival(input: $input) {
      rival {
        ...AdminRivalFields
      }
    }
  }
  ${ADMIN_RIVAL_FIELDS}
`;

export const CREATE_CAMPAIGN_MUTATION = /* GraphQL */ `
  mutation CreateCampaign($input: CreateCampaignInput!) {
    createCampaign(input: $input) {
      campaign {
        id
        name
        status
        version
      }
    }
  }
`;

export const CLOSE_CAMPAIGN_MUTATION = /* GraphQL */ `
  mutation CloseCampaign($input: CampaignStatusInput!) {
    closeCampaign(input: $input) {
      campaign {
        id
        status
        version
      }
    }
  }
`;

export const ARCHIVE_CAMPAIGN_MUTATION = /* GraphQL */ `
  mutation ArchiveCampaign($input: CampaignStatusInput!) {
    archiveCampaign(input: $input) {
      campaign {
        id
        status
        version
      }
    }
  }
`;

export const CREATE_ACCOUNT_MUTATION = /* GraphQL */ `
  mutation CreateAccount($input: CreateAccountInput!) {
    createAccount(input: $input) {
      account {
        id
        name
        version
      }
    }
  }
`;
