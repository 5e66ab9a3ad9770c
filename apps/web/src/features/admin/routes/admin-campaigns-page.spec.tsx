import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import {
  AddCampaignMemberDocument,
  AdminCampaignSettingsDocument,
  AdminRivalsDocument,
  AdminUsersDocument,
  CloseCampaignDocument,
  CreateCampaignDocument,
  RemoveCampaignMemberDocument,
  UpdateCampaignSettingsDocument,
  type AdminCampaignSettingsQuery,
} from '../../../gql/graphql';
import type { SessionPayload } from '../../../lib/auth/session';
import { renderRoute } from '../../../testing/render-route';
import { KPN_SHUTDOWN } from '../../../testing/fixtures';

const ADMIN: SessionPayload = {
  __typename: 'LoginPayload',
  accessToken: 'access-admin',
  accessTokenExpiresAt: '2026-11-23T09:15:00Z',
  refreshToken: 'refresh-admin-0123456789',
  user: { __typename: 'User', id: 'VXNlcjphZG1pbg', name: 'Ada Admin', email: 'admin@lifeboat.demo', role: 'admin', locale: 'en' },
};

type Campaign = AdminCampaignSettingsQuery['campaigns']['edges'][number]['node'];

const user = (id: string, name: string, role: 'manager' | 'rep') => ({ __typename: 'User' as const, id, name, email: `${name.split(' ')[0].toLowerCase()}@lifeboat.demo`, role, active: true });

const CAMPAIGN: Campaign = {
  __typename: 'Campaign',
  id: 'camp-admin-kpn',
  name: 'KPNQwest takeover',
  status: 'active',
  currency: 'EUR',
  version: 1,
  rival: { __typename: 'Rival', id: 'rival-kpn', name: 'KPNQwest', country: 'NL', health: 'liquidating', shutdownExpectedAt: KPN_SHUTDOWN },
  counts: { __typename: 'CampaignCountsModel', accounts: 12, openOpportunities: 9, overdueOpportunities: 2, won: 2, lost: 1, unassignedAccounts: 3 },
  team: [
    { __typename: 'TeamMember', teamRole: 'manager', addedAt: '2026-11-01T08:00:00Z', user: user('u-manon', 'Manon Leroy', 'manager') },
    { __typename: 'TeamMember', teamRole: 'rep', addedAt: '2026-11-01T08:00:00Z', user: user('u-alice', 'Alice Martin', 'rep') },
  ],
  settings: {
    __typename: 'CampaignSettingsModel',
    timeZone: 'Europe/Paris',
    weeklyMigrationCapacity: 40,
    proposalValidityDays: 7,
    stageDueBusinessDays: { __typename: 'StageDueBusinessDays', identified: 2, contacted: 5, proposal_sent: 5, negotiating: 5 },
    discountLimits: { __typename: 'DiscountLimits', repPercent: 10, managerPercent: 25 },
    migrationLeadDays: { __typename: 'MigrationLeadDays', enterprise_vpn: 10, isp_wholesale: 10, hosting: 5, colocation: 7, smb_web: 3 },
    switchCredit: { __typename: 'SwitchCreditSettings', ratePercent: 50, capMonths: 3 },
    urgencyWeights: {
      __typename: 'UrgencyWeights',
      shutdownWithin7Days: 40,
      shutdownWithin14Days: 30,
      shutdownWithin30Days: 20,
      shutdownWithin90Days: 10,
      shutDownNotMigrated: 40,
      insolventNoDate: 20,
      liquidatingNoDate: 30,
      noBackupProvider: 20,
      rivalPrincipalOperator: 10,
      monthlySpendMax: 15,
      multiCountry: 5,
      noRecentContact: 10,
      rivalOutages: 10,
      collectiveCancellation: 20,
    },
    outageImpactWeights: { __typename: 'OutageImpactWeightSettings', major: 1, partial: 0.5, degraded: 0 },
  },
};

const campaignsMock = {
  request: { query: AdminCampaignSettingsDocument, variables: { includeArchived: false } },
  maxUsageCount: Number.POSITIVE_INFINITY,
  result: { data: { campaigns: { __typename: 'CampaignConnection' as const, totalCount: 1, pageInfo: { __typename: 'PageInfo' as const, hasNextPage: false, endCursor: 'c1' }, edges: [{ __typename: 'CampaignEdge' as const, node: CAMPAIGN }] } } },
};

const usersMock = {
  request: { query: AdminUsersDocument, variables: { first: 200, after: null } },
  result: {
    data: {
      users: {
        __typename: 'UserConnection' as const,
        totalCount: 4,
        pageInfo: { __typename: 'PageInfo' as const, hasNextPage: false, endCursor: null },
        edges: [
          { id: 'u-admin', name: 'Ada Admin', role: 'admin' as const },
          { id: 'u-alice', name: 'Alice Martin', role: 'rep' as const },
          { id: 'u-bruno', name: 'Bruno Petit', role: 'rep' as const },
          { id: 'u-manon', name: 'Manon Leroy', role: 'manager' as const },
        ].map((u) => ({
          __typename: 'UserEdge' as const,
          node: { __typename: 'User' as const, ...u, email: `${u.name.split(' ')[0].toLowerCase()}@lifeboat.demo`, locale: 'en' as const, active: true, lastLoginAt: null, version: 1 },
        })),
      },
    },
  },
};

const rival = (id: string, name: string, country: string) => ({
  __typename: 'Rival' as const,
  id,
  name,
  country,
  health: 'distressed' as const,
  shutdownExpectedAt: null,
  services: [],
  claimedAvailabilityPercent: null,
  version: 1,
});
const rivalsMock = {
  request: { query: AdminRivalsDocument },
  maxUsageCount: Number.POSITIVE_INFINITY,
  result: {
    data: {
      rivals: {
        __typename: 'RivalConnection' as const,
        totalCount: 2,
        pageInfo: { __typename: 'PageInfo' as const, hasNextPage: false, endCursor: null },
        edges: [rival('rival-amen', 'AMEN', 'FR'), rival('rival-kpn', 'KPNQwest', 'NL')].map((node) => ({ __typename: 'RivalEdge' as const, node })),
      },
    },
  },
};

/** Opens a Mantine Select or MultiSelect and picks the option with this text. */
async function pick(combobox: HTMLElement, option: string) {
  fireEvent.focus(combobox);
  fireEvent.click(combobox);
  await waitFor(() => expect(combobox).toHaveAttribute('aria-expanded', 'true'));
  const listbox = document.getElementById(combobox.getAttribute('aria-controls') ?? '') as HTMLElement;
  fireEvent.click(within(listbox).getByRole('option', { name: option, hidden: true }));
}

const input = { campaignId: CAMPAIGN.id, expectedVersion: 1, stageDueBusinessDays: { identified: 3 } };

describe('/admin/campaigns', () => {
  it('edits a stage deadline: mistakes are shown inline, the server’s refusal lands on its field, then it saves', async () => {
    renderRoute('/admin/campaigns', {
      signedInAs: ADMIN,
      mocks: [
        campaignsMock,
        usersMock,
        rivalsMock,
        {
          request: { query: UpdateCampaignSettingsDocument, variables: { input } },
          result: {
            errors: [
              new GraphQLError('Invalid input: input.stageDueBusinessDays.identified: too tight for this campaign.', {
                extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'input.stageDueBusinessDays.identified', reason: 'too tight for this campaign' }] },
              }),
            ],
          },
        },
        {
          request: { query: UpdateCampaignSettingsDocument, variables: { input } },
          result: {
            data: {
              updateCampaignSettings: {
                __typename: 'CampaignPayload' as const,
                campaign: { ...CAMPAIGN, version: 2, settings: { ...CAMPAIGN.settings, stageDueBusinessDays: { ...CAMPAIGN.settings.stageDueBusinessDays, identified: 3 } } },
              },
            },
          },
        },
      ],
    });
    const form = await screen.findByRole('form', { name: 'Rules of KPNQwest takeover' }, { timeout: 5000 });
    const identified = within(form).getByRole('textbox', { name: 'Identified' });
    expect(identified).toHaveValue('2');
    expect(within(form).getByRole('button', { name: 'Save the rules' })).toBeDisabled();

    fireEvent.change(identified, { target: { value: '0' } });
    expect(await within(form).findByText('Between 1 and 60.')).toBeInTheDocument();
    fireEvent.change(within(form).getByRole('textbox', { name: 'With a manager’s approval' }), { target: { value: '5' } });
    expect(await within(form).findByText('Cannot be below the rep’s limit.')).toBeInTheDocument();
    fireEvent.change(within(form).getByRole('textbox', { name: 'With a manager’s approval' }), { target: { value: '25' } });
    fireEvent.change(within(form).getByRole('textbox', { name: /Time zone/ }), { target: { value: 'Mars/Olympus' } });
    expect(await within(form).findByText(/Not a time zone/)).toBeInTheDocument();
    // Nothing is sent while a value is wrong (no mock would answer it).
    fireEvent.submit(form);
    fireEvent.change(within(form).getByRole('textbox', { name: /Time zone/ }), { target: { value: 'Europe/Paris' } });
    fireEvent.change(identified, { target: { value: '3' } });
    await waitFor(() => expect(within(form).queryByText('Between 1 and 60.')).not.toBeInTheDocument());

    fireEvent.click(within(form).getByRole('button', { name: 'Save the rules' }));
    expect(await within(form).findByText('too tight for this campaign')).toBeInTheDocument();
    expect(identified).toHaveAttribute('aria-invalid', 'true');

    fireEvent.click(within(form).getByRole('button', { name: 'Save the rules' }));
    expect(await screen.findByText('Rules of KPNQwest takeover saved: deadlines and urgency are being recomputed.')).toBeInTheDocument();
    const fresh = await screen.findByRole('form', { name: 'Rules of KPNQwest takeover' });
    await waitFor(() => expect(within(fresh).getByRole('textbox', { name: 'Identified' })).toHaveValue('3'));
    expect(within(fresh).getByRole('button', { name: 'Save the rules' })).toBeDisabled();
  }, 20_000);

  it('shows a CONFLICT with a way to reload the campaign', async () => {
    renderRoute('/admin/campaigns', {
      signedInAs: ADMIN,
      mocks: [
        campaignsMock,
        usersMock,
        rivalsMock,
        {
          request: { query: UpdateCampaignSettingsDocument, variables: { input } },
          result: { errors: [new GraphQLError('The campaign changed since you read it (version 2, you had 1).', { extensions: { code: 'CONFLICT' } })] },
        },
      ],
    });
    const form = await screen.findByRole('form', { name: 'Rules of KPNQwest takeover' }, { timeout: 5000 });
    fireEvent.change(within(form).getByRole('textbox', { name: 'Identified' }), { target: { value: '3' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save the rules' }));
    const alert = await within(form).findByRole('alert');
    expect(alert).toHaveTextContent('Someone changed this campaign meanwhile');
    expect(alert).toHaveTextContent('The campaign changed since you read it (version 2, you had 1).');
    expect(within(alert).getByRole('button', { name: 'Reload the campaign' })).toBeInTheDocument();
  }, 20_000);

  it('adds a rep to the team and explains a refused removal', async () => {
    const withBruno: Campaign = {
      ...CAMPAIGN,
      team: [...CAMPAIGN.team, { __typename: 'TeamMember', teamRole: 'rep', addedAt: '2026-11-23T08:00:00Z', user: user('u-bruno', 'Bruno Petit', 'rep') }],
    };
    renderRoute('/admin/campaigns', {
      signedInAs: ADMIN,
      mocks: [
        campaignsMock,
        usersMock,
        rivalsMock,
        {
          request: { query: AddCampaignMemberDocument, variables: { input: { campaignId: CAMPAIGN.id, userId: 'u-bruno', teamRole: 'rep' } } },
          result: { data: { addCampaignMember: { __typename: 'CampaignMemberPayload' as const, campaign: withBruno } } },
        },
        {
          request: { query: RemoveCampaignMemberDocument, variables: { input: { campaignId: CAMPAIGN.id, userId: 'u-alice' } } },
          result: {
            errors: [
              new GraphQLError('Alice Martin still owns 1 open deal in KPNQwest takeover: reassign them to another rep first, then remove Alice Martin.', {
                extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'input.userId', reason: 'owns 1 open deal in the campaign' }] },
              }),
            ],
          },
        },
      ],
    });
    const team = await screen.findByRole('region', { name: 'Team' }, { timeout: 5000 });
    const add = within(team).getByRole('form', { name: 'Add a member to KPNQwest takeover' });
    // Only active managers and reps not yet in the team are offered.
    const picker = within(add).getByRole('combobox', { name: 'User' });
    fireEvent.focus(picker);
    fireEvent.click(picker);
    await waitFor(() => expect(picker).toHaveAttribute('aria-expanded', 'true'));
    const listbox = document.getElementById(picker.getAttribute('aria-controls') ?? '') as HTMLElement;
    const options = within(listbox).getAllByRole('option', { hidden: true });
    expect(options.map((o) => o.textContent)).toEqual(['Bruno Petit (Rep)']);
    fireEvent.click(options[0]);
    fireEvent.click(within(add).getByRole('button', { name: 'Add to the team' }));
    expect(await within(team).findByText('Bruno Petit')).toBeInTheDocument();

    fireEvent.click(within(team).getByRole('button', { name: 'Remove Alice Martin from the team' }));
    const alert = await within(team).findByRole('alert');
    expect(alert).toHaveTextContent('Alice Martin still owns 1 open deal in KPNQwest takeover: reassign them to another rep first');
  }, 20_000);

  it('opens a campaign against a free rival with its team: a missing manager is caught, the server’s refusal lands on its field', async () => {
    const newCampaign = { name: 'AMEN rescue', rivalId: 'rival-amen', currency: 'EUR', timeZone: 'Europe/Paris', team: [{ userId: 'u-manon', teamRole: 'manager' }] };
    renderRoute('/admin/campaigns', {
      signedInAs: ADMIN,
      mocks: [
        campaignsMock,
        usersMock,
        rivalsMock,
        {
          request: { query: CreateCampaignDocument, variables: { input: newCampaign } },
          result: {
            errors: [
              new GraphQLError('AMEN is already the target of the active campaign “AMEN first”.', {
                extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'input.rivalId', reason: 'another active campaign targets this rival' }] },
              }),
            ],
          },
        },
        {
          request: { query: CreateCampaignDocument, variables: { input: newCampaign } },
          result: { data: { createCampaign: { __typename: 'CampaignPayload' as const, campaign: { __typename: 'Campaign' as const, id: 'camp-amen', name: 'AMEN rescue', status: 'active' as const, version: 1 } } } },
        },
      ],
    });
    await screen.findByRole('region', { name: 'KPNQwest takeover' }, { timeout: 5000 });
    fireEvent.click(screen.getByRole('button', { name: 'Open a campaign' }));
    const form = await screen.findByRole('form', { name: 'Open a campaign' });
    fireEvent.change(within(form).getByRole('textbox', { name: /Campaign name/ }), { target: { value: 'AMEN rescue' } });
    const rivalPicker = within(form).getByRole('combobox', { name: 'Rival' });
    fireEvent.focus(rivalPicker);
    fireEvent.click(rivalPicker);
    await waitFor(() => expect(rivalPicker).toHaveAttribute('aria-expanded', 'true'));
    const listbox = document.getElementById(rivalPicker.getAttribute('aria-controls') ?? '') as HTMLElement;
    // The rival an active campaign already targets is marked and cannot be chosen.
    expect(within(listbox).getByRole('option', { name: 'KPNQwest (already targeted by an active campaign)', hidden: true })).toHaveAttribute('aria-disabled', 'true');
    fireEvent.click(within(listbox).getByRole('option', { name: 'AMEN', hidden: true }));

    // No manager: refused before anything is sent.
    fireEvent.click(within(form).getByRole('button', { name: 'Open the campaign' }));
    expect(await within(form).findByText('Choose at least one manager.')).toBeInTheDocument();

    await pick(within(form).getByRole('combobox', { name: /^Managers/ }), 'Manon Leroy (manon@lifeboat.demo)');
    fireEvent.click(within(form).getByRole('button', { name: 'Open the campaign' }));
    expect(await within(form).findByText('another active campaign targets this rival')).toBeInTheDocument();
    expect(within(form).getByRole('combobox', { name: 'Rival' })).toHaveAttribute('aria-invalid', 'true');

    fireEvent.click(within(form).getByRole('button', { name: 'Open the campaign' }));
    expect(await screen.findByText('AMEN rescue is open: its team can start.')).toBeInTheDocument();
  }, 30_000);

  it('closes a campaign after confirmation', async () => {
    const confirm = jest.spyOn(window, 'confirm').mockReturnValue(true);
    renderRoute('/admin/campaigns', {
      signedInAs: ADMIN,
      mocks: [
        campaignsMock,
        usersMock,
        rivalsMock,
        {
          request: { query: CloseCampaignDocument, variables: { input: { campaignId: CAMPAIGN.id, expectedVersion: 1 } } },
          result: { data: { closeCampaign: { __typename: 'CampaignPayload' as const, campaign: { __typename: 'Campaign' as const, id: CAMPAIGN.id, status: 'closed' as const, version: 2 } } } },
        },
      ],
    });
    const card = await screen.findByRole('region', { name: 'KPNQwest takeover' }, { timeout: 5000 });
    fireEvent.click(within(card).getByRole('button', { name: 'Close KPNQwest takeover' }));
    expect(confirm).toHaveBeenCalledWith(expect.stringContaining('It takes no new accounts'));
    expect(await screen.findByText('KPNQwest takeover is closed.')).toBeInTheDocument();
    await waitFor(() => expect(within(card).getByText('Closed')).toBeInTheDocument());
    expect(within(card).queryByRole('button', { name: 'Close KPNQwest takeover' })).not.toBeInTheDocument();
    confirm.mockRestore();
  }, 20_000);
});
