import { DEFAULT_CAMPAIGN_SETTINGS, resolveCampaignSettings } from './campaign-settings';
import { cycleFeasibility, type SegmentCycleFit } from './cycle-feasibility';
import { stageDueAt } from './deadlines';
import { SEGMENTS, type Segment } from './vocabulary';

const settings = DEFAULT_CAMPAIGN_SETTINGS;
const at = (iso: string) => new Date(iso);
// Today is Monday 10 June 2002, 09:00 Paris.
const now = at('2002-06-10T09:00:00+02:00');

function bySegment(fits: SegmentCycleFit[]): Record<Segment, SegmentCycleFit> {
  return Object.fromEntries(fits.map((f) => [f.segment, f])) as Record<Segment, SegmentCycleFit>;
}

describe('KPNQwest may go dark on Saturday 22 June 09:00 (12 days): the default cycle (2 + 5 + 5 business days) no longer fits', () => {
  const result = cycleFeasibility({ now, shutdownExpectedAt: at('2002-06-22T09:00:00+02:00'), settings });
  const fit = bySegment(result.segments);

  it('is not feasible, for every segment, though the shutdown is ahead', () => {
    expect(result.feasible).toBe(false);
    expect(result.shutdownPassed).toBe(false);
    expect(result.cycleBusinessDays).toBe(12);
    expect(result.unmet.map((f) => f.segment)).toEqual([...SEGMENTS]);
  });

  it('enterprise VPN (sign by Wednesday 12 June): first contact fits, the proposal within the week does not; the cycle is 10 business days short', () => {
    const vpn = fit.enterprise_vpn;
    expect(vpn.signingDeadline).toEqual(at('2002-06-12T09:00:00+02:00'));
    expect(vpn.migrationFits).toBe(true);
    expect(vpn.migrationShortByDays).toBe(0);
    expect(vpn.businessDaysLeft).toBe(2);
    expect(vpn.firstUnmet).toBe('proposal');
    expect(vpn.steps.map((s) => [s.step, s.businessDays, s.fits, s.shortByBusinessDays])).toEqual([
      ['first_contact', 2, true, 0],
      ['proposal', 7, false, 5],
      ['signature', 12, false, 10],
    ]);
    expect(vpn.steps[1].dueAt).toEqual(at('2002-06-19T09:00:00+02:00'));
    expect(vpn.shortByBusinessDays).toBe(10);
  });

  it('small web customers (sign by Wednesday 19 June): contact and proposal fit, the signature the week after is 5 business days short', () => {
    expect(fit.smb_web.firstUnmet).toBe('signature');
    expect(fit.smb_web.businessDaysLeft).toBe(7);
    expect(fit.smb_web.shortByBusinessDays).toBe(5);
  });

  it('colocation (deadline on Saturday 15 June) has 4 business days left: the proposal is 3 short', () => {
    expect(fit.colocation.businessDaysLeft).toBe(4);
    expect(fit.colocation.firstUnmet).toBe('proposal');
    expect(fit.colocation.steps[1].shortByBusinessDays).toBe(3);
  });

  it('no migration lead time would make the whole cycle fit: it ends Wednesday 26 June, after the shutdown', () => {
    expect(result.leadDaysThatFit).toBeNull();
  });

  it('agrees with stageDueAt: the proposal step of a VPN deal would be capped at its signing deadline', () => {
    const capped = stageDueAt({ stage: 'contacted', stageEnteredAt: fit.enterprise_vpn.steps[0].dueAt, segment: 'enterprise_vpn', shutdownExpectedAt: at('2002-06-22T09:00:00+02:00'), settings });
    expect(capped?.getTime()).toBeLessThan(fit.enterprise_vpn.steps[1].dueAt.getTime());
  });
});

describe('the shutdown 30 days ahead (Wednesday 10 July): everything fits', () => {
  const shutdownExpectedAt = at('2002-07-10T09:00:00+02:00');

  it('is feasible, with nothing unmet', () => {
    const result = cycleFeasibility({ now, shutdownExpectedAt, settings });
    expect(result.feasible).toBe(true);
    expect(result.unmet).toEqual([]);
    expect(result.segments.every((f) => f.firstUnmet === null && f.shortByBusinessDays === 0)).toBe(true);
  });

  it('says a migration lead time of up to 14 days would still fit (the cycle ends Wednesday 26 June)', () => {
    expect(cycleFeasibility({ now, shutdownExpectedAt, settings }).leadDaysThatFit).toBe(14);
  });

  it('a 20-day VPN lead time breaks the signature only, by 4 business days', () => {
    const custom = resolveCampaignSettings({ migrationLeadDays: { enterprise_vpn: 20 } });
    const result = cycleFeasibility({ now, shutdownExpectedAt, settings: custom, segments: ['enterprise_vpn', 'smb_web'] });
    expect(result.segments.map((f) => f.segment)).toEqual(['enterprise_vpn', 'smb_web']);
    expect(result.unmet.map((f) => [f.segment, f.firstUnmet, f.shortByBusinessDays])).toEqual([['enterprise_vpn', 'signature', 4]]);
  });
});

describe('the shutdown 5 days ahead (Saturday 15 June): the migration lead time itself does not fit', () => {
  const result = cycleFeasibility({ now, shutdownExpectedAt: at('2002-06-15T09:00:00+02:00'), settings });
  const fit = bySegment(result.segments);

  it('enterprise VPN had to sign by Wednesday 5 June: every deal is overdue today, the lead time is 5 days too long', () => {
    expect(fit.enterprise_vpn.migrationFits).toBe(false);
    expect(fit.enterprise_vpn.firstUnmet).toBe('migration_lead_time');
    expect(fit.enterprise_vpn.migrationShortByDays).toBe(5);
    expect(fit.enterprise_vpn.businessDaysLeft).toBe(-3);
    expect(fit.enterprise_vpn.steps.every((s) => !s.fits)).toBe(true);
    expect(fit.enterprise_vpn.shortByBusinessDays).toBe(15);
  });

  it('a deadline exactly now counts as passed (a day short)', () => {
    const exact = cycleFeasibility({ now, shutdownExpectedAt: at('2002-06-15T09:00:00+02:00'), settings: resolveCampaignSettings({ migrationLeadDays: { hosting: 5 } }), segments: ['hosting'] });
    expect(exact.segments[0].signingDeadline).toEqual(now);
    expect(exact.segments[0].firstUnmet).toBe('migration_lead_time');
    expect(exact.segments[0].migrationShortByDays).toBe(1);
  });

  it('small web customers (3 days) still have until Wednesday 12 June: first contact fits, the proposal does not', () => {
    expect(fit.smb_web.migrationFits).toBe(true);
    expect(fit.smb_web.firstUnmet).toBe('proposal');
  });
});

describe('other cases', () => {
  it('no shutdown date: nothing to miss', () => {
    expect(cycleFeasibility({ now, shutdownExpectedAt: null, settings })).toEqual({
      feasible: true,
      shutdownPassed: false,
      cycleBusinessDays: 12,
      leadDaysThatFit: null,
      segments: [],
      unmet: [],
    });
  });

  it('a shutdown date already past says so', () => {
    const result = cycleFeasibility({ now, shutdownExpectedAt: at('2002-06-07T18:00:00+02:00'), settings });
    expect(result.shutdownPassed).toBe(true);
    expect(result.unmet.every((f) => f.firstUnmet === 'migration_lead_time')).toBe(true);
  });

  it('shorter stages (1 + 2 + 2) fit a 12-day shutdown for small web and hosting customers (up to 5 days of lead time), not colocation (7)', () => {
    const quick = resolveCampaignSettings({ stageDueBusinessDays: { identified: 1, contacted: 2, proposal_sent: 2 } });
    const result = cycleFeasibility({ now, shutdownExpectedAt: at('2002-06-22T09:00:00+02:00'), settings: quick, segments: ['smb_web', 'hosting', 'colocation'] });
    expect(result.cycleBusinessDays).toBe(5);
    expect(result.leadDaysThatFit).toBe(5);
    expect(result.unmet.map((f) => [f.segment, f.firstUnmet])).toEqual([['colocation', 'signature']]);
  });

  it('refuses an invalid date', () => {
    expect(() => cycleFeasibility({ now: new Date('nope'), shutdownExpectedAt: null, settings })).toThrow(/now/);
    expect(() => cycleFeasibility({ now, shutdownExpectedAt: new Date('nope'), settings })).toThrow(/shutdownExpectedAt/);
  });
});
