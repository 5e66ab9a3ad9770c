import { fireEvent, screen, within } from '@testing-library/react';
import { ALICE, renderRoute } from '../../../testing/render-route';
import { dashboardMock, deal, dealsMock, MANON } from './dashboard-fixtures';

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

    const overdue = screen.getByRole('region', { name: 'Overdue deals' });
    expect(within(overdue).getByRole('button', { name: 'Show the 7 overdue deals' })).toHaveTextContent('7');
    expect(overdue).toHaveTextContent('€94.5k / month at stake');
    const worst = within(within(overdue).getByRole('list', { name: 'Most overdue deals' })).getAllByRole('listitem');
    expect(worst.map((li) => li.textContent)).toEqual([
      'Hewlett-PackardAlice Martin · Identified72 h overdue',
      'EuronextBruno Petit · Contacted26 h overdue',
      'Lycos EuropeUnassigned · Identified3 h overdue',
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
    expect(await screen.findByRole('region', { name: 'Cycle time' }, { timeout: 5000 })).toHaveTextContent('Median 5.4 days · 67% within the week');
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
    expect(await screen.findByRole('button', { name: 'Contacté : 5 affaires' }, { timeout: 5000 })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Tableau de bord' })).toBeInTheDocument();
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
