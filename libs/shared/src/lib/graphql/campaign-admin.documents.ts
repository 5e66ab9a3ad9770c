/** The admin campaigns page: every rule of a campaign and its team, and the mutations that change them. */

export const CAMPAIGN_ADMIN_FIELDS = /* GraphQL */ `
  fragment CampaignAdminFields on Campaign {
    id
    name
    status
    currency
    version
    rival {
      id
      name
      country
      health
      shutdownExpectedAt
    }
    counts {
      accounts
      openOpportunities
      overdueOpportunities
      won
      lost
      unassignedAccounts
    }
    team {
      teamRole
      addedAt
      user {
        id
        name
        email
        role
        active
      }
    }
    settings {
      timeZone
      weeklyMigrationCapacity
      proposalValidityDays
      stageDueBusinessDays {
        identified
        contacted
        proposal_sent
        negotiating
      }
      discountLimits {
        repPercent
        managerPercent
      }
      migrationLeadDays {
        enterprise_vpn
        isp_wholesale
        hosting
        colocation
        smb_web
      }
      switchCredit {
        ratePercent
        capMonths
      }
      urgencyWeights {
        shutdownWithin7Days
        shutdownWithin14Days
        shutdownWithin30Days
        shutdownWithin90Days
        shutDownNotMigrated
        insolventNoDate
        liquidatingNoDate
        noBackupProvider
        rivalPrincipalOperator
        monthlySpendMax
        multiCountry
        noRecentContact
        rivalOutages
        collectiveCancellation
      }
      outageImpactWeights {
        major
        partial
        degraded
      }
    }
  }
`;

export const ADMIN_CAMPAIGN_SETTINGS_QUERY = /* GraphQL */ `
  query AdminCampaignSettings($after: String, $includeArchived: Boolean) {
    campaigns(first: 20, after: $after, includeArchived: $includeArchived) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...CampaignAdminFields
        }
      }
    }
  }
  ${CAMPAIGN_ADMIN_FIELDS}
`;

export const UPDATE_CAMPAIGN_SETTINGS_MUTATION = /* GraphQL */ `
  mutation UpdateCampaignSettings($input: UpdateCampaignSettingsInput!) {
    updateCampaignSettings(input: $input) {
      campaign {
        ...CampaignAdminFields
      }
    }
  }
  ${CAMPAIGN_ADMIN_FIELDS}
`;

export const ADD_CAMPAIGN_MEMBER_MUTATION = /* GraphQL */ `
  mutation AddCampaignMember($input: AddCampaignMemberInput!) {
    addCampaignMember(input: $input) {
      campaign {
        ...CampaignAdminFields
      }
    }
  }
  ${CAMPAIGN_ADMIN_FIELDS}
`;

export const REMOVE_CAMPAIGN_MEMBER_MUTATION = /* GraphQL */ `
  mutation RemoveCampaignMember($input: RemoveCampaignMemberInput!) {
    removeCampaignMember(input: $input) {
      campaign {
        ...CampaignAdminFields
      }
    }
  }
  ${CAMPAIGN_ADMIN_FIELDS}
`;
