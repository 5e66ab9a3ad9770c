/** The account page's history: what its audit trail and its deals' (proposals, migration) say. */

/** The objects whose history makes an account's: the account, each of its deals, their proposals and migration. */
export const ACCOUNT_HISTORY_SOURCES_QUERY = /* GraphQL */ `
  query AccountHistorySources($id: ID!) {
    node(id: $id) {
      ... on Account {
        id
        opportunities {
          id
          proposals {
            id
            reference
          }
          migration {
            id
          }
        }
      }
    }
  }
`;

/** One page of an object's audit trail, oldest first unless `order` says NEWEST_FIRST. */
export const AUDIT_TRAIL_QUERY = /* GraphQL */ `
  query AuditTrail($entityId: ID!, $first: Int, $after: String, $order: AuditTrailOrder) {
    auditTrail(entityId: $entityId, first: $first, after: $after, order: $order) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          at
          actorType
          actorLabel
          action
          entityType
          entityId
          changes {
            field
            before
            after
          }
        }
      }
    }
  }
`;

/** The rules the shutdown-date warning checks, for each of the user's campaigns. */
export const CAMPAIGN_CYCLE_RULES_QUERY = /* GraphQL */ `
  query CampaignCycleRules($first: Int) {
    campaigns(first: $first) {
      edges {
        node {
          id
          name
          rival {
            id
            name
            shutdownExpectedAt
          }
          settings {
            timeZone
            stageDueBusinessDays {
              identified
              contacted
              proposal_sent
              negotiating
            }
            migrationLeadDays {
              enterprise_vpn
              isp_wholesale
              hosting
              colocation
              smb_web
            }
          }
        }
      }
    }
  }
`;
