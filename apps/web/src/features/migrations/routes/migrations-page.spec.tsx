import { planMigrations } from '@lifeboat/domain';
import type { GraphQLFormattedError } from 'graphql';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import {
  MigrationPlanDocument,
  MigrationsDocument,
  SetMigrationPlanCapacityDocument,
  UpdateMigrationCutoverDocument,
  type MigrationPlanQuery,
  type MigrationStatus,
} from '../../../gql/graphql';
import { freezeDateAt } from '../../../testing/clock';
import { KPN_SHUTDOWN } from '../../../testing/fixtures';
import { ALICE, MANON, renderRoute } from '../../../testing/render-route';

// Monday 23 November 2026, 09:00 in Paris; KPNQwest may go dark on Saturday 5 December, 18:00.
const NOW = new Date('2026-11-23T08:00:00Z');
freezeDateAt(NOW);

const eur = (amount: number) => ({ __typename: 'Money' as const, amount, currency: 'EUR' });

interface Row {
  id: string;
  name: string;
  workload: number;
  target: string;
  version: number;
  monthly: number;
  status?: MigrationStatus;
}

// Targets are Fridays, 17:00 in Paris.
const EURONEXT: Row = { id: 'mig-euronext', name: 'Euronext', workload: 30, target: '2026-11-27T16:00:00.000Z', version: 1, monthly: 1_040_000 };
const LYCOS: Row = { id: 'mig-lycos', name: 'Lycos Europe', workload: 20, target: '2026-12-04T16:00:00.000Z', version: 2, monthly: 650_000 };
const OPODO: Row = { id: 'mig-opodo', name: 'Opodo', workload: 25, target: '2026-12-04T16:00:00.000Z', version: 1, monthly: 1_500_000 };
const AOL: Row = { id: 'mig-aol', name: 'AOL Europe', workload: 10, target: '2026-11-20T16:00:00.000Z', version: 5, monthly: 900_000, status: 'migrated' };

const migration = (r: Row) => ({
  __typename: 'Migration' as const,
  id: r.id,
  version: r.version,
  status: r.status ?? ('planned' as const),
  targetCutoverAt: r.target,
  workload: r.workload,
});

/** The plan the api answers: the domain's own planner lays the migrations not yet done into weeks. */
function plan(rows: Row[], opts: { capacity?: number; version?: number } = {}): MigrationPlanQuery['migrationPlan'] {
  const capacity = opts.capacity ?? 40;
  const open = rows.filter((r) => r.status !== 'migrated');
  const laid = planMigrations({
    now: NOW,
    timeZone: 'Europe/Paris',
    weeklyCapacity: capacity,
    shutdownExpectedAt: new Date(KPN_SHUTDOWN),
    migrations: open.map((r) => ({ id: r.id, accountName: r.name, workload: r.workload, deadline: new Date(r.target) })),
  });
  const byId = new Map(open.map((r) => [r.id, r]));
  return {
    __typename: 'MigrationPlan',
    weeklyCapacity: capacity,
    timeZone: 'Europe/Paris',
    rivalShutdownExpectedAt: KPN_SHUTDOWN,
    overCapacityWeeks: laid.overCapacityWeeks,
    willGoDarkMigrationIds: laid.willGoDark,
    campaign: {
      __typename: 'Campaign',
      id: 'camp-kpn',
      name: 'KPNQwest',
      version: opts.version ?? 4,
      rival: { __typename: 'Rival', id: 'rival-kpn', name: 'KPNQwest' },
    },
    weeks: laid.weeks.map((w) => ({
      __typename: 'MigrationPlanWeek' as const,
      weekStart: w.weekStart.toISOString(),
      load: w.load,
      capacity: w.capacity,
      overCapacity: w.overCapacity,
      migrationIds: w.migrationIds,
    })),
    placements: laid.placements.map((p) => {
      const r = byId.get(p.id) as Row;
      return {
        __typename: 'MigrationPlacement' as const,
        accountName: p.accountName,
        weekStart: p.weekStart.toISOString(),
        plannedCutoverAt: p.plannedCutoverAt.toISOString(),
        willGoDark: p.willGoDark,
        late: p.late,
        migration: {
          ...migration(r),
          account: { __typename: 'Account' as const, id: `acc-${r.id}` },
          opportunity: { __typename: 'Opportunity' as const, id: `opp-${r.id}`, monthlyValue: eur(r.monthly) },
        },
      };
    }),
  };
}

const ROWS = [AOL, EURONEXT, LYCOS, OPODO];

function planMock(rows: Row[] = ROWS, opts: { capacity?: number; version?: number } = {}) {
  return { request: { query: MigrationPlanDocument, variables: { campaignId: 'camp-kpn' } }, result: { data: { migrationPlan: plan(rows, opts) } } };
}

function listMock(rows: Row[] = ROWS) {
  return {
    request: { query: MigrationsDocument, variables: { campaignId: 'camp-kpn', first: 50 } },
    result: {
      data: {
        migrations: {
          __typename: 'MigrationConnection' as const,
          totalCount: rows.length,
          pageInfo: { __typename: 'PageInfo' as const, hasNextPage: false, endCursor: null },
          edges: rows.map((r) => ({
            __typename: 'MigrationEdge' as const,
            node: { ...migration(r), account: { __typename: 'Account' as const, id: `acc-${r.id}`, name: r.name } },
          })),
        },
      },
    },
  };
}

/** What a mocked mutation answers: data, or GraphQL errors as the api formats them. */
type MockResult = { data?: Record<string, unknown>; errors?: GraphQLFormattedError[] };

function capacityMock(weeklyCapacity: number, result: MockResult) {
  return { request: { query: SetMigrationPlanCapacityDocument, variables: { input: { campaignId: 'camp-kpn', expectedVersion: 4, weeklyCapacity } } }, result };
}

function moveMock(row: Row, targetCutoverAt: string, result: MockResult) {
  return {
    request: { query: UpdateMigrationCutoverDocument, variables: { input: { migrationId: row.id, expectedVersion: row.version, targetCutoverAt } } },
    result,
  };
}

async function page() {
  // The first render compiles the route's chunk: give it time. The plan and the list are two
  // queries answered in either order: wait for both (the list's table, or its empty state).
  const heading = await screen.findByRole('heading', { level: 1, name: 'Migrations · KPNQwest' }, { timeout: 5000 });
  await waitFor(() => expect(screen.queryByRole('table', { name: 'Migrations' }) ?? screen.queryByText(/^No migration yet/)).not.toBeNull(), {
    timeout: 5000,
  });
  return heading;
}

const figures = () => screen.getByRole('region', { name: 'The plan in figures' });
const rowOf = (name: string) => within(screen.getByRole('table', { name: 'Migrations' })).getByRole('link', { name }).closest('tr') as HTMLElement;

/** Opens a row's date picker and picks a day by its name in the calendar. */
async function pickDay(name: string, day: string) {
  fireEvent.click(within(rowOf(name)).getByRole('button', { name: `Target cutover of ${name}` }));
  fireEvent.click(await screen.findByRole('button', { name: day }));
}

describe('/migrations (managers)', () => {
  // jsdom lays nothing out, so recharts warns that its charts have no size: expected here.
  beforeEach(() => {
    const warn = console.warn.bind(console);
    jest.spyOn(console, 'warn').mockImplementation((...args: unknown[]) => {
      if (!String(args[0]).includes('of chart should be greater than 0')) warn(...args);
    });
  });
  afterEach(() => jest.restoreAllMocks());

  it('shows the weeks against the capacity, the figures and the customers that will go dark', async () => {
    renderRoute('/migrations', { signedInAs: MANON, mocks: [planMock(), listMock()] });
    await page();
    expect(screen.getByText('KPNQwest’s network may go dark on 5 Dec, 18:00: every customer must be cut over before.')).toBeInTheDocument();

    // Euronext fills the first week (30 of 40), Lycos Europe the second; Opodo does not fit before the shutdown.
    expect(figures()).toHaveTextContent('Planned3');
    expect(figures()).toHaveTextContent('Late1');
    expect(figures()).toHaveTextContent('Would go dark1');
    expect(figures()).toHaveTextContent('Weeks over capacity0');

    const dark = screen.getByRole('region', { name: '1 customer will go dark' });
    expect(dark).toHaveTextContent('€15,000.00 / month at stake.');
    const names = within(within(dark).getByRole('list', { name: 'Customers that will go dark' })).getAllByRole('listitem');
    expect(names.map((li) => li.textContent)).toEqual(['Opodo · planned 11 Dec, 17:00 · €15,000.00 / month']);
    expect(within(dark).getByRole('link', { name: 'Opodo' })).toHaveAttribute('href', '/accounts/acc-mig-opodo');

    const weeks = within(screen.getByRole('table', { name: 'Weeks of the plan' })).getAllByRole('row');
    expect(weeks.map((row) => row.textContent)).toEqual([
      'Week ofLoad / capacityCustomers',
      '23 Nov 202630 / 40Euronext',
      '30 Nov 2026Shutdown20 / 40Lycos Europe',
      '7 Dec 202625 / 40Opodo',
    ]);

    const list = screen.getByRole('table', { name: 'Migrations' });
    expect(within(list).getAllByRole('row')).toHaveLength(5);
    expect(rowOf('Opodo')).toHaveTextContent('Planned25 units');
    expect(rowOf('Opodo')).toHaveTextContent('11 Dec, 17:00Goes darkLate');
    expect(within(rowOf('Opodo')).getByRole('button', { name: 'Target cutover of Opodo' })).toHaveTextContent('4 Dec 2026');
    expect(rowOf('AOL Europe')).toHaveTextContent('AOL EuropeMigrated10 unitsTarget cutover of AOL Europe20 Nov 2026Done');
    expect(within(rowOf('AOL Europe')).queryByRole('button', { name: 'Save the cutover of AOL Europe' })).not.toBeInTheDocument();
    expect(within(rowOf('Euronext')).getByRole('button', { name: 'Save the cutover of Euronext' })).toBeDisabled();

    expect(await screen.findByRole('region', { name: 'Load per week' }, { timeout: 5000 })).toHaveTextContent('capacity of 40 units');
  });

  it('sets the weekly capacity with the campaign’s version, and shows the plan it gives', async () => {
    renderRoute('/migrations', {
      signedInAs: MANON,
      mocks: [
        planMock(),
        listMock(),
        capacityMock(60, { data: { setMigrationCapacity: { __typename: 'SetMigrationCapacityPayload', migrationPlan: plan(ROWS, { capacity: 60, version: 5 }) } } }),
      ],
    });
    await page();
    const field = screen.getByRole('textbox', { name: 'Units a week' });
    expect(field).toHaveValue('40');
    const save = screen.getByRole('button', { name: 'Save' });
    expect(save).toBeDisabled();

    fireEvent.change(field, { target: { value: '0' } });
    fireEvent.click(save);
    expect(await screen.findByText('A whole number from 1 to 100000.')).toBeInTheDocument();

    fireEvent.change(field, { target: { value: '60' } });
    fireEvent.click(save);
    expect(await screen.findByText('Weekly capacity set to 60 units.')).toBeInTheDocument();
    // With 60 a week, Opodo joins Lycos Europe in the second week: nobody goes dark.
    expect(await screen.findByText('Every planned migration cuts over before the shutdown.')).toBeInTheDocument();
    expect(figures()).toHaveTextContent('Would go dark0');
    expect(screen.getByRole('textbox', { name: 'Units a week' })).toHaveValue('60');
    const weeks = within(screen.getByRole('table', { name: 'Weeks of the plan' })).getAllByRole('row');
    expect(weeks.map((row) => row.textContent)).toEqual([
      'Week ofLoad / capacityCustomers',
      '23 Nov 202650 / 60Euronext, Lycos Europe',
      '30 Nov 2026Shutdown25 / 60Opodo',
    ]);
  });

  it('says the campaign changed when the capacity is refused with CONFLICT, and reloads it', async () => {
    renderRoute('/migrations', {
      signedInAs: MANON,
      mocks: [
        planMock(),
        listMock(),
        capacityMock(60, { errors: [{ message: 'The campaign changed since you read it (version 5, you had 4).', extensions: { code: 'CONFLICT' } }] }),
        planMock(ROWS, { capacity: 50, version: 5 }),
      ],
    });
    await page();
    fireEvent.change(screen.getByRole('textbox', { name: 'Units a week' }), { target: { value: '60' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The campaign changed');
    expect(await within(alert).findByText(/the capacity is now 50/)).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Units a week' })).toHaveValue('50');
  });

  it('shows the refusal of a capacity next to the field', async () => {
    renderRoute('/migrations', {
      signedInAs: MANON,
      mocks: [
        planMock(),
        listMock(),
        capacityMock(7, {
          errors: [
            {
              message: 'Invalid input: input.weeklyMigrationCapacity: too small for the migrations already signed.',
              extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'input.weeklyMigrationCapacity', reason: 'too small for the migrations already signed' }] },
            },
          ],
        }),
      ],
    });
    await page();
    fireEvent.change(screen.getByRole('textbox', { name: 'Units a week' }), { target: { value: '7' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('too small for the migrations already signed')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Units a week' })).toHaveAccessibleDescription('too small for the migrations already signed');
  });

  it('moves a cutover with updateMigration and shows the plan read again', async () => {
    const moved: Row = { ...LYCOS, target: '2026-12-12T16:00:00.000Z', version: 3 };
    const after = [AOL, EURONEXT, moved, OPODO];
    renderRoute('/migrations', {
      signedInAs: MANON,
      mocks: [
        planMock(),
        listMock(),
        // The day picked, at 17:00 in Paris, against the version read.
        moveMock(LYCOS, '2026-12-12T16:00:00.000Z', {
          data: { updateMigration: { __typename: 'UpdateMigrationPayload', migration: migration(moved) } },
        }),
        planMock(after),
      ],
    });
    await page();
    expect(screen.getByRole('region', { name: '1 customer will go dark' })).toHaveTextContent('Opodo');

    await pickDay('Lycos Europe', '12 December 2026');
    expect(within(rowOf('Lycos Europe')).getByRole('button', { name: 'Target cutover of Lycos Europe' })).toHaveTextContent('12 Dec 2026');
    fireEvent.click(within(rowOf('Lycos Europe')).getByRole('button', { name: 'Save the cutover of Lycos Europe' }));

    expect(await screen.findByText('Cutover of Lycos Europe moved to 12 Dec 2026.')).toBeInTheDocument();
    // Opodo now comes first and fits the second week; Lycos Europe, due after the shutdown, is planned past it.
    const dark = await screen.findByRole('region', { name: '1 customer will go dark' });
    expect(await within(dark).findByRole('link', { name: 'Lycos Europe' })).toBeInTheDocument();
    expect(within(dark).queryByRole('link', { name: 'Opodo' })).not.toBeInTheDocument();
    expect(figures()).toHaveTextContent('Late0');
    const weeks = within(screen.getByRole('table', { name: 'Weeks of the plan' })).getAllByRole('row');
    expect(weeks.map((row) => row.textContent)).toEqual([
      'Week ofLoad / capacityCustomers',
      '23 Nov 202630 / 40Euronext',
      '30 Nov 2026Shutdown25 / 40Opodo',
      '7 Dec 202620 / 40Lycos Europe',
    ]);
    expect(rowOf('Opodo')).toHaveTextContent('4 Dec, 17:00');
    expect(rowOf('Opodo')).not.toHaveTextContent('Goes dark');
    expect(within(rowOf('Lycos Europe')).getByRole('button', { name: 'Target cutover of Lycos Europe' })).toHaveTextContent('12 Dec 2026');
    expect(within(rowOf('Lycos Europe')).getByRole('button', { name: 'Save the cutover of Lycos Europe' })).toBeDisabled();
  });

  it('shows the refusal of a cutover next to its field', async () => {
    renderRoute('/migrations', {
      signedInAs: MANON,
      mocks: [
        planMock(),
        listMock(),
        moveMock(OPODO, '2026-12-01T16:00:00.000Z', {
          errors: [
            {
              message: 'Invalid input: input.targetCutoverAt: the cutover cannot be before the contract is signed.',
              extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'input.targetCutoverAt', reason: 'the cutover cannot be before the contract is signed' }] },
            },
          ],
        }),
      ],
    });
    await page();
    await pickDay('Opodo', '1 December 2026');
    fireEvent.click(within(rowOf('Opodo')).getByRole('button', { name: 'Save the cutover of Opodo' }));
    expect(await within(rowOf('Opodo')).findByText('the cutover cannot be before the contract is signed')).toBeInTheDocument();
  });

  it('speaks French: labels, dates and money', async () => {
    renderRoute('/migrations', { signedInAs: MANON, mocks: [planMock(), listMock()] });
    await page();
    fireEvent.click(screen.getByRole('radio', { name: 'FR' }));
    expect(await screen.findByRole('region', { name: 'Le plan en chiffres' })).toBeInTheDocument();
    const dark = screen.getByRole('region', { name: '1 client restera dans le noir' });
    expect(dark).toHaveTextContent(/15\s000,00\s€ \/ mois en jeu/u);
    expect(dark).toHaveTextContent('prévue le 11 déc., 17:00');
    expect(screen.getByRole('region', { name: 'Le plan en chiffres' })).toHaveTextContent('Resteraient dans le noir1');
    expect(within(rowOf('Opodo')).getByRole('button', { name: 'Bascule cible de Opodo' })).toHaveTextContent('4 déc. 2026');
    expect(screen.getByRole('link', { name: 'Migrations' })).toBeInTheDocument();
  });

  it('says when there is nothing to plan yet', async () => {
    renderRoute('/migrations', { signedInAs: MANON, mocks: [planMock([]), listMock([])] });
    await page();
    expect(figures()).toHaveTextContent('Planned0');
    // The plan and the list are two queries: wait for each.
    expect(await screen.findByText('No migration to plan.', {}, { timeout: 5000 })).toBeInTheDocument();
    expect(await screen.findByText('No migration yet: a customer’s migration appears when it accepts a proposal.', {}, { timeout: 5000 })).toBeInTheDocument();
  });

  it('says what went wrong, and can try again', async () => {
    renderRoute('/migrations', {
      signedInAs: MANON,
      mocks: [
        { request: { query: MigrationPlanDocument, variables: { campaignId: 'camp-kpn' } }, result: { errors: [{ message: 'Boom.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] } },
        listMock(),
        planMock(),
      ],
    });
    expect(await screen.findByRole('alert', {}, { timeout: 5000 })).toHaveTextContent('Could not load the migration plan: Boom.');
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await page();
    expect(figures()).toHaveTextContent('Planned3');
  });

  it('is for managers: a rep is turned away and has no link to it', async () => {
    renderRoute('/migrations', { signedInAs: ALICE });
    expect(await screen.findByRole('heading', { name: 'You may not do this.' }, { timeout: 5000 })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Migrations' })).not.toBeInTheDocument();
  });
});
