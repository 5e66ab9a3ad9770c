import { MockedProvider } from '@apollo/client/testing/react';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { AddShutdownScenarioDocument, RivalShutdownScenariosDocument, RivalWatchDocument, ShutdownScenarioImpactsDocument } from '../../gql/graphql';
import { createCache } from '../../lib/apollo/create-apollo-client';
import { Session } from '../../lib/auth/session';
import { createI18n, type Language } from '../../lib/i18n/i18n';
import { freezeDateAt } from '../../testing/clock';
import { campaignsMock, KPN_SHUTDOWN, KPNQWEST_CAMPAIGN } from '../../testing/fixtures';
import { ALICE, AppProviders, MANON, renderRoute } from '../../testing/render-route';
import { ScenarioImpactCard } from './components/scenario-impact-card';

// Monday 23 November 2026, 09:00 in Paris; the court may order KPNQwest's liquidation this week.
const NOW = new Date('2026-11-23T08:00:00Z');
freezeDateAt(NOW);

const DELAY_AT = '2027-01-02T17:00:00Z';
const scenario = (id: string, label: string, goesDarkAt: string, probabilityPercent: number, governing: boolean) => ({
  __typename: 'ShutdownScenario' as const,
  id,
  version: 1,
  label,
  goesDarkAt,
  probabilityPercent,
  credible: probabilityPercent >= 20,
  governing,
  sourceUrl: governing ? 'https://www.lesechos.fr/kpnqwest-hearing' : null,
  sourceNote: governing ? null : 'What customers hope for.',
});
const LIQUIDATION = scenario('sc-liquidation', 'Liquidation ordered', KPN_SHUTDOWN, 60, true);
const DELAY = scenario('sc-delay', 'Delay granted by the court', DELAY_AT, 40, false);

function rivalMocks() {
  const rival = { id: 'rival-kpn', health: 'liquidating' as const, shutdownExpectedAt: KPN_SHUTDOWN, version: 7 };
  return [
    {
      request: { query: RivalWatchDocument, variables: { id: 'rival-kpn' } },
      maxUsageCount: Number.POSITIVE_INFINITY,
      result: { data: { node: { __typename: 'Rival' as const, name: 'KPNQwest', country: 'NL', services: ['vpn' as const], distressEvents: [], ...rival } } },
    },
    {
      request: { query: RivalShutdownScenariosDocument, variables: { id: 'rival-kpn' } },
      maxUsageCount: Number.POSITIVE_INFINITY,
      result: { data: { node: { __typename: 'Rival' as const, id: 'rival-kpn', shutdownExpectedAt: KPN_SHUTDOWN, shutdownScenarios: [LIQUIDATION, DELAY] } } },
    },
    { ...campaignsMock(), result: () => campaignsMock([{ ...KPNQWEST_CAMPAIGN, rival: { ...KPNQWEST_CAMPAIGN.rival, ...rival } }]).result },
  ];
}

describe('shutdown scenarios on the rival page', () => {
  it('lists the scenarios by date, says which one sets the date, and a manager adds one within 100 %', async () => {
    const buyerAt = new Date('2027-02-01T10:00').toISOString();
    let added = false;
    renderRoute('/rivals/rival-kpn', {
      signedInAs: MANON,
      withCampaigns: false,
      mocks: [
        ...rivalMocks(),
        {
          request: {
            query: AddShutdownScenarioDocument,
            variables: { input: { rivalId: 'rival-kpn', label: 'A buyer takes the network', goesDarkAt: buyerAt, probabilityPercent: 0, sourceUrl: null, sourceNote: null } },
          },
          result: () => {
            added = true;
            return {
              data: {
                addShutdownScenario: {
                  __typename: 'ShutdownScenarioPayload' as const,
                  shutdownScenario: { ...scenario('sc-buyer', 'A buyer takes the network', buyerAt, 0, false) },
                  rival: { __typename: 'Rival' as const, id: 'rival-kpn', version: 8, shutdownExpectedAt: KPN_SHUTDOWN },
                },
              },
            };
          },
        },
      ],
    });
    const section = await screen.findByRole('region', { name: 'Shutdown scenarios' }, { timeout: 5000 });
    expect(section).toHaveTextContent('The earliest credible scenario (a probability of at least 20 %) sets the shutdown date');
    const cards = within(section).getAllByTestId('shutdown-scenario');
    expect(cards.map((c) => c.textContent)).toEqual([expect.stringContaining('Liquidation ordered'), expect.stringContaining('Delay granted by the court')]);
    expect(cards[0]).toHaveTextContent('Sets the date');
    expect(cards[0]).toHaveTextContent('60 %');
    expect(within(cards[0]).getByRole('link', { name: 'Source' })).toHaveAttribute('href', 'https://www.lesechos.fr/kpnqwest-hearing');
    expect(cards[1]).not.toHaveTextContent('Sets the date');
    expect(cards[1]).toHaveTextContent('What customers hope for.');

    const form = within(section).getByRole('form', { name: 'Add a scenario' });
    fireEvent.change(within(form).getByRole('textbox', { name: /What happens/ }), { target: { value: 'A buyer takes the network' } });
    fireEvent.change(within(form).getByLabelText(/The network goes dark on/), { target: { value: '2027-02-01T10:00' } });
    fireEvent.change(within(form).getByRole('textbox', { name: /Probability/ }), { target: { value: '10' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Add the scenario' }));
    // The two scenarios already add up to 100 %: refused before anything is sent.
    expect(await within(form).findByText('The other scenarios already add up to 100 %: at most 0 % here.')).toBeInTheDocument();
    expect(added).toBe(false);

    fireEvent.change(within(form).getByRole('textbox', { name: /Probability/ }), { target: { value: '0' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Add the scenario' }));
    await waitFor(() => expect(added).toBe(true));
    // The form is emptied for the next one.
    await waitFor(() => expect(within(form).getByRole('textbox', { name: /What happens/ })).toHaveValue(''));
  });

  it('shows a rep the scenarios without the means to change them', async () => {
    renderRoute('/rivals/rival-kpn', { signedInAs: ALICE, withCampaigns: false, mocks: rivalMocks() });
    const section = await screen.findByRole('region', { name: 'Shutdown scenarios' }, { timeout: 5000 });
    expect(within(section).getAllByTestId('shutdown-scenario')).toHaveLength(2);
    expect(within(section).queryByRole('button', { name: /Edit|Remove|Add/ })).toBeNull();
  });
});

describe('what goes dark in each scenario (dashboard and migration plan)', () => {
  const eur = (amount: number) => ({ __typename: 'Money' as const, amount, currency: 'EUR' });
  const impactsMock = {
    request: { query: ShutdownScenarioImpactsDocument, variables: { campaignId: 'campaign-kpn' } },
    result: {
      data: {
        migrationPlan: {
          __typename: 'MigrationPlan' as const,
          campaign: { __typename: 'Campaign' as const, id: 'campaign-kpn', rival: { __typename: 'Rival' as const, id: 'rival-kpn', name: 'KPNQwest' } },
          shutdownScenarios: [
            {
              __typename: 'ShutdownScenarioImpact' as const,
              scenario: LIQUIDATION,
              accountsGoingDark: 7,
              monthlySpendGoingDark: eur(4_200_000),
              migrationsTooLate: 2,
              openDeals: 4,
              outOfTime: 5,
              savedByDelay: null,
            },
            {
              __typename: 'ShutdownScenarioImpact' as const,
              scenario: DELAY,
              accountsGoingDark: 4,
              monthlySpendGoingDark: eur(1_500_000),
              migrationsTooLate: 0,
              openDeals: 4,
              outOfTime: 1,
              savedByDelay: { __typename: 'SavedByDelay' as const, accounts: 3, monthlySpend: eur(2_700_000) },
            },
          ],
        },
      },
    },
  };

  function renderCard(language: Language) {
    const session = new Session('/graphql', () => Promise.reject(new Error('no network in tests')));
    session.start(MANON);
    return render(
      <MockedProvider mocks={[impactsMock]} cache={createCache()}>
        <AppProviders i18n={createI18n(language)} session={session}>
          <MemoryRouter>
            <ScenarioImpactCard campaignId="campaign-kpn" />
          </MemoryRouter>
        </AppProviders>
      </MockedProvider>,
    );
  }

  it('says per scenario who goes dark and what a delay would save', async () => {
    renderCard('en');
    const card = await screen.findByRole('region', { name: 'What goes dark in each scenario' }, { timeout: 5000 });
    const [first, later] = within(card).getAllByTestId('scenario-impact');
    expect(first).toHaveAttribute('data-governing', 'true');
    expect(first).toHaveTextContent('7 customers go dark (€42,000.00 a month)');
    expect(first).toHaveTextContent('2 won customers cut over too late');
    expect(first).not.toHaveTextContent('A delay');
    expect(later).toHaveTextContent('4 customers go dark');
    expect(within(later).getByTestId('saved-by-delay')).toHaveTextContent('A delay to this date would save 3 customers (€27,000.00 a month)');
  });

  it('in French', async () => {
    renderCard('fr');
    const card = await screen.findByRole('region', { name: 'Ce qui s’éteint dans chaque scénario' }, { timeout: 5000 });
    expect(card).toHaveTextContent('Un délai jusqu’à cette date sauverait 3 clients');
    expect(card).toHaveTextContent('Fixe la date');
  });
});
