import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { ALICE, MANON, renderRoute } from '../../../testing/render-route';
import { DASHBOARD, dashboardMock } from '../../../testing/dashboard-fixtures';
import { dealsExportUrl, dealsVariables, type DealsFilter } from '../api/use-dashboard-deals';
import { deal, dealsMock } from './deals-fixtures';

/** The rows of a table, each as its cells' text. */
function rowsOf(table: HTMLElement): string[][] {
  return within(table)
    .getAllByRole('row')
    .map((row) => Array.from(row.querySelectorAll('th, td')).map((cell) => (cell.textContent ?? '').replace(/\s/gu, ' ')));
}

describe('/dashboard (managers)', () => {
  // jsdom lays nothing out, so recharts warns that its charts have no size: expected here.
  beforeEach(() => {
    const warn = console.warn.bind(console);
    jest.spyOn(console, 'warn').mockImplementation((...args: unknown[]) => {
      if (!String(args[0]).includes('of chart should be greater than 0')) warn(...args);
    });
  });
  afterEach(() => jest.restoreAllMocks());

  it('shows the countdown, the overdue deals and the customers that would go dark first', async () => {
    renderRoute('/dashboard', { signedInAs: MANON, mocks: [dashboardMock()] });
    // The first render compiles the route's chunk: give it time.
    expect(await screen.findByRole('heading', { level: 1, name: 'Dashboard · KPNQwest' }, { timeout: 5000 })).toBeInTheDocument();

    const countdown = screen.getByRole('region', { name: 'Shutdown countdown' });
    expect(countdown).toHaveTextContent('11 days');
    expect(countdown).toHaveTextContent('Liquidating');
    // Will we make it? The race's forecast, from the countdown (not the header: the three cards stay above the fold).
    expect(within(countdown).getByRole('link', { name: 'Race forecast' })).toHaveAttribute('href', '/campaigns/camp-kpn/forecast');

    const overdue = screen.getByRole('region', { name: 'Overdue deals' });
    expect(within(overdue).getByRole('button', { name: 'Show the 7 overdue deals' })).toHaveTextContent('7');
    expect(overdue).toHaveTextContent('€94.5k / month at stake');
    const worst = within(within(overdue).getByRole('list', { name: 'Most overdue deals' })).getAllByRole('listitem');
    expect(worst.map((li) => li.textContent)).toEqual([
      'Hewlett-PackardAlice Martin · Identified72\u00a0h overdue',
      'EuronextBruno Petit · Contacted26\u00a0h overdue',
      'Lycos EuropeUnassigned · Identified3\u00a0h overdue',
    ]);
    expect(within(overdue).getByRole('link', { name: 'Hewlett-Packard' })).toHaveAttribute('href', '/accounts/acc-hp');
    expect(overdue).toHaveTextContent('and 4 more');

    const dark = screen.getByRole('region', { name: 'Customers that would go dark' });
    expect(dark).toHaveTextContent('2of 3 planned migrations cut over after the shutdown');
    expect(within(within(dark).getByRole('list')).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['AOL Europe', 'Opodo']);
    expect(dark).toHaveTextContent('1 week over capacity');

    const reps = screen.getByRole('table', { name: 'Reps' });
    expect(within(reps).getAllByRole('row')[1]).toHaveTextContent('Alice Martin9€140.0k3214');
    expect(screen.getByText('Won 3 of 27 customers (12% of their spend)')).toBeInTheDocument();
    // The charts arrive in their own chunk.
    expect(await screen.findByRole('region', { name: 'Cycle time' }, { timeout: 5000 })).toHaveTextContent(/Median 5\.4\sd · 67% within the week/u);
  });

  it('opens the deals behind a stage of the funnel', async () => {
    renderRoute('/dashboard', {
      signedInAs: MANON,
      mocks: [
        dashboardMock(),
        dealsMock({ kind: 'stage', stage: 'contacted' }, [deal('o1', 'Opodo', 'contacted'), deal('o2', 'AOL Europe', 'contacted', { overdue: true, dueAt: '2026-11-21T10:00:00Z' })]),
      ],
    });
    const stages = await screen.findByRole('group', { name: 'Stages' }, { timeout: 5000 });
    fireEvent.click(within(stages).getByRole('button', { name: 'Contacted: 5 deals' }));
    const drawer = await screen.findByRole('dialog', { name: 'Deals in Contacted' });
    const list = await within(drawer).findByRole('list', { name: 'Deals in Contacted' });
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveTextContent('Opodo');
    expect(items[0]).toHaveTextContent('Alice Martin · €15,000.00 / month · Due 24 Nov, 17:00');
    expect(items[1]).toHaveTextContent('Overdue since 21 Nov, 11:00');
    expect(within(drawer).getByRole('link', { name: 'Opodo' })).toHaveAttribute('href', '/accounts/acc-o1');
  });

  it('opens the deals won in the period whose cycle falls in the bucket chosen, not every won deal', async () => {
    const bucket: DealsFilter = { kind: 'cycle', fromDays: 5, from: DASHBOARD.period.from, to: DASHBOARD.period.to, label: '5–6 d' };
    // What the drawer asks the api: the won deals signed in the dashboard's period, in bucket 5 (5–6 days).
    expect(dealsVariables('camp-kpn', bucket)).toEqual({
      campaignId: 'camp-kpn',
      first: 100,
      stage: 'won',
      overdue: null,
      ownerId: null,
      closedFrom: '2026-11-02T09:00:00Z',
      closedBefore: '2026-11-23T08:00:00Z',
      cycleBucket: 5,
    });
    renderRoute('/dashboard', {
      signedInAs: MANON,
      mocks: [dashboardMock(), dealsMock(bucket, [deal('o1', 'Opodo', 'won', { dueAt: null }), deal('o2', 'Euronext', 'won', { dueAt: null })])],
    });
    const buckets = await screen.findByRole('group', { name: 'Deals by cycle time' }, { timeout: 5000 });
    // One button per bar that counts deals: 5–6 days (2) and 9–10 days (1).
    expect(within(buckets).getAllByRole('button').map((b) => b.textContent)).toEqual(['5–6\u00a0d: 2 deals', '9–10\u00a0d: 1 deal']);
    fireEvent.click(within(buckets).getByRole('button', { name: '5–6\u00a0d: 2 deals' }));
    const drawer = await screen.findByRole('dialog', { name: 'Deals won in 5–6\u00a0d' });
    const list = await within(drawer).findByRole('list', { name: 'Deals won in 5–6\u00a0d' });
    expect(within(list).getAllByRole('listitem').map((li) => within(li).getByRole('link').textContent)).toEqual(['Opodo', 'Euronext']);
    expect(drawer).toHaveTextContent('2 deals');
    // Every deal behind the bar as a file, with the same filters (the drawer shows the first 100).
    expect(within(drawer).getByRole('button', { name: 'Export CSV' })).toBeInTheDocument();
    expect(dealsExportUrl('camp-kpn', bucket)).toBe(
      '/exports/deals.csv?campaignId=camp-kpn&stage=won&closedFrom=2026-11-02T09%3A00%3A00Z&closedBefore=2026-11-23T08%3A00%3A00Z&cycleBucket=5',
    );
  });

  it('downloads the campaign’s deals and activities as files the api writes', async () => {
    const realFetch = globalThis.fetch;
    const fetchMock = jest.fn(async () => new Response('\uFEFFaccount\r\n', { status: 200, headers: { 'content-disposition': 'attachment; filename="lifeboat-deals-2026-11-23.csv"' } }));
    globalThis.fetch = fetchMock as unknown as typeof fetch;
    URL.createObjectURL = jest.fn(() => 'blob:deals');
    URL.revokeObjectURL = jest.fn();
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    try {
      renderRoute('/dashboard', { signedInAs: MANON, language: 'fr', mocks: [dashboardMock()] });
      fireEvent.click(await screen.findByRole('button', { name: 'Exporter' }));
      fireEvent.click(await screen.findByRole('menuitem', { name: 'Affaires (CSV)' }));
      expect(await screen.findByText('Fichier téléchargé.')).toBeInTheDocument();
      expect(fetchMock).toHaveBeenCalledWith('/exports/deals.csv?campaignId=camp-kpn', { headers: { authorization: 'Bearer access-manon' } });
      expect((click.mock.contexts[0] as HTMLAnchorElement).download).toBe('lifeboat-deals-2026-11-23.csv');
      cleanup();
      renderRoute('/dashboard', { signedInAs: MANON, mocks: [dashboardMock()] });
      fireEvent.click(await screen.findByRole('button', { name: 'Export' }));
      fireEvent.click(await screen.findByRole('menuitem', { name: 'Activities (CSV)' }));
      await waitFor(() => expect(fetchMock).toHaveBeenCalledWith('/exports/activities.csv?campaignId=camp-kpn', { headers: { authorization: 'Bearer access-manon' } }));
    } finally {
      globalThis.fetch = realFetch;
      click.mockRestore();
    }
  });

  it('shows conversions, time in stage, capture and the weighted forecast below the charts', async () => {
    renderRoute('/dashboard', { signedInAs: MANON, mocks: [dashboardMock()] });
    await screen.findByRole('heading', { level: 1, name: 'Dashboard · KPNQwest' }, { timeout: 5000 });

    expect(rowsOf(within(screen.getByRole('region', { name: 'Conversions' })).getByRole('table'))).toEqual([
      ['Entered', 'Deals', 'To Contacted', 'To Proposal sent', 'To Negotiating', 'To Won', 'To Lost'],
      ['Identified', '10', '60% (6)', '40% (4)', '20% (2)', '10% (1)', '10% (1)'],
      ['Contacted', '6', '', '67% (4)', '33% (2)', '17% (1)', '0% (0)'],
      ['Proposal sent', '4', '', '', '50% (2)', '25% (1)', '0% (0)'],
      ['Negotiating', '0', '', '', '', '—', '—'],
    ]);
    expect(rowsOf(within(screen.getByRole('region', { name: 'Time in each stage' })).getByRole('table'))).toEqual([
      ['Stage', 'Stays', 'Median', 'Allowed (median)', 'Due time', 'Past due'],
      ['Identified', '8', '30 h', '2 d', '2 business days', '1'],
      ['Contacted', '5', '6.3 d', '5 d', '5 business days', '3'],
      ['Proposal sent', '2', '2.5 d', '5 d', '5 business days', '0'],
      ['Negotiating', '0', '—', '—', '5 business days', '0'],
    ]);
    const capture = screen.getByRole('region', { name: 'Capture of the rival’s customers' });
    expect(rowsOf(within(capture).getByRole('table'))).toEqual([
      ['Accounts', 'How many', 'Monthly spend'],
      ['Won', '3', '€60.0k'],
      ['Still open', '23', '€425.0k'],
      ['Lost', '1', '€15.0k'],
      ['Not worked yet', '0', '€0.0'],
      ['All', '27', '€500.0k'],
    ]);
    expect(within(within(capture).getByRole('list', { name: 'Lost to' })).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Vanco: 1 account · €15.0k / month',
    ]);
    // The forecast is a chart; its figures also as a table, folded under the chart, for screen readers and exact numbers.
    const forecast = await screen.findByRole('region', { name: 'Weighted forecast by week' }, { timeout: 5000 });
    expect(within(forecast).getByText('Show the figures as a table').tagName).toBe('SUMMARY');
    expect(rowsOf(within(forecast).getByRole('table'))).toEqual([
      ['Week', 'Deals', 'Monthly value', 'Weighted'],
      // The deals whose expected date has passed are their own figure, not a past week; the weeks start with this one.
      ['Overdue: expected date passed', '4', '€50.0k', '€20.0k'],
      ['This week (23 Nov)', '9', '€120.0k', '€50.0k'],
      ['Week of 30 Nov', '6', '€80.0k', '€30.0k'],
      ['After the shutdown', '5', '€70.0k', '€12.0k'],
      ['No date', '3', '€40.0k', '€6.0k'],
    ]);
    expect(forecast).toHaveTextContent('3 open deals have no date (€6.0k weighted): not in the chart.');
    // The migration chart compares workload with capacity, both in workload units.
    expect(await screen.findByRole('region', { name: 'Migrations against capacity' }, { timeout: 5000 })).toHaveTextContent('in workload units');
  });

  it('links the customers that would go dark to the migration plan', async () => {
    renderRoute('/dashboard', { signedInAs: MANON, mocks: [dashboardMock()] });
    const dark = await screen.findByRole('region', { name: 'Customers that would go dark' }, { timeout: 5000 });
    expect(within(dark).getByRole('link', { name: 'Open the migration plan' })).toHaveAttribute('href', '/migrations');
  });

  it('lists the overdue deals from the overdue figure, and a rep’s deals from the rep table', async () => {
    renderRoute('/dashboard', {
      signedInAs: MANON,
      mocks: [
        dashboardMock(),
        dealsMock({ kind: 'overdue' }, [deal('hp', 'Hewlett-Packard', 'identified', { overdue: true })]),
        dealsMock({ kind: 'owner', ownerId: 'VXNlcjpicnVubw', name: 'Bruno Petit' }, [deal('eu', 'Euronext', 'contacted')]),
      ],
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Show the 7 overdue deals' }));
    const drawer = await screen.findByRole('dialog', { name: 'Overdue deals' });
    expect(await within(drawer).findByRole('link', { name: 'Hewlett-Packard' })).toBeInTheDocument();
    fireEvent.click(within(drawer).getByRole('button', { name: 'Close' }));

    fireEvent.click(screen.getByRole('button', { name: 'See the deals of Bruno Petit' }));
    const repDrawer = await screen.findByRole('dialog', { name: 'Deals of Bruno Petit' });
    expect(await within(repDrawer).findByRole('link', { name: 'Euronext' })).toBeInTheDocument();
  });

  it('speaks French: labels, money and dates', async () => {
    renderRoute('/dashboard', { signedInAs: MANON, mocks: [dashboardMock()] });
    await screen.findByRole('heading', { level: 1, name: 'Dashboard · KPNQwest' });
    fireEvent.click(screen.getByRole('radio', { name: 'FR' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Tableau de bord · KPNQwest' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Compte à rebours' })).toHaveTextContent('11 jours');
    const overdue = screen.getByRole('region', { name: 'Affaires en retard' });
    expect(overdue).toHaveTextContent(/94,5\sk\s€ \/ mois en jeu/u);
    expect(overdue).toHaveTextContent('72 h de retard');
    expect(screen.getByRole('region', { name: 'Clients qui resteraient dans le noir' })).toHaveTextContent('AOL Europe');
    expect(await screen.findByRole('button', { name: 'Contacté\u00a0: 5 affaires' }, { timeout: 5000 })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Tableau de bord' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Ouvrir le plan de migration' })).toHaveAttribute('href', '/migrations');
    expect(screen.getByRole('button', { name: '5–6\u00a0j\u00a0: 2 affaires' })).toBeInTheDocument();
    // "du", not "de", before a date; and the French space before a colon.
    expect(screen.getByText(/^Chiffres du \d+ nov\./u)).toBeInTheDocument();
  });

  it('speaks French in the tables below the charts', async () => {
    renderRoute('/dashboard', { signedInAs: MANON, mocks: [dashboardMock()] });
    await screen.findByRole('heading', { level: 1, name: 'Dashboard · KPNQwest' }, { timeout: 5000 });
    fireEvent.click(screen.getByRole('radio', { name: 'FR' }));
    await screen.findByRole('heading', { level: 1, name: 'Tableau de bord · KPNQwest' });
    const conversions = rowsOf(within(screen.getByRole('region', { name: 'Conversions' })).getByRole('table'));
    expect(conversions[0]).toEqual(['Entrées en', 'Affaires', 'Vers Contacté', 'Vers Proposition envoyée', 'Vers En négociation', 'Vers Gagné', 'Vers Perdu']);
    expect(conversions[1]).toEqual(['Identifié', '10', '60 % (6)', '40 % (4)', '20 % (2)', '10 % (1)', '10 % (1)']);
    expect(rowsOf(within(screen.getByRole('region', { name: 'Temps passé dans chaque étape' })).getByRole('table'))[2]).toEqual([
      'Contacté',
      '5',
      '6,3 j',
      '5 j',
      '5 jours ouvrés',
      '3',
    ]);
    const capture = screen.getByRole('region', { name: 'Conquête des clients du concurrent' });
    expect(rowsOf(within(capture).getByRole('table'))[1]).toEqual(['Gagnés', '3', '60,0 k €']);
    // A no-break space before the colon (toHaveTextContent would fold it into a plain space).
    expect(within(capture).getByRole('list', { name: 'Perdus au profit de' }).textContent).toMatch(/^Vanco\u00a0: 1 compte · 15,0\sk\s€ \/ mois$/u);
    const weekly = rowsOf(within(screen.getByRole('region', { name: 'Prévision pondérée par semaine' })).getByRole('table'));
    expect(weekly[1]).toEqual(['En retard : date attendue passée', '4', '50,0 k €', '20,0 k €']);
    expect(weekly[2]).toEqual(['Cette semaine (23 nov.)', '9', '120,0 k €', '50,0 k €']);
    expect(weekly[4]).toEqual(['Après l’arrêt', '5', '70,0 k €', '12,0 k €']);
  });

  it('writes large counts as French groups them: the overdue count and the capture table (12\u202f345, not 12345)', async () => {
    const big = {
      ...DASHBOARD,
      overdue: { ...DASHBOARD.overdue, count: 1_234 },
      capture: { ...DASHBOARD.capture, total: { ...DASHBOARD.capture.total, accounts: 12_345 } },
    };
    renderRoute('/dashboard', { signedInAs: MANON, mocks: [dashboardMock(big)] });
    await screen.findByRole('heading', { level: 1, name: 'Dashboard · KPNQwest' }, { timeout: 5000 });
    fireEvent.click(screen.getByRole('radio', { name: 'FR' }));
    await screen.findByRole('heading', { level: 1, name: 'Tableau de bord · KPNQwest' });
    expect(screen.getByTestId('overdue-count').textContent).toBe('1\u202f234');
    const capture = screen.getByRole('region', { name: 'Conquête des clients du concurrent' });
    const total = within(capture).getAllByRole('row').find((row) => row.textContent?.startsWith('Tous'));
    expect(within(total as HTMLElement).getAllByRole('cell')[0].textContent).toBe('12\u202f345');
  });

  it('says a stage allowed no time when its stays began past their due time, never a negative allowance', async () => {
    const stageTimes = DASHBOARD.stageTimes.map((s) => (s.stage === 'contacted' ? { ...s, medianAllowedHours: 0 } : s));
    renderRoute('/dashboard', { signedInAs: MANON, mocks: [dashboardMock({ ...DASHBOARD, stageTimes })] });
    const region = await screen.findByRole('region', { name: 'Time in each stage' }, { timeout: 5000 });
    expect(rowsOf(within(region).getByRole('table'))[2]).toEqual(['Contacted', '5', '6.3 d', 'None: past the deadline on entry', '5 business days', '3']);
  });

  it('fits its tables without a sideways scrollbar, and turns their rows into cards on a phone', async () => {
    // Wide: no table sits in a scroll container (the conversions take the whole row).
    const wide = renderRoute('/dashboard', { signedInAs: MANON, mocks: [dashboardMock()] });
    const conversions = await screen.findByRole('region', { name: 'Conversions' }, { timeout: 5000 });
    expect(within(conversions).getByRole('table')).toBeInTheDocument();
    expect(screen.getByRole('main').querySelector('.mantine-Table-scrollContainer, .mantine-ScrollArea-root')).toBeNull();
    wide.unmount();

    // A phone: each stage's conversions as a card, "To Won" and "To Lost" read without scrolling.
    const matchMedia = window.matchMedia;
    window.matchMedia = ((query: string) => ({ ...matchMedia(query), matches: /max-width/.test(query) })) as typeof window.matchMedia;
    try {
      renderRoute('/dashboard', { signedInAs: MANON, mocks: [dashboardMock()] });
      const phone = await screen.findByRole('region', { name: 'Conversions' }, { timeout: 5000 });
      await waitFor(() => expect(within(phone).queryByRole('table')).toBeNull());
      const cards = within(within(phone).getByRole('list', { name: 'Conversions' })).getAllByRole('listitem');
      expect(cards).toHaveLength(4);
      expect(cards[0].textContent).toBe('IdentifiedDeals10To Contacted60% (6)To Proposal sent40% (4)To Negotiating20% (2)To Won10% (1)To Lost10% (1)');
      // A stage with no later pair shows only what it has.
      expect(cards[3].textContent).toBe('NegotiatingDeals0To Won—To Lost—');
      expect(within(screen.getByRole('list', { name: 'Reps' })).getAllByRole('listitem')[0]).toHaveTextContent('Alice MartinOpen deals9Open value€140.0kOverdue3');
    } finally {
      window.matchMedia = matchMedia;
    }
  });

  it('is in the navigation of managers only', async () => {
    renderRoute('/dashboard', { signedInAs: ALICE });
    expect(await screen.findByRole('heading', { name: 'You may not do this.' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Dashboard' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Approvals' })).not.toBeInTheDocument();
  });

  it('says what went wrong, and can try again', async () => {
    const { PipelineDashboardDocument } = await import('../../../gql/graphql');
    renderRoute('/dashboard', {
      signedInAs: MANON,
      mocks: [{ request: { query: PipelineDashboardDocument, variables: { campaignId: 'camp-kpn' } }, result: { errors: [{ message: 'Boom.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] } }],
    });
    expect(await screen.findByRole('alert')).toHaveTextContent('Could not load the dashboard: Boom.');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });
});
