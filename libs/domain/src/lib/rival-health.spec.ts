import * as fc from 'fast-check';
import { DomainRuleError } from './domain-error';
import { applyDistressEvent, worseHealth, type DistressEventInput, type RivalState } from './rival-health';
import { DISTRESS_KINDS, RIVAL_HEALTHS } from './vocabulary';

const at = (iso: string) => new Date(iso);

describe('KPNQwest, spring 2002: from payment default to a dark network', () => {
  const operating: RivalState = { health: 'operating', shutdownExpectedAt: null };

  it('a payment default makes it insolvent, with no shutdown date yet', () => {
    expect(applyDistressEvent(operating, { kind: 'payment_default', occurredAt: at('2002-05-22T10:00:00Z'), severity: 5 })).toEqual({
      health: 'insolvent',
      shutdownExpectedAt: null,
      changes: ['Health: operating → insolvent (payment default)'],
    });
  });

  it('the court hearing keeps it insolvent and changes nothing', () => {
    const insolvent: RivalState = { health: 'insolvent', shutdownExpectedAt: null };
    expect(applyDistressEvent(insolvent, { kind: 'court_hearing', occurredAt: at('2002-05-30T09:00:00Z'), severity: 4 })).toEqual({
      ...insolvent,
      changes: [],
    });
  });

  it('a liquidation order without a date: liquidating, and dark 14 days later', () => {
    const result = applyDistressEvent(
      { health: 'insolvent', shutdownExpectedAt: null },
      { kind: 'liquidation_ordered', occurredAt: at('2002-06-06T14:00:00Z'), severity: 5 },
    );
    expect(result.health).toBe('liquidating');
    expect(result.shutdownExpectedAt).toEqual(at('2002-06-20T14:00:00Z'));
    expect(result.changes).toEqual([
      'Health: insolvent → liquidating (liquidation ordered)',
      'Shutdown expected: none → 2002-06-20T14:00:00.000Z (liquidation ordered)',
    ]);
  });

  it('a liquidation order does not push back an earlier shutdown date', () => {
    const rival: RivalState = { health: 'insolvent', shutdownExpectedAt: at('2002-06-12T00:00:00Z') };
    const result = applyDistressEvent(rival, { kind: 'liquidation_ordered', occurredAt: at('2002-06-06T14:00:00Z'), severity: 5 });
    expect(result.shutdownExpectedAt).toEqual(at('2002-06-12T00:00:00Z'));
    expect(result.changes).toEqual(['Health: insolvent → liquidating (liquidation ordered)']);
  });

  it('a liquidation order with a stated date uses it when it is earlier', () => {
    const rival: RivalState = { health: 'liquidating', shutdownExpectedAt: at('2002-06-30T00:00:00Z') };
    const result = applyDistressEvent(rival, {
      kind: 'liquidation_ordered',
      occurredAt: at('2002-06-06T14:00:00Z'),
      severity: 5,
      shutdownAt: at('2002-06-22T07:00:00Z'),
    });
    expect(result.shutdownExpectedAt).toEqual(at('2002-06-22T07:00:00Z'));
  });

  it('a shutdown warning sets the official date, even later than the one expected (the court granted a delay)', () => {
    const rival: RivalState = { health: 'liquidating', shutdownExpectedAt: at('2002-06-20T14:00:00Z') };
    const result = applyDistressEvent(rival, {
      kind: 'shutdown_warning',
      occurredAt: at('2002-06-10T08:00:00Z'),
      severity: 5,
      shutdownAt: at('2002-06-22T07:00:00Z'),
    });
    expect(result).toEqual({
      health: 'liquidating',
      shutdownExpectedAt: at('2002-06-22T07:00:00Z'),
      changes: ['Shutdown expected: 2002-06-20T14:00:00.000Z → 2002-06-22T07:00:00.000Z (shutdown warning)'],
    });
  });

  it('a shutdown warning on an operating rival makes it at least liquidating', () => {
    const result = applyDistressEvent(operating, {
      kind: 'shutdown_warning',
      occurredAt: at('2002-06-10T08:00:00Z'),
      severity: 3,
      shutdownAt: at('2002-06-22T07:00:00Z'),
    });
    expect(result.health).toBe('liquidating');
  });

  it('a shutdown warning dated at or before the event means the network is dark: shut_down', () => {
    const result = applyDistressEvent(
      { health: 'liquidating', shutdownExpectedAt: at('2002-06-22T07:00:00Z') },
      { kind: 'shutdown_warning', occurredAt: at('2002-06-21T18:00:00Z'), severity: 5, shutdownAt: at('2002-06-21T18:00:00Z') },
    );
    expect(result.health).toBe('shut_down');
    expect(result.shutdownExpectedAt).toEqual(at('2002-06-21T18:00:00Z'));
  });

  it('once shut down, nothing changes: health and date are history', () => {
    const dark: RivalState = { health: 'shut_down', shutdownExpectedAt: at('2002-06-21T18:00:00Z') };
    expect(
      applyDistressEvent(dark, { kind: 'shutdown_warning', occurredAt: at('2002-06-25T08:00:00Z'), severity: 5, shutdownAt: at('2002-07-01T00:00:00Z') }),
    ).toEqual({ ...dark, changes: [] });
  });

  it('a shutdown warning repeating the same date changes nothing', () => {
    const rival: RivalState = { health: 'liquidating', shutdownExpectedAt: at('2002-06-22T07:00:00Z') };
    expect(
      applyDistressEvent(rival, { kind: 'shutdown_warning', occurredAt: at('2002-06-12T08:00:00Z'), severity: 5, shutdownAt: at('2002-06-22T07:00:00Z') }),
    ).toEqual({ ...rival, changes: [] });
  });
});

describe('AMEN, spring 2005: sold to Claranet, a strike, the outage of 12 April, a customer collective', () => {
  const operating: RivalState = { health: 'operating', shutdownExpectedAt: null };

  it('the acquisition by Claranet changes neither health nor date', () => {
    expect(applyDistressEvent(operating, { kind: 'acquisition_announced', occurredAt: at('2005-03-01T10:00:00Z'), severity: 2 })).toEqual({
      ...operating,
      changes: [],
    });
  });

  it('a minor strike (severity 3) changes nothing; a hard one (4) makes AMEN distressed', () => {
    expect(applyDistressEvent(operating, { kind: 'strike', occurredAt: at('2005-03-20T08:00:00Z'), severity: 3 }).health).toBe('operating');
    expect(applyDistressEvent(operating, { kind: 'strike', occurredAt: at('2005-03-28T08:00:00Z'), severity: 4 }).health).toBe('distressed');
  });

  it('the outage of 12 April (severity 5) keeps a distressed AMEN distressed', () => {
    const distressed: RivalState = { health: 'distressed', shutdownExpectedAt: null };
    expect(applyDistressEvent(distressed, { kind: 'outage', occurredAt: at('2005-04-12T06:00:00Z'), severity: 5 })).toEqual({
      ...distressed,
      changes: [],
    });
  });

  it('a customer collective or a press report makes an operating host distressed', () => {
    for (const kind of ['customer_collective', 'press_report'] as const) {
      expect(applyDistressEvent(operating, { kind, occurredAt: at('2005-04-20T10:00:00Z'), severity: 2 }).health).toBe('distressed');
    }
  });

  it('a press report citing a shutdown date brings the date earlier, never later', () => {
    const rival: RivalState = { health: 'distressed', shutdownExpectedAt: at('2005-06-30T00:00:00Z') };
    const event = (shutdownAt: Date): DistressEventInput => ({ kind: 'press_report', occurredAt: at('2005-04-20T10:00:00Z'), severity: 3, shutdownAt });
    expect(applyDistressEvent(rival, event(at('2005-05-31T00:00:00Z'))).shutdownExpectedAt).toEqual(at('2005-05-31T00:00:00Z'));
    expect(applyDistressEvent(rival, event(at('2005-07-31T00:00:00Z'))).shutdownExpectedAt).toEqual(at('2005-06-30T00:00:00Z'));
  });

  it('an insolvent rival does not become merely distressed', () => {
    expect(applyDistressEvent({ health: 'insolvent', shutdownExpectedAt: null }, { kind: 'press_report', occurredAt: at('2005-04-20T10:00:00Z'), severity: 5 }).health).toBe('insolvent');
  });
});

describe('events that are refused', () => {
  const rival: RivalState = { health: 'operating', shutdownExpectedAt: null };
  const occurredAt = at('2005-04-12T06:00:00Z');

  it('a shutdown warning without a date', () => {
    expect(() => applyDistressEvent(rival, { kind: 'shutdown_warning', occurredAt, severity: 5 })).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT', field: 'shutdownAt' }),
    );
  });

  it.each([0, 6, 2.5])('severity %d', (severity) => {
    expect(() => applyDistressEvent(rival, { kind: 'outage', occurredAt, severity })).toThrow(expect.objectContaining({ field: 'severity' }));
  });

  it('an unknown kind or an invalid date', () => {
    expect(() => applyDistressEvent(rival, { kind: 'alien_invasion' as never, occurredAt, severity: 1 })).toThrow(DomainRuleError);
    expect(() => applyDistressEvent(rival, { kind: 'outage', occurredAt: new Date(Number.NaN), severity: 1 })).toThrow(
      expect.objectContaining({ field: 'occurredAt' }),
    );
  });
});

describe('properties of rival health', () => {
  const instants = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2030-01-01T00:00:00Z'), noInvalidDate: true });
  const eventArb = fc.record({
    kind: fc.constantFrom(...DISTRESS_KINDS),
    occurredAt: instants,
    severity: fc.integer({ min: 1, max: 5 }),
    shutdownAt: fc.option(instants, { nil: null }),
  }).map((e) => (e.kind === 'shutdown_warning' && e.shutdownAt === null ? { ...e, shutdownAt: e.occurredAt } : e));
  const rivalArb = fc.record({ health: fc.constantFrom(...RIVAL_HEALTHS), shutdownExpectedAt: fc.option(instants, { nil: null }) });

  it('health never improves, and only a shutdown warning moves a date later', () => {
    fc.assert(
      fc.property(rivalArb, fc.array(eventArb, { maxLength: 10 }), (start, events) => {
        let rival: RivalState = start;
        for (const event of events) {
          const next = applyDistressEvent(rival, event);
          expect(RIVAL_HEALTHS.indexOf(next.health)).toBeGreaterThanOrEqual(RIVAL_HEALTHS.indexOf(rival.health));
          expect(worseHealth(rival.health, next.health)).toBe(next.health);
          if (event.kind !== 'shutdown_warning' && rival.shutdownExpectedAt !== null) {
            expect(next.shutdownExpectedAt).not.toBeNull();
            expect((next.shutdownExpectedAt as Date).getTime()).toBeLessThanOrEqual(rival.shutdownExpectedAt.getTime());
          }
          expect(next.changes.length > 0).toBe(
            next.health !== rival.health || next.shutdownExpectedAt?.getTime() !== rival.shutdownExpectedAt?.getTime(),
          );
          rival = next;
        }
      }),
    );
  });
});
