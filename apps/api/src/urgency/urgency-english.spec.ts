import { computeUrgency, type UrgencyInput } from '@lifeboat/domain';
import { wordInEnglish } from './urgency-english';

/**
 * The deprecated `UrgencyFactor.reason`: the English words integrations have always read, now
 * written by the api from the domain's codes and parameters (the domain no longer words them).
 */
const at = (iso: string) => new Date(iso);
const now = at('2002-06-07T10:00:00+02:00');
const inDays = (d: number) => new Date(now.getTime() + d * 86_400_000);
const words = (input: UrgencyInput, names = { rival: 'KPNQwest', account: 'Euronext' }) =>
  wordInEnglish(computeUrgency({ currency: 'EUR', ...input }).factors, names).map((f) => f.reason);

const base: UrgencyInput = {
  now,
  timeZone: 'Europe/Paris',
  rival: { health: 'liquidating', shutdownExpectedAt: inDays(4.5) },
  account: { monthlySpend: 6_000_000, countries: ['FR', 'NL', 'BE', 'PT', 'GB'], hasBackupProvider: false, rivalIsPrincipalOperator: false },
  stage: 'contacted',
  lastContactAt: at('2002-06-06T15:00:00+02:00'),
};

describe('the English words of urgency factors (deprecated UrgencyFactor.reason)', () => {
  it('words Euronext’s factors as before', () => {
    expect(words(base)).toEqual([
      "KPNQwest's network may go dark in 4 days", // 4.5 days: whole days, rounded down (issue #20)
      'Euronext has no backup provider: if KPNQwest goes dark, so does it',
      'Spends €60,000.00 a month with KPNQwest',
      'Spans 5 countries (BE, FR, GB, NL, PT): a multi-country migration takes longer',
    ]);
  });

  it('words the principal operator, the days without contact and a shutdown now or passed', () => {
    const aol = { rival: 'KPNQwest', account: 'AOL Europe' };
    const principal = { ...base, account: { ...base.account, hasBackupProvider: true, rivalIsPrincipalOperator: true, countries: [] } };
    expect(words({ ...principal, stage: 'identified', lastContactAt: null, createdAt: at('2002-06-03T09:00:00+02:00') }, aol)).toEqual([
      "KPNQwest's network may go dark in 4 days", // 4.5 days: whole days, rounded down (issue #20)
      'Spends €60,000.00 a month with KPNQwest',
      'Never contacted, 4 business days after it was added',
      "KPNQwest is AOL Europe's principal operator",
    ]);
    expect(words({ ...principal, lastContactAt: null, createdAt: null }, { rival: 'KPNQwest', account: 'Lycos Networks' })).toContain(
      "KPNQwest is Lycos Networks' principal operator",
    );
    expect(words({ ...principal, lastContactAt: at('2002-05-24T09:00:00+02:00') })).toContain('No contact for 10 business days');
    expect(words({ ...principal, lastContactAt: null, createdAt: null })).toContain('Never contacted');
    expect(words({ ...base, rival: { health: 'shut_down', shutdownExpectedAt: inDays(-1) } }, { rival: 'KPNQwest', account: 'Hewlett-Packard' })[0]).toBe(
      "KPNQwest's network has gone dark and Hewlett-Packard is not migrated yet",
    );
    expect(words({ ...base, rival: { health: 'liquidating', shutdownExpectedAt: inDays(0.5) } })[0]).toBe("KPNQwest's network may go dark within a day");
    // Whole days rounded down, as the screens' countdowns count (issue #20): 12 days and 23 hours is 12 days, not 13.
    expect(words({ ...base, rival: { health: 'liquidating', shutdownExpectedAt: inDays(12.99) } })[0]).toBe("KPNQwest's network may go dark in 12 days");
  });

  it('words a rival with no shutdown date', () => {
    const noDate = { ...base, account: { ...base.account, hasBackupProvider: true, countries: [] } };
    expect(words({ ...noDate, rival: { health: 'liquidating', shutdownExpectedAt: null } })[0]).toBe('KPNQwest is being liquidated and no shutdown date is known');
    expect(words({ ...noDate, rival: { health: 'insolvent', shutdownExpectedAt: null } })[0]).toBe('KPNQwest is insolvent and no shutdown date is known');
  });
});
