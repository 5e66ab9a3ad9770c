import { fireEvent, screen, within } from '@testing-library/react';
import { DistressEventImpactDocument, RecordRivalEventDocument, RivalSignalsDocument, RivalWatchDocument } from '../../../gql/graphql';
import { campaignsMock, KPN_SHUTDOWN, KPNQWEST_CAMPAIGN } from '../../../testing/fixtures';
import { ALICE, MANON, renderRoute } from '../../../testing/render-route';

const event = {
  __typename: 'DistressEvent' as const,
  id: 'ev-1',
  kind: 'payment_default' as const,
  occurredAt: '2026-11-11T17:30:00Z',
  recordedAt: '2026-11-11T17:35:00Z',
  severity: 4,
  sourceUrl: 'https://www.lesechos.fr/kpnqwest-default',
  summary: 'KPNQwest defaults on its payments.',
  announcedShutdownAt: null,
};

const BEFORE = { health: 'insolvent' as const, shutdownExpectedAt: null, version: 4 };
const AFTER = { health: 'liquidating' as const, shutdownExpectedAt: KPN_SHUTDOWN, version: 5 };
type RivalState = { health: 'insolvent' | 'liquidating'; shutdownExpectedAt: string | null; version: number };

/**
 * KPNQwest as the server holds it, in every answer that names it: the rival watch and the header's campaigns
 * (Apollo's cache holds one `Rival:rival-kpn`; answers that disagree would overwrite each other in whatever
 * order they arrive). `state()` is read at each request, however many times the page asks.
 */
function serverMocks(state: () => RivalState) {
  return [
    {
      request: { query: RivalWatchDocument, variables: { id: 'rival-kpn' } },
      maxUsageCount: Number.POSITIVE_INFINITY,
      result: () => ({
        data: {
          node: {
            __typename: 'Rival' as const,
            id: 'rival-kpn',
            name: 'KPNQwest',
            country: 'NL',
            services: ['vpn' as const],
            distressEvents: [event],
            ...state(),
          },
        },
      }),
    },
    { ...campaignsMock(), result: () => campaignsMock([{ ...KPNQWEST_CAMPAIGN, rival: { ...KPNQWEST_CAMPAIGN.rival, ...state() } }]).result },
    // The signals section (issue #22, its own spec: components/rival-signals.spec.tsx): no feed yet.
    {
      request: { query: RivalSignalsDocument, variables: { id: 'rival-kpn' } },
      maxUsageCount: Number.POSITIVE_INFINITY,
      result: { data: { node: { __typename: 'Rival' as const, id: 'rival-kpn', feeds: [], suggestedEvents: [] } } },
    },
  ];
}

function impactMock(status: 'pending' | 'done', accountsRecomputed: number, urgencyChanged: number, deadlinesChanged: number) {
  return {
    request: { query: DistressEventImpactDocument, variables: { id: 'ev-2' } },
    result: {
      data: {
        node: {
          __typename: 'DistressEvent' as const,
          id: 'ev-2',
          impact: {
            __typename: 'DistressEventImpact' as const,
            status,
            accountsRecomputed,
            urgencyChanged,
            deadlinesChanged,
            computedAt: status === 'done' ? '2026-11-23T09:00:03Z' : null,
          },
        },
      },
    },
  };
}

/** The server's answer to recording a shutdown warning for 5 Dec, 18:00: the rival as `after`. */
function recordMock(after: RivalState, onRecorded: () => void, version = 4) {
  return {
    request: {
      query: RecordRivalEventDocument,
      variables: {
        input: {
          rivalId: 'rival-kpn',
          expectedVersion: version,
          kind: 'shutdown_warning',
          occurredAt: new Date('2026-11-23T09:00').toISOString(),
          severity: 3,
          summary: 'Network may be switched off after the liquidation order.',
          sourceUrl: null,
          shutdownAt: new Date('2026-12-05T18:00').toISOString(),
        },
      },
    },
    result: () => {
      onRecorded();
      return {
        data: {
          recordDistressEvent: {
            __typename: 'RecordDistressEventPayload' as const,
            distressEvent: {
              ...event,
              id: 'ev-2',
              kind: 'shutdown_warning' as const,
              sourceUrl: null,
              summary: 'Network may be switched off after the liquidation order.',
              announcedShutdownAt: KPN_SHUTDOWN,
              impact: { __typename: 'DistressEventImpact' as const, status: 'pending' as const, accountsRecomputed: 0, urgencyChanged: 0, deadlinesChanged: 0, computedAt: null },
            },
            rival: { __typename: 'Rival' as const, id: 'rival-kpn', ...after },
          },
        },
      };
    },
  };
}

describe('/rivals/:id (rival watch)', () => {
  it('shows the timeline with sources, and after a manager records an event, what changed', async () => {
    let recorded = false;
    renderRoute('/rivals/rival-kpn', {
      signedInAs: MANON,
      withCampaigns: false,
      mocks: [
        ...serverMocks(() => (recorded ? AFTER : BEFORE)),
        recordMock(AFTER, () => (recorded = true)),
        impactMock('pending', 0, 0, 0),
        impactMock('done', 12_400, 9_871, 1_234),
      ],
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'KPNQwest' }, { timeout: 5000 })).toBeInTheDocument();
    const timeline = screen.getByRole('region', { name: 'Distress timeline' });
    expect(timeline).toHaveTextContent('Payment default');
    expect(within(timeline).getByRole('link', { name: /Source: www\.lesechos\.fr/ })).toHaveAttribute('href', 'https://www.lesechos.fr/kpnqwest-default');

    const form = screen.getByRole('region', { name: 'Record a distress event' });
    fireEvent.change(within(form).getByRole('combobox', { name: /What happened/ }), { target: { value: 'shutdown_warning' } });
    fireEvent.change(within(form).getByLabelText(/When it happened/), { target: { value: '2026-11-23T09:00' } });
    fireEvent.change(within(form).getByRole('textbox', { name: /Summary/ }), { target: { value: 'Network may be switched off after the liquidation order.' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Record the event' }));
    expect(await within(form).findByText('A shutdown warning needs the date it announces.')).toBeInTheDocument();
    fireEvent.change(within(form).getByLabelText(/Shutdown date it announces/), { target: { value: '2026-12-05T18:00' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Record the event' }));

    const alert = (await screen.findByText('Event recorded: what changed')).closest('[role="status"]') as HTMLElement;
    expect(alert).toHaveTextContent('Health: Insolvent → Liquidating');
    expect(alert).toHaveTextContent('Shutdown: none → 5 Dec, 18:00');
    // Pending while the job runs, then its counts (polled).
    expect(alert).toHaveTextContent('Recomputing the urgency and deadlines of the rival’s accounts…');
    expect(await within(alert).findByText('Urgency changed for 9,871 accounts', {}, { timeout: 5000 })).toBeInTheDocument();
    expect(alert).toHaveTextContent('Deadline moved for 1,234 open deals');
    expect(alert).toHaveTextContent('12,400 accounts recomputed in your campaigns');
  }, 20_000);

  it('says the health did not change when an event moves only the shutdown date, not "Liquidating → Liquidating" (issue #20)', async () => {
    let recorded = false;
    const before = { ...AFTER, shutdownExpectedAt: null };
    const after = { ...AFTER, version: 6 };
    renderRoute('/rivals/rival-kpn', {
      signedInAs: MANON,
      withCampaigns: false,
      mocks: [...serverMocks(() => (recorded ? after : before)), recordMock(after, () => (recorded = true), 5), impactMock('pending', 0, 0, 0)],
    });
    const form = await screen.findByRole('region', { name: 'Record a distress event' }, { timeout: 5000 });
    fireEvent.change(within(form).getByRole('combobox', { name: /What happened/ }), { target: { value: 'shutdown_warning' } });
    fireEvent.change(within(form).getByLabelText(/When it happened/), { target: { value: '2026-11-23T09:00' } });
    fireEvent.change(within(form).getByRole('textbox', { name: /Summary/ }), { target: { value: 'Network may be switched off after the liquidation order.' } });
    fireEvent.change(within(form).getByLabelText(/Shutdown date it announces/), { target: { value: '2026-12-05T18:00' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Record the event' }));
    const alert = (await screen.findByText('Event recorded: what changed')).closest('[role="status"]') as HTMLElement;
    expect(alert).toHaveTextContent('Health unchanged: Liquidating');
    expect(alert).not.toHaveTextContent('→ Liquidating');
    expect(alert).toHaveTextContent('Shutdown: none → 5 Dec, 18:00');
  }, 20_000);

  it('writes « Source : » with a no-break space in French, and event kinds as words with a capital (issue #20)', async () => {
    renderRoute('/rivals/rival-kpn', { signedInAs: ALICE, language: 'fr', withCampaigns: false, mocks: serverMocks(() => BEFORE) });
    expect(await screen.findByRole('heading', { level: 1, name: 'KPNQwest' }, { timeout: 5000 })).toBeInTheDocument();
    const timeline = screen.getByRole('region', { name: 'Chronologie des difficultés' });
    expect(within(timeline).getByRole('link').textContent).toBe('Source\u00a0: www.lesechos.fr');
    expect(within(timeline).getByText('Défaut de paiement')).toBeInTheDocument();
  });

  it('shows no form to a rep', async () => {
    renderRoute('/rivals/rival-kpn', { signedInAs: ALICE, withCampaigns: false, mocks: serverMocks(() => BEFORE) });
    expect(await screen.findByRole('heading', { level: 1, name: 'KPNQwest' }, { timeout: 5000 })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Record a distress event' })).not.toBeInTheDocument();
  });
});
