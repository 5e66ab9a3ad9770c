import { MockedProvider } from '@apollo/client/testing/react';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { Session, type SessionPayload } from '../lib/auth/session';
import { createI18n, type Language } from '../lib/i18n/i18n';
import { KPN_SHUTDOWN } from '../testing/fixtures';
import { ALICE, AppProviders } from '../testing/render-route';
import { ShutdownWarning, type CycleRulesCampaign } from './shutdown-warning';

// Tuesday 24 November 2026, 12:00 Paris; KPNQwest may go dark on Saturday 5 December, 18:00 (11 days).
const NOW = new Date('2026-11-24T11:00:00Z');

const ADMIN: SessionPayload = { ...ALICE, user: { ...ALICE.user, id: 'VXNlcjphZG1pbg', name: 'Ada Admin', role: 'admin' } };

function campaign(overrides: { shutdownExpectedAt?: string | null; migrationLeadDays?: Partial<CycleRulesCampaign['settings']['migrationLeadDays']>; stages?: Partial<CycleRulesCampaign['settings']['stageDueBusinessDays']> } = {}): CycleRulesCampaign {
  return {
    __typename: 'Campaign',
    id: 'camp-kpn',
    name: 'KPNQwest',
    rival: { __typename: 'Rival', id: 'rival-kpn', name: 'KPNQwest', shutdownExpectedAt: overrides.shutdownExpectedAt === undefined ? KPN_SHUTDOWN : overrides.shutdownExpectedAt },
    settings: {
      __typename: 'CampaignSettingsModel',
      timeZone: 'Europe/Paris',
      stageDueBusinessDays: { __typename: 'StageDueBusinessDays', identified: 2, contacted: 5, proposal_sent: 5, negotiating: 5, ...overrides.stages },
      migrationLeadDays: { __typename: 'MigrationLeadDays', enterprise_vpn: 10, isp_wholesale: 10, hosting: 5, colocation: 7, smb_web: 3, ...overrides.migrationLeadDays },
    },
  };
}

function renderWarning(c: CycleRulesCampaign, opts: { as?: SessionPayload; language?: Language; here?: 'rival' | 'settings' } = {}) {
  const session = new Session('/graphql', () => Promise.reject(new Error('no network in tests')));
  session.start(opts.as ?? ALICE);
  const router = createMemoryRouter([{ path: '/', element: <ShutdownWarning campaign={c} now={NOW} here={opts.here} /> }]);
  return render(
    <MockedProvider mocks={[]}>
      <AppProviders i18n={createI18n(opts.language ?? 'en')} session={session}>
        <RouterProvider router={router} />
      </AppProviders>
    </MockedProvider>,
  );
}

/** Opens the lines by segment (folded everywhere but on the campaign settings). */
async function openDetails(alert: HTMLElement): Promise<void> {
  fireEvent.click(within(alert).getByRole('button', { name: /^Which customers, by how much|^Quels clients, de combien/ }));
  await waitFor(() => expect(within(alert).getAllByRole('listitem')[0]).toBeVisible());
}

describe('ShutdownWarning', () => {
  it('says which rule cannot be met for which customers, by how much, and what to change', async () => {
    renderWarning(campaign());
    const alert = screen.getByRole('alert');
    await openDetails(alert);
    expect(within(alert).getByText('KPNQwest: the shutdown date leaves no room for the campaign’s rules')).toBeInTheDocument();
    expect(alert).toHaveTextContent(
      'KPNQwest may go dark on 5 Dec, 18:00: the one-week cycle (2 + 5 + 5 business days) and the migration lead time no longer fit before it',
    );
    const lines = within(alert).getAllByRole('listitem').map((li) => li.textContent);
    expect(lines).toEqual([
      'Enterprise VPN, ISP wholesale: sign by 25 Nov, 18:00, 1 business day left. First contact within 2 business days cannot be met: the cycle is 11 business days short.',
      'Hosting: sign by 30 Nov, 18:00, 4 business days left. The proposal within 5 business days more cannot be met: the cycle is 8 business days short.',
      'Colocation: sign by 28 Nov, 18:00, 3 business days left. The proposal within 5 business days more cannot be met: the cycle is 9 business days short.',
      'Small business web: sign by 2 Dec, 18:00, 6 business days left. The proposal within 5 business days more cannot be met: the cycle is 6 business days short.',
    ]);
    expect(alert).toHaveTextContent('even with no migration lead time, the stages end after the shutdown: shorten the stage deadlines');
    // A rep is told who can change it, and where the rival is watched.
    expect(within(alert).getByText('An admin changes the campaign settings and the rival’s date.')).toBeInTheDocument();
    expect(within(alert).getByRole('link', { name: 'Rival page' })).toHaveAttribute('href', '/rivals/rival-kpn');
    expect(within(alert).queryByRole('link', { name: 'Campaign settings' })).not.toBeInTheDocument();
  });

  it('when only the migration lead time is too long, says the lead time that would fit', async () => {
    // The shutdown 30 days ahead: the cycle (12 business days) ends Thursday 10 December; a 20-day VPN lead time no longer fits.
    renderWarning(campaign({ shutdownExpectedAt: '2026-12-24T11:00:00Z', migrationLeadDays: { enterprise_vpn: 20 } }), { as: ADMIN });
    const alert = screen.getByRole('alert');
    await openDetails(alert);
    expect(within(alert).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Enterprise VPN: sign by 4 Dec, 12:00, 8 business days left. The signature within 5 business days more cannot be met: the cycle is 4 business days short.',
    ]);
    expect(alert).toHaveTextContent('a migration lead time of at most 14 days would let the whole cycle fit');
    // An admin is sent where to change it.
    expect(within(alert).getByRole('link', { name: 'Campaign settings' })).toHaveAttribute('href', '/admin/campaigns');
    expect(within(alert).getByRole('link', { name: 'Edit the rival’s shutdown date' })).toHaveAttribute('href', '/admin/rivals');
  });

  it('says every deal is overdue now when the signing deadline itself has passed', async () => {
    renderWarning(campaign({ shutdownExpectedAt: '2026-11-28T11:00:00Z' }), { here: 'rival' });
    const alert = screen.getByRole('alert');
    await openDetails(alert);
    expect(within(alert).getAllByRole('listitem')[0]).toHaveTextContent(
      'Enterprise VPN, ISP wholesale: contracts had to be signed by 18 Nov, 12:00 for the migration lead time (10 days) to fit. Every open deal is overdue now (6 days too late).',
    );
    // Already on the rival page: no link to itself.
    expect(within(alert).queryByRole('link', { name: 'Rival page' })).not.toBeInTheDocument();
  });

  it('says the shutdown date has passed', () => {
    renderWarning(campaign({ shutdownExpectedAt: '2026-11-20T11:00:00Z' }));
    expect(screen.getByRole('alert')).toHaveTextContent('KPNQwest: KPNQwest’s shutdown date has passed');
  });

  it('speaks French', async () => {
    renderWarning(campaign(), { language: 'fr', as: ADMIN });
    const alert = screen.getByRole('alert');
    await openDetails(alert);
    expect(within(alert).getByText('KPNQwest : la date d’arrêt ne laisse plus de place aux règles de la campagne')).toBeInTheDocument();
    expect(within(alert).getAllByRole('listitem')[0]).toHaveTextContent(
      'VPN entreprise et FAI en gros : signature avant le 25 nov., 18:00, reste 1 jour ouvré. Le premier contact sous 2 jours ouvrés est impossible : il manque 11 jours ouvrés au cycle.',
    );
    expect(within(alert).getByRole('link', { name: 'Réglages de la campagne' })).toBeInTheDocument();
  });

  it('folds the lines by segment on a dashboard (the race’s figures stay above the fold) and shows them on the campaign settings', async () => {
    const { unmount } = renderWarning(campaign(), { as: ADMIN });
    let alert = screen.getByRole('alert');
    const toggle = within(alert).getByRole('button', { name: 'Which customers, by how much (5 segments)' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(within(alert).getAllByRole('listitem', { hidden: true })[0]).not.toBeVisible();
    expect(within(alert).getByText(/^To change:/)).toBeVisible();
    fireEvent.click(toggle);
    await waitFor(() => expect(within(alert).getAllByRole('listitem')[0]).toBeVisible());
    unmount();
    renderWarning(campaign(), { as: ADMIN, here: 'settings' });
    alert = screen.getByRole('alert');
    expect(within(alert).queryByRole('button', { name: /^Which customers/ })).not.toBeInTheDocument();
    expect(within(alert).getAllByRole('listitem')).toHaveLength(4);
  });

  it('on a phone, opens the lines by segment on demand', async () => {
    const matchMedia = window.matchMedia;
    window.matchMedia = (query: string) => ({ ...matchMedia(query), matches: query === '(max-width: 47.99em)' });
    try {
      renderWarning(campaign());
      const alert = screen.getByRole('alert');
      const toggle = within(alert).getByRole('button', { name: 'Which customers, by how much (5 segments)' });
      expect(toggle).toHaveAttribute('aria-expanded', 'false');
      expect(within(alert).getAllByRole('listitem', { hidden: true })[0]).not.toBeVisible();
      // What to change stays in sight.
      expect(within(alert).getByText(/^To change:/)).toBeVisible();
      fireEvent.click(toggle);
      expect(within(alert).getByRole('button', { name: 'Hide the details' })).toHaveAttribute('aria-expanded', 'true');
      await waitFor(() => expect(within(alert).getAllByRole('listitem')[0]).toBeVisible());
    } finally {
      window.matchMedia = matchMedia;
    }
  });

  it('says nothing while the cycle fits, or with no shutdown date', () => {
    const { unmount } = renderWarning(campaign({ shutdownExpectedAt: '2027-01-30T11:00:00Z' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    unmount();
    renderWarning(campaign({ shutdownExpectedAt: null }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
