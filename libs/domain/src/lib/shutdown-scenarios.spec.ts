import { DEFAULT_CAMPAIGN_SETTINGS } from './campaign-settings';
import { DomainRuleError } from './domain-error';
import {
  assertScenario,
  CREDIBLE_SCENARIO_PERCENT,
  effectiveShutdownAt,
  governingScenario,
  isCredibleScenario,
  scenarioImpacts,
  type ScenarioCustomer,
} from './shutdown-scenarios';

const at = (iso: string) => new Date(iso);
// Monday 10 June 2002, 09:00 Paris: the court may order KPNQwest's liquidation this week.
const now = at('2002-06-10T09:00:00+02:00');
const liquidation = { id: 'b-liquidation', label: 'Liquidation ordered', goesDarkAt: at('2002-06-22T09:00:00+02:00'), probabilityPercent: 60 };
const delay = { id: 'c-delay', label: 'Delay granted', goesDarkAt: at('2002-07-01T09:00:00+02:00'), probabilityPercent: 30 };
const switchOff = { id: 'a-switch-off', label: 'Switched off at once', goesDarkAt: at('2002-06-12T09:00:00+02:00'), probabilityPercent: 10 };

describe('which scenario governs the shutdown date', () => {
  it('credible means at least 20 %', () => {
    expect(CREDIBLE_SCENARIO_PERCENT).toBe(20);
    expect(isCredibleScenario({ probabilityPercent: 20 })).toBe(true);
    expect(isCredibleScenario({ probabilityPercent: 19 })).toBe(false);
    expect(isCredibleScenario({ probabilityPercent: 19 }, 10)).toBe(true);
  });

  it('is the earliest credible scenario: an earlier one below 20 % does not move the deadlines', () => {
    expect(governingScenario([delay, switchOff, liquidation])).toBe(liquidation);
    expect(governingScenario([delay, switchOff, liquidation], 10)).toBe(switchOff);
  });

  it('on the same date, the more probable one governs, then the smaller id', () => {
    const same = { ...delay, id: 'z', goesDarkAt: liquidation.goesDarkAt, probabilityPercent: 30 };
    expect(governingScenario([same, liquidation])).toBe(liquidation);
    const twin = { ...liquidation, id: 'a-twin' };
    expect(governingScenario([liquidation, twin])).toBe(twin);
  });

  it('is none when no scenario is credible, and the rival keeps the date it has', () => {
    expect(governingScenario([switchOff])).toBeNull();
    expect(governingScenario([])).toBeNull();
    const current = at('2002-06-30T00:00:00Z');
    expect(effectiveShutdownAt([switchOff], current)).toBe(current);
    expect(effectiveShutdownAt([], null)).toBeNull();
    expect(effectiveShutdownAt([switchOff, delay, liquidation], current)).toEqual(liquidation.goesDarkAt);
  });
});

describe('a scenario as entered', () => {
  const field = (fn: () => void) => {
    try {
      fn();
    } catch (e) {
      expect(e).toBeInstanceOf(DomainRuleError);
      return (e as DomainRuleError).field;
    }
    return null;
  };
  const ok = { label: 'Delay granted', goesDarkAt: delay.goesDarkAt, probabilityPercent: 40, checkDate: true };

  it('is accepted with a label, a future date, a whole percent and a set within 100 %', () => {
    expect(field(() => assertScenario(ok, [{ probabilityPercent: 60 }, { probabilityPercent: 40 }], now))).toBeNull();
  });

  it('is refused naming the field: blank label, percent out of range or not whole, date not ahead, set above 100 %', () => {
    expect(field(() => assertScenario({ ...ok, label: '  ' }, [], now))).toBe('label');
    expect(field(() => assertScenario({ ...ok, probabilityPercent: 101 }, [], now))).toBe('probabilityPercent');
    expect(field(() => assertScenario({ ...ok, probabilityPercent: -1 }, [], now))).toBe('probabilityPercent');
    expect(field(() => assertScenario({ ...ok, probabilityPercent: 12.5 }, [], now))).toBe('probabilityPercent');
    expect(field(() => assertScenario({ ...ok, goesDarkAt: now }, [], now))).toBe('goesDarkAt');
    expect(field(() => assertScenario(ok, [{ probabilityPercent: 61 }, { probabilityPercent: 40 }], now))).toBe('probabilityPercent');
  });

  it('keeps a date that has passed when the edit does not change it', () => {
    expect(field(() => assertScenario({ ...ok, goesDarkAt: at('2002-06-01T00:00:00Z'), checkDate: false }, [], now))).toBeNull();
  });
});

describe('what goes dark in each scenario, and what a delay to 1 July would save', () => {
  const customers: ScenarioCustomer[] = [
    { segment: 'enterprise_vpn', monthlySpend: 1_000, state: 'migrated' },
    { segment: 'hosting', monthlySpend: 2_000, state: 'won', migrationId: 'm-b' },
    { segment: 'hosting', monthlySpend: 4_000, state: 'won', migrationId: 'm-c' },
    // 12 business days of cycle from today end on Wednesday 26 June.
    { segment: 'smb_web', monthlySpend: 8_000, state: 'open' }, // signs by 28 June for 1 July: fits
    { segment: 'enterprise_vpn', monthlySpend: 16_000, state: 'open' }, // signs by 21 June for 1 July: too late
    { segment: 'hosting', monthlySpend: 32_000, state: 'lost' },
    { segment: 'colocation', monthlySpend: 64_000, state: 'prospect' }, // signs by 24 June for 1 July: too late
  ];
  const placements = [
    { id: 'm-b', plannedCutoverAt: at('2002-06-14T17:00:00+02:00') },
    { id: 'm-c', plannedCutoverAt: at('2002-06-28T17:00:00+02:00') },
  ];
  const impacts = scenarioImpacts({ now, scenarios: [delay, liquidation, switchOff], customers, placements, settings: DEFAULT_CAMPAIGN_SETTINGS });
  const byId = Object.fromEntries(impacts.map((i) => [i.scenario.id, i]));

  it('lists the scenarios by date and marks the governing one', () => {
    expect(impacts.map((i) => [i.scenario.id, i.credible, i.governing])).toEqual([
      ['a-switch-off', false, false],
      ['b-liquidation', true, true],
      ['c-delay', true, false],
    ]);
  });

  it('liquidation on 22 June: the late migration, both open deals and the prospect cannot make it; the migrated, early and lost ones do not count', () => {
    expect(byId['b-liquidation']).toMatchObject({
      accountsGoingDark: 4,
      monthlySpendGoingDark: 4_000 + 8_000 + 16_000 + 64_000,
      migrationsTooLate: 1,
      openDeals: 2,
      outOfTime: 3,
      savedByDelay: null,
    });
  });

  it('switched off on 12 June (not credible): the early migration goes dark too; no saving is reckoned before the governing date', () => {
    expect(byId['a-switch-off']).toMatchObject({ accountsGoingDark: 5, migrationsTooLate: 2, savedByDelay: null });
  });

  it('delay to 1 July: the late migration is cut over and the web deal still fits; the VPN deal and the colocation prospect do not', () => {
    expect(byId['c-delay']).toMatchObject({
      accountsGoingDark: 2,
      monthlySpendGoingDark: 16_000 + 64_000,
      migrationsTooLate: 0,
      openDeals: 2,
      outOfTime: 2,
      savedByDelay: { accounts: 2, monthlySpend: 4_000 + 8_000 },
    });
  });

  it('counts a line standing for many customers as many (the api groups them by segment and state)', () => {
    const grouped: ScenarioCustomer[] = [
      { segment: 'smb_web', monthlySpend: 8_000 * 3, state: 'open', accounts: 3 },
      { segment: 'enterprise_vpn', monthlySpend: 16_000 * 2, state: 'open', accounts: 2 },
      { segment: 'hosting', monthlySpend: 4_000, state: 'won', migrationId: 'm-c' },
    ];
    const [, liquidationNow, delayNow] = scenarioImpacts({ now, scenarios: [delay, liquidation, switchOff], customers: grouped, placements, settings: DEFAULT_CAMPAIGN_SETTINGS });
    expect(liquidationNow).toMatchObject({ accountsGoingDark: 6, monthlySpendGoingDark: 24_000 + 32_000 + 4_000, openDeals: 5, outOfTime: 5, migrationsTooLate: 1 });
    expect(delayNow).toMatchObject({ accountsGoingDark: 2, outOfTime: 2, savedByDelay: { accounts: 4, monthlySpend: 24_000 + 4_000 } });
  });

  it('without a credible scenario nothing governs and no saving is reckoned', () => {
    const alone = scenarioImpacts({ now, scenarios: [switchOff], customers, placements, settings: DEFAULT_CAMPAIGN_SETTINGS });
    expect(alone).toHaveLength(1);
    expect(alone[0]).toMatchObject({ governing: false, savedByDelay: null, accountsGoingDark: 5 });
  });
});
