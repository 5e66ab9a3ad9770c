import { DomainRuleError } from './domain-error';
import { formatMergeDate, formatMergeMoney, MERGE_FIELD_HELP, MERGE_FIELDS, parseTemplate, renderTemplate, unsubscribeFooter } from './outreach-template';

const refusal = (fn: () => unknown): DomainRuleError => {
  try {
    fn();
  } catch (e) {
    if (e instanceof DomainRuleError) return e;
    throw e;
  }
  throw new Error('expected a refusal');
};

describe('outreach templates', () => {
  it('fills each merge field, spaces inside the braces allowed, and lists the fields used once each', () => {
    const t = parseTemplate('Dear {{ contactName }}, {{accountName}} relies on {{rivalName}} until {{shutdownDate}}. {{contactName}}', 'input.body');
    expect(t.fields).toEqual(['contactName', 'accountName', 'rivalName', 'shutdownDate']);
    expect(renderTemplate(t, { contactName: 'Sophie', accountName: 'Opodo', rivalName: 'KPNQwest', shutdownDate: '12 June 2002' })).toBe(
      'Dear Sophie, Opodo relies on KPNQwest until 12 June 2002. Sophie',
    );
  });

  it('refuses an unknown field, naming it and the input, and an unclosed one', () => {
    const unknown = refusal(() => parseTemplate('Hello {{firstName}}', 'input.body'));
    expect(unknown.code).toBe('INVALID_ARGUMENT');
    expect(unknown.field).toBe('input.body');
    expect(unknown.message).toContain('{{firstName}}');
    expect(unknown.message).toContain('{{contactName}}');
    const open = refusal(() => parseTemplate('Hello {{contactName', 'input.subject'));
    expect(open.field).toBe('input.subject');
    expect(open.message).toMatch(/never closed/);
  });

  it('writes a literal {{ when escaped, and leaves single braces alone', () => {
    const t = parseTemplate('Use \\{{contactName}} or {braces}', 'input.body');
    expect(t.fields).toEqual([]);
    expect(renderTemplate(t, {})).toBe('Use {{contactName}} or {braces}');
  });

  it('refuses to render a field with no value for the recipient, naming the field', () => {
    const t = parseTemplate('Your offer: {{offerLink}}', 'input.body');
    expect(refusal(() => renderTemplate(t, { offerLink: null })).field).toBe('offerLink');
  });

  it('keeps a subject on one line whatever the values hold (no header injection)', () => {
    const t = parseTemplate('For {{accountName}}', 'input.subject');
    expect(renderTemplate(t, { accountName: 'Evil\r\nBcc: all@example.test' }, { oneLine: true })).toBe('For Evil Bcc: all@example.test');
  });

  it('formats dates and amounts in the recipient’s language (French with non-breaking spaces)', () => {
    const at = new Date('2027-01-12T10:00:00Z');
    expect(formatMergeDate(at, 'en', 'Europe/Paris')).toBe('12 January 2027');
    expect(formatMergeDate(at, 'fr', 'Europe/Paris')).toBe('12 janvier 2027');
    expect(formatMergeMoney(123450, 'EUR', 'en')).toBe('€1,234.50');
    expect(formatMergeMoney(123450, 'EUR', 'fr').replace(/[\u00a0\u202f]/g, ' ')).toBe('1 234,50 €');
    expect(formatMergeMoney(123450, 'EUR', 'fr')).not.toContain('1 234');
  });

  it('writes a date on the calendar of the given time zone (the campaign’s)', () => {
    // 23:30 UTC on 12 January is already the 13th in Paris, still the 12th in New York.
    const at = new Date('2027-01-12T23:30:00Z');
    expect(formatMergeDate(at, 'en', 'Europe/Paris')).toBe('13 January 2027');
    expect(formatMergeDate(at, 'en', 'America/New_York')).toBe('12 January 2027');
    expect(formatMergeDate(at, 'fr', 'Asia/Tokyo')).toBe('13 janvier 2027');
  });

  it('ends each mail with an unsubscribe line in its language (French typography)', () => {
    expect(unsubscribeFooter('en', 'https://x/u/t')).toContain('To stop receiving these messages: https://x/u/t');
    expect(unsubscribeFooter('fr', 'https://x/u/t')).toContain('messages\u00a0: https://x/u/t');
  });

  it('documents every field in both languages', () => {
    for (const lang of ['en', 'fr'] as const) expect(Object.keys(MERGE_FIELD_HELP[lang]).sort()).toEqual([...MERGE_FIELDS].sort());
  });
});
