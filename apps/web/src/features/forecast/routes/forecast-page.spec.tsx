import { cleanup, screen, within } from '@testing-library/react';
import { en } from '../../../lib/i18n/locales/en';
import { fr } from '../../../lib/i18n/locales/fr';
import { ALICE, MANON, renderRoute } from '../../../testing/render-route';
import { FORECAST, forecastMock } from './forecast-fixtures';

/** The rows of a table, each as its cells' text. */
function rowsOf(table: HTMLElement): string[][] {
  return within(table)
    .getAllByRole('row')
    .map((row) => Array.from(row.querySelectorAll('th, td')).map((cell) => (cell.textContent ?? '').replace(/\s/gu, ' ')));
}

/** Every string of a block of messages, with its key path. */
function strings(block: object, prefix = ''): Array<[string, string]> {
  return Object.entries(block).flatMap(([k, v]) => (typeof v === 'string' ? [[`${prefix}${k}`, v] as [string, string]] : strings(v as object, `${prefix}${k}.`)));
}

describe('/campaigns/:id/forecast (managers)', () => {
  // jsdom lays nothing out, so recharts warns that its charts have no size: expected here.
  beforeEach(() => {
    const warn = console.warn.bind(console);
    jest.spyOn(console, 'warn').mockImplementation((...args: unknown[]) => {
      if (!String(args[0]).includes('of chart should be greater than 0')) warn(...args);
    });
  });
  afterEach(() => jest.restoreAllMocks());

  it('shows each scenario’s race, the orders of work, the staffing advice, the customers going dark and the estimates (EN)', async () => {
    renderRoute('/campaigns/camp-kpn/forecast', { signedInAs: MANON, mocks: [forecastMock()] });
    expect(await screen.findByRole('heading', { level: 1, name: 'Will we make it? · KPNQwest' }, { timeout: 5000 })).toBeInTheDocument();
    expect(await screen.findByText('Expected spend won and migrated in time with the work queue: €695,417.00 a month')).toBeInTheDocument();
    const page = screen.getByRole('region', { name: 'Will we make it? · KPNQwest' });
    expect(page).toHaveTextContent('500 customers still in play (120 with an open deal, €6.0m a month), 5 reps × 8 actions a business day, 600 migration units a week.');
    expect(page).toHaveTextContent('Simulated at 23 Nov, 09:00 in 1.8 s');

    const liquidation = screen.getByRole('region', { name: 'Liquidation: dark on 14 Dec 2026 (60% likely)' });
    expect(liquidation).toHaveTextContent('Won and migrated in time: €204.1k a month (median), €111.9k to €325.7k in 8 races out of 10');
    expect(liquidation).toHaveTextContent('Signed but not migrated in time: 11.5 customers on average (€284.7k a month)');
    expect(screen.getByRole('region', { name: 'Delay granted: dark on 11 Jan 2027 (40% likely)' })).toHaveTextContent('Signed but not migrated in time: 1 customer on average');
    // The weeks as a table, once the chart's chunk has arrived.
    const weeks = await within(liquidation).findByRole('table', {}, { timeout: 5000 });
    expect(rowsOf(weeks)[1]).toEqual(['Week of 23 Nov', '€40.0k · €50.0k · €60.0k', '€0.0 · €0.0 · €0.0']);

    const policies = screen.getByRole('table', { name: 'Orders of work compared' });
    expect(rowsOf(policies)[0]).toEqual(['Order of work', 'Expected', 'Dark on 14 Dec', 'Dark on 11 Jan', 'Signed but dark, by scenario']);
    expect(rowsOf(policies)[1]).toEqual(['Lifeboat’s queue', '€695.4k', '€213.6k (1.84× first come)', '€1.4m (1.24× first come)', '11.5 · 5.8']);
    expect(rowsOf(policies)[3][0]).toBe('Largest spend first');

    const staffing = screen.getByRole('region', { name: 'Staffing advice' });
    expect(staffing).toHaveTextContent('Target: 80% of what an unlimited team would capture (€1.5m), i.e. €1.2m a month.');
    expect(staffing).toHaveTextContent('Today, 5 reps and 600 migration units a week capture €695.0k a month.');
    expect(staffing).toHaveTextContent('Short of target');
    expect(staffing).toHaveTextContent('Needed: 12 reps and 1,400 migration units a week (they capture €1.2m a month).');
    expect(staffing).toHaveTextContent('“unlimited” is 63 reps and no capacity limit. 14 simulations of 50 races each.');

    const dark = screen.getByRole('table', { name: 'Customers most likely to go dark' });
    expect(rowsOf(dark).slice(1)).toEqual([
      ['AOL Europe', 'ISP wholesale', 'Contacted', '€126.0k', '57%'],
      ['Lycos Europe', 'ISP wholesale', 'No deal yet', '€95.4k', '59%'],
    ]);
    expect(within(dark).getByRole('link', { name: 'AOL Europe' })).toHaveAttribute('href', '/accounts/acc-aol');

    const estimates = screen.getByRole('table', { name: 'What the estimates rest on' });
    expect(rowsOf(estimates).slice(1)).toEqual([
      ['Identified', 'Contacted 70%, Lost 30%', '4.1', '10', 'Blend (50% defaults)'],
      ['Negotiating', 'Won 70%, Lost 30%', '7', '0', 'Defaults (no history yet)'],
    ]);
  });

  it('says it in French, with the French spacing and money', async () => {
    renderRoute('/campaigns/camp-kpn/forecast', { signedInAs: MANON, mocks: [forecastMock()], language: 'fr' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Y arriverons-nous\u202f? · KPNQwest' }, { timeout: 5000 })).toBeInTheDocument();
    const page = screen.getByRole('region', { name: 'Y arriverons-nous\u202f? · KPNQwest' });
    expect(page).toHaveTextContent('Dépense attendue gagnée et migrée à temps avec la file de travail : 695 417,00 € par mois');
    expect(screen.getByRole('region', { name: 'Liquidation\u00a0: arrêt le 14 déc. 2026 (probable à 60\u00a0%)' })).toBeInTheDocument();
    const policies = screen.getByRole('table', { name: 'Ordres de travail comparés' });
    expect(rowsOf(policies)[1][0]).toBe('File de Lifeboat');
    expect(screen.getByRole('region', { name: 'Conseil d’effectif' })).toHaveTextContent('Il faudrait : 12 commerciaux et 1 400 unités de migration par semaine');
    expect(screen.getByRole('table', { name: 'Clients les plus susceptibles de rester dans le noir' })).toHaveTextContent('Pas encore d’affaire');
  });

  it('is the managers’: a rep is sent away', async () => {
    renderRoute('/campaigns/camp-kpn/forecast', { signedInAs: ALICE, mocks: [forecastMock()] });
    expect(await screen.findByRole('heading', { level: 1 }, { timeout: 5000 })).not.toHaveTextContent('Will we make it?');
    cleanup();
  });

  it('says there is no race when the rival has nothing ahead', async () => {
    renderRoute('/campaigns/camp-kpn/forecast', {
      signedInAs: MANON,
      mocks: [forecastMock(80, { ...FORECAST, shutdownAhead: false, scenarios: [], policies: [], goingDark: [], staffing: null })],
    });
    expect(await screen.findByText(en.forecast.noRace, {}, { timeout: 5000 })).toBeInTheDocument();
  });

  it('names the same things in both languages, with a no-break space before : ; ? ! in French (the locales spec checks which)', () => {
    expect(strings(fr.forecast).map(([key]) => key)).toEqual(strings(en.forecast).map(([key]) => key));
    expect(strings(fr.forecast).filter(([, value]) => /(^|[^\u00a0\u202f])[:;?!](\s|$)/u.test(value))).toEqual([]);
  });
});
