import { CampaignsDocument, type AccountDetailFragment, type CampaignsQuery } from '../gql/graphql';

type Campaign = CampaignsQuery['campaigns']['edges'][number]['node'];

/**
 * KPNQwest's expected shutdown, as every fixture naming `rival-kpn` must give it. Apollo's cache holds
 * one `Rival:rival-kpn`: two answers that disagree about it overwrite each other in whatever order they
 * arrive, and a page then shows one or the other depending on the machine's load.
 */
export const KPN_SHUTDOWN = '2026-12-05T17:00:00Z';

export const KPNQWEST_CAMPAIGN: Campaign = {
  __typename: 'Campaign',
  id: 'camp-kpn',
  name: 'KPNQwest',
  currency: 'EUR',
  status: 'active',
  rival: { __typename: 'Rival', id: 'rival-kpn', name: 'KPNQwest', health: 'liquidating', shutdownExpectedAt: KPN_SHUTDOWN },
  settings: {
    __typename: 'CampaignSettingsModel',
    timeZone: 'Europe/Paris',
    proposalValidityDays: 7,
    discountLimits: { __typename: 'DiscountLimits', repPercent: 10, managerPercent: 25 },
    switchCredit: { __typename: 'SwitchCreditSettings', ratePercent: 50, capMonths: 3 },
  },
  team: [
    { __typename: 'TeamMember', teamRole: 'manager', user: { __typename: 'User', id: 'VXNlcjptYW5vbg', name: 'Manon Leroy' } },
    { __typename: 'TeamMember', teamRole: 'rep', user: { __typename: 'User', id: 'VXNlcjphbGljZQ', name: 'Alice Martin' } },
    { __typename: 'TeamMember', teamRole: 'rep', user: { __typename: 'User', id: 'VXNlcjpicnVubw', name: 'Bruno Petit' } },
  ],
};

/** The header's campaign switcher asks for the campaigns once (cache-first). */
export function campaignsMock(campaigns: Campaign[] = [KPNQWEST_CAMPAIGN]) {
  return {
    request: { query: CampaignsDocument, variables: { first: 50 } },
    result: {
      data: {
        campaigns: {
          __typename: 'CampaignConnection' as const,
          edges: campaigns.map((node) => ({ __typename: 'CampaignEdge' as const, node })),
        },
      },
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

/** An unassigned KPNQwest account with nothing on it yet, as the account page reads it. */
export const OPODO: AccountDetailFragment = {
  __typename: 'Account',
  id: 'acc-opodo',
  version: 7,
  name: 'Opodo',
  segment: 'enterprise_vpn',
  countries: ['FR', 'ES'],
  monthlySpend: { __typename: 'Money', amount: 1_200_000, currency: 'EUR' },
  contractEndsAt: null,
  prepaidUntil: null,
  hasBackupProvider: false,
  rivalIsPrincipalOperator: false,
  competingBidders: [],
  lastContactAt: null,
  createdAt: '2026-11-20T08:00:00Z',
  externalRef: null,
  source: {
    __typename: 'LeadSource',
    kind: 'import',
    importId: 'imp-kpn',
    fileName: 'kpnqwest-customers.csv',
    recordedBy: 'Manon Girard',
    recordedAt: '2026-11-20T08:00:00Z',
    lawfulBasis: 'legitimate_interests',
  },
  urgency: 64,
  urgencyFactors: [],
  owner: null,
  campaign: { __typename: 'Campaign', id: 'camp-kpn', name: 'KPNQwest' },
  rival: { __typename: 'Rival', id: 'rival-kpn', name: 'KPNQwest', shutdownExpectedAt: KPN_SHUTDOWN },
  rivalServices: [],
  contacts: [],
  activities: [],
  currentOpportunity: null,
};
