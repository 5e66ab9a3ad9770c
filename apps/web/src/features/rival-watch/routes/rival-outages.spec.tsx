import { fireEvent, screen, within } from '@testing-library/react';
import { OutageEvidenceDocument, RecordOutageDocument, RivalOutagesDocument, RivalWatchDocument } from '../../../gql/graphql';
import { campaignsMock, KPNQWEST_CAMPAIGN } from '../../../testing/fixtures';
import { ALICE, MANON, renderRoute } from '../../../testing/render-route';

const RIVAL = { health: 'liquidating' as const, shutdownExpectedAt: null, version: 4 };

const outage = {
  __typename: 'Outage' as const,
  id: 'out-1',
  startedAt: '2026-10-12T06:00:00Z',
  endedAt: '2026-10-12T11:00:00Z',
  impact: 'major' as const,
  services: ['vpn' as const],
  summary: 'Core routers down across Europe.',
  sourceUrl: 'https://status.kpnqwest.example/incidents/42',
  version: 1,
};

const month = (m: string, weighted: number, shortfall: number) => ({
  __typename: 'MonthAvailability' as const,
  month: m,
  minutes: 44_640,
  elapsedMinutes: 44_640,
  weightedDowntimeMinutes: weighted,
  availabilityPercent: 100 * (1 - weighted / 44_640),
  allowedDowntimeMinutes: 44.64,
  shortfallMinutes: shortfall,
});

const availability = {
  __typename: 'Availability' as const,
  timeZone: 'Europe/Paris',
  weights: { __typename: 'OutageImpactWeights' as const, major: 1, partial: 0.5, degraded: 0 },
  claimedAvailabilityPercent: 99.9,
  months: [month('2026-10', 300, 255.36), month('2026-11', 0, 0)],
};

function mocks(extra: unknown[] = []) {
  return [
    {
      request: { query: RivalWatchDocument, variables: { id: 'rival-kpn' } },
      maxUsageCount: Number.POSITIVE_INFINITY,
      result: { data: { node: { __typename: 'Rival' as const, id: 'rival-kpn', name: 'KPNQwest', country: 'NL', services: ['vpn' as const], distressEvents: [], ...RIVAL } } },
    },
    {
      request: { query: RivalOutagesDocument, variables: { id: 'rival-kpn', months: 12 } },
      maxUsageCount: Number.POSITIVE_INFINITY,
      result: { data: { node: { __typename: 'Rival' as const, id: 'rival-kpn', claimedAvailabilityPercent: 99.9, outages: [outage], availability } } },
    },
    { ...campaignsMock(), result: () => campaignsMock([{ ...KPNQWEST_CAMPAIGN, rival: { ...KPNQWEST_CAMPAIGN.rival, ...RIVAL } }]).result },
    ...(extra as never[]),
  ];
}

describe('/rivals/:id: outages and availability against the claimed SLA', () => {
  it('shows the months against the claim with the rules stated, the outages with their sources; a manager records one', async () => {
    let recorded = false;
    const record = {
      request: {
        query: RecordOutageDocument,
        variables: {
          input: {
            rivalId: 'rival-kpn',
            startedAt: new Date('2026-11-20T08:00').toISOString(),
            endedAt: new Date('2026-11-20T09:30').toISOString(),
            impact: 'partial',
            services: ['vpn'],
            summary: 'Half the VPN sites unreachable.',
            sourceUrl: null,
          },
        },
      },
      result: () => {
        recorded = true;
        return { data: { recordOutage: { __typename: 'RecordOutagePayload' as const, created: true, outage: { ...outage, id: 'out-2' } } } };
      },
    };
    renderRoute('/rivals/rival-kpn', { signedInAs: MANON, withCampaigns: false, mocks: mocks([record]) });
    const section = await screen.findByRole('region', { name: 'Outages and availability' }, { timeout: 5000 });
    const table = within(section).getByRole('table', { name: 'Availability by month against the claimed SLA' });
    const october = within(table).getByTestId('month-2026-10');
    expect(october).toHaveTextContent('October 2026');
    expect(october).toHaveTextContent('99.328%');
    expect(october).toHaveTextContent('255.36');
    expect(section).toHaveTextContent('Months in Europe/Paris. Each minute counts once, at the weight of the worst outage covering it: major 1, partial 0.5, degraded 0');
    expect(section).toHaveTextContent('The red line is the claimed availability (99.9%)');
    const item = within(section).getByTestId('outage');
    expect(item).toHaveTextContent('Major');
    expect(item).toHaveTextContent('Core routers down across Europe.');
    expect(within(item).getByRole('link', { name: /Source: status\.kpnqwest\.example/ })).toHaveAttribute('href', outage.sourceUrl);

    const form = within(section).getByRole('form', { name: 'Record an outage' });
    fireEvent.click(within(form).getByRole('button', { name: 'Record the outage' }));
    expect(await within(form).findByText('Tick at least one service.')).toBeInTheDocument();
    expect(within(form).getByText('Say what happened.')).toBeInTheDocument();
    fireEvent.change(within(form).getByLabelText(/Started/), { target: { value: '2026-11-20T08:00' } });
    fireEvent.change(within(form).getByLabelText(/Ended/), { target: { value: '2026-11-20T07:00' } });
    fireEvent.click(within(form).getByRole('checkbox', { name: 'VPN' }));
    fireEvent.change(within(form).getByRole('combobox', { name: /Impact/ }), { target: { value: 'partial' } });
    fireEvent.change(within(form).getByRole('textbox', { name: /Description of the outage/ }), { target: { value: 'Half the VPN sites unreachable.' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Record the outage' }));
    expect(await within(form).findByText('Must be after the start.')).toBeInTheDocument();
    fireEvent.change(within(form).getByLabelText(/Ended/), { target: { value: '2026-11-20T09:30' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Record the outage' }));
    expect(await screen.findByText('Outage recorded: availability and urgency are being recomputed.', {}, { timeout: 5000 })).toBeInTheDocument();
    expect(recorded).toBe(true);
  }, 20_000);

  it('a rep sees the figures but no form and no buttons', async () => {
    renderRoute('/rivals/rival-kpn', { signedInAs: ALICE, withCampaigns: false, mocks: mocks() });
    const section = await screen.findByRole('region', { name: 'Outages and availability' }, { timeout: 5000 });
    expect(within(section).queryByRole('form')).not.toBeInTheDocument();
    expect(within(section).queryByRole('button', { name: /Remove/ })).not.toBeInTheDocument();
  });

  it('in French: months, percentages and words the French way', async () => {
    renderRoute('/rivals/rival-kpn', { signedInAs: ALICE, language: 'fr', withCampaigns: false, mocks: mocks() });
    const section = await screen.findByRole('region', { name: 'Pannes et disponibilité' }, { timeout: 5000 });
    const october = within(section).getByTestId('month-2026-10');
    expect(october).toHaveTextContent('octobre 2026');
    expect(october.textContent).toContain('99,328\u00a0%');
    expect(within(section).getByTestId('outage')).toHaveTextContent('Majeure');
  });
});

describe('/accounts/:id/outage-evidence (the evidence sheet)', () => {
  const evidence = (language: 'en' | 'fr') => ({
    request: { query: OutageEvidenceDocument, variables: { id: 'acc-opodo', months: 6 } },
    result: {
      data: {
        node: {
          __typename: 'Account' as const,
          id: 'acc-opodo',
          name: language === 'en' ? 'Opodo' : 'Opodo',
          campaign: { __typename: 'Campaign' as const, id: 'camp-kpn', name: 'KPNQwest takeover', rival: { __typename: 'Rival' as const, id: 'rival-kpn', name: 'KPNQwest', claimedAvailabilityPercent: 99.9 } },
          outageEvidence: { __typename: 'OutageEvidence' as const, services: ['vpn' as const], outages: [outage], availability },
        },
      },
    },
  });

  it('lists what touched the services the account buys, month by month, the shortfall and the sources (printable)', async () => {
    renderRoute('/accounts/acc-opodo/outage-evidence', { signedInAs: ALICE, mocks: [evidence('en')] });
    expect(await screen.findByRole('heading', { level: 1, name: 'KPNQwest: outages and availability' }, { timeout: 5000 })).toBeInTheDocument();
    expect(screen.getByText('Services you buy from the rival: VPN.')).toBeInTheDocument();
    expect(screen.getByText('KPNQwest claims 99.9% availability in its SLA.')).toBeInTheDocument();
    expect(screen.getByTestId('evidence-shortfall')).toHaveTextContent('255.36 minutes of downtime beyond what the claim allows');
    expect(screen.getByRole('heading', { name: '1 outage that touched your services' })).toBeInTheDocument();
    expect(screen.getByText(/status\.kpnqwest\.example\/incidents\/42/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Print or save as PDF' })).toBeInTheDocument();
  });

  it('in French', async () => {
    renderRoute('/accounts/acc-opodo/outage-evidence', { signedInAs: ALICE, language: 'fr', mocks: [evidence('fr')] });
    expect(await screen.findByRole('heading', { level: 1, name: 'KPNQwest\u00a0: pannes et disponibilité' }, { timeout: 5000 })).toBeInTheDocument();
    expect(screen.getByTestId('evidence-shortfall').textContent).toContain('255,36\u00a0minutes');
  });
});
