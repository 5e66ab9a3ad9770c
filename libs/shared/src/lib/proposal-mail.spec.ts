import { proposalMail, proposalMailSubject } from './proposal-mail';

const values = {
  customerName: 'Opodo',
  contactName: 'Anne Lefèvre',
  campaignName: 'KPNQwest takeover',
  senderName: 'Alice Martin',
  monthlyTotal: 950_000,
  oneTimeTotal: 120_000,
  switchCredit: 300_000,
  currency: 'EUR',
  termMonths: 24,
  validUntil: '2026-12-10T17:00:00.000Z',
  timeZone: 'Europe/Paris',
  link: 'https://lifeboat.example.com/accept/tok-123',
};

describe('the proposal email', () => {
  it('gives the essentials in English, with the validity in the campaign’s time zone and the link', () => {
    const { subject, text } = proposalMail('en', values);
    expect(subject).toBe('Our offer for Opodo: €9,500.00 a month over 24 months');
    expect(text).toContain('Hello Anne Lefèvre,');
    expect(text).toContain('• Monthly charge: €9,500.00 excl. tax');
    expect(text).toContain('• Term: 24 months');
    expect(text).toContain('• One-time fees: €1,200.00 excl. tax');
    expect(text).toContain('• Switch credit: €3,000.00 off your first invoices');
    expect(text).toMatch(/• Valid until Thursday,? 10 December 2026 at 18:00 CET\n/);
    expect(text).toContain('\nhttps://lifeboat.example.com/accept/tok-123\n');
    expect(text.endsWith('Alice Martin\nKPNQwest takeover')).toBe(true);
  });

  it('writes French with its typography (a space before the colon, French number and date formats)', () => {
    const { subject, text } = proposalMail('fr', values);
    expect(subject).toBe('Notre offre pour Opodo : 9\u202f500,00\u00a0€ par mois sur 24 mois');
    expect(text).toContain('Comme convenu, voici notre offre pour Opodo :');
    expect(text).toContain('• Mensualité : 9\u202f500,00\u00a0€ HT');
    expect(text).toContain('• Frais uniques : 1\u202f200,00\u00a0€ HT');
    expect(text).toContain('• Crédit de bascule : 3\u202f000,00\u00a0€ déduit de vos premières factures');
    expect(text).toContain('• Offre valable jusqu’au jeudi 10 décembre 2026 à 18:00 UTC+1');
    expect(text).toContain('Bien cordialement,\nAlice Martin');
  });

  it('leaves out what does not apply, and says “month” for one', () => {
    const { text } = proposalMail('en', { ...values, oneTimeTotal: 0, switchCredit: 0, termMonths: 1 });
    expect(text).not.toMatch(/One-time|Switch credit/);
    expect(text).toContain('• Term: 1 month');
    expect(proposalMailSubject('en', { ...values, termMonths: 1 })).toBe('Our offer for Opodo: €9,500.00 a month over 1 month');
  });
});
