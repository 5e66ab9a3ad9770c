import * as fc from 'fast-check';
import { isBusinessDay } from './business-calendar';
import { DEFAULT_CAMPAIGN_SETTINGS } from './campaign-settings';
import { isOverdue, signingDeadline, stageDueAt } from './deadlines';
import { SEGMENTS, STAGES } from './vocabulary';

const settings = DEFAULT_CAMPAIGN_SETTINGS;
const at = (iso: string) => new Date(iso);

// KPNQwest, June 2002: today is Monday 10 June, 09:00 Paris; the network may go dark in 12 days,
// on Saturday 22 June at 09:00.
const monday = at('2002-06-10T09:00:00+02:00');
const shutdown = at('2002-06-22T09:00:00+02:00');

describe('KPNQwest goes dark on Saturday 22 June 2002: signing deadlines by segment', () => {
  it('enterprise VPN (10 days of lead time) must sign by Wednesday 12 June 09:00', () => {
    expect(signingDeadline({ shutdownExpectedAt: shutdown, segment: 'enterprise_vpn', settings })).toEqual(
      at('2002-06-12T09:00:00+02:00'),
    );
  });

  it('small web customers (3 days) by Wednesday 19 June 09:00', () => {
    expect(signingDeadline({ shutdownExpectedAt: shutdown, segment: 'smb_web', settings })).toEqual(
      at('2002-06-19T09:00:00+02:00'),
    );
  });

  it('no shutdown date, no signing deadline', () => {
    expect(signingDeadline({ shutdownExpectedAt: null, segment: 'hosting', settings })).toBeNull();
  });
});

describe('Euronext entered "contacted" on Monday 10 June 09:00: five business days, capped by the deadline', () => {
  const due = (segment: (typeof SEGMENTS)[number]) =>
    stageDueAt({ stage: 'contacted', stageEnteredAt: monday, segment, shutdownExpectedAt: shutdown, settings });

  it('a small web customer is due Monday 17 June 09:00 (five business days; the deadline is later)', () => {
    expect(due('smb_web')).toEqual(at('2002-06-17T09:00:00+02:00'));
  });

  it('a hosting customer is due Monday 17 June 09:00, exactly its signing deadline', () => {
    expect(due('hosting')).toEqual(at('2002-06-17T09:00:00+02:00'));
  });

  it('Euronext (enterprise VPN) is due at its signing deadline, Wednesday 12 June 09:00', () => {
    expect(due('enterprise_vpn')).toEqual(at('2002-06-12T09:00:00+02:00'));
  });

  it('a colocation customer, whose deadline falls on Saturday 15 June, is due Friday 14 June 23:59:59.999', () => {
    expect(due('colocation')).toEqual(at('2002-06-14T23:59:59.999+02:00'));
  });
});

describe('a deal identified on Saturday 8 June 15:00 is due Wednesday 12 June 00:00 (two business days from Monday)', () => {
  it('counts from Monday 00:00 local', () => {
    expect(
      stageDueAt({
        stage: 'identified',
        stageEnteredAt: at('2002-06-08T15:00:00+02:00'),
        segment: 'smb_web',
        shutdownExpectedAt: null,
        settings,
      }),
    ).toEqual(at('2002-06-12T00:00:00+02:00'));
  });
});

describe('won and lost deals have no due time; overdue is strictly after the due time', () => {
  it('returns null for closed stages', () => {
    for (const stage of ['won', 'lost'] as const) {
      expect(stageDueAt({ stage, stageEnteredAt: monday, segment: 'hosting', shutdownExpectedAt: shutdown, settings })).toBeNull();
    }
  });

  it('isOverdue', () => {
    const dueAt = at('2002-06-12T09:00:00+02:00');
    expect(isOverdue(dueAt, at('2002-06-12T09:00:00+02:00'))).toBe(false);
    expect(isOverdue(dueAt, at('2002-06-12T09:00:00.001+02:00'))).toBe(true);
    expect(isOverdue(null, at('2030-01-01T00:00:00Z'))).toBe(false);
  });
});

describe('property: due times never fall on a weekend nor after the signing deadline', () => {
  it('holds for any stage, entry time, segment and shutdown date', () => {
    const instants = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2040-01-01T00:00:00Z'), noInvalidDate: true });
    fc.assert(
      fc.property(
        fc.constantFrom(...STAGES),
        instants,
        fc.constantFrom(...SEGMENTS),
        fc.option(fc.integer({ min: -30 * 24, max: 120 * 24 }), { nil: null }),
        fc.constantFrom('Europe/Paris', 'America/New_York'),
        (stage, enteredAt, segment, shutdownHoursAfter, timeZone) => {
          const shutdownExpectedAt = shutdownHoursAfter === null ? null : new Date(enteredAt.getTime() + shutdownHoursAfter * 3_600_000);
          const campaign = { ...settings, timeZone };
          const dueAt = stageDueAt({ stage, stageEnteredAt: enteredAt, segment, shutdownExpectedAt, settings: campaign });
          if (stage === 'won' || stage === 'lost') {
            expect(dueAt).toBeNull();
            return;
          }
          expect(dueAt).not.toBeNull();
          expect(isBusinessDay(dueAt as Date, timeZone)).toBe(true);
          const deadline = signingDeadline({ shutdownExpectedAt, segment, settings: campaign });
          if (deadline !== null) expect((dueAt as Date).getTime()).toBeLessThanOrEqual(deadline.getTime());
        },
      ),
    );
  });
});
