import { digestText, formatLocal, formatMoneyIn, stageName, texts, type Locale, type Text } from './notification-texts';

/**
 * Every notification kind and the morning digest, rendered for a French user: no sentence of it
 * may be the English one (once names and numbers are taken out), and numbers, money, dates and
 * stages are in French.
 */
const NAMES = ['Euronext', 'Hewlett-Packard', 'KPNQwest takeover', 'Manon Leroy', 'Jeanne Martin', 'CIO', 'Le prix est trop bas.', 'The price is too low.'];
const zone = 'Europe/Paris';
const due = new Date('2002-06-10T16:00:00Z');

/** Each kind rendered in a language, from the same values. */
const KINDS: Record<string, (l: Locale) => Text> = {
  overdue: (l) => texts.overdue(l, { account: 'Euronext', stage: stageName('contacted', l), due: formatLocal(due, l, zone) }),
  unassignedOverdue: (l) => texts.unassignedOverdue(l, { account: 'Euronext', stage: stageName('identified', l), due: formatLocal(due, l, zone) }),
  escalated: (l) => texts.escalated(l, { account: 'Euronext', owner: 'Manon Leroy', due: formatLocal(due, l, zone), graceHours: 4 }),
  assigned: (l) => texts.assigned(l, { account: 'Euronext', by: 'Manon Leroy' }),
  bulkAssigned: (l) => texts.bulkAssigned(l, { count: 1250, by: 'Manon Leroy' }),
  bulkAssignedOne: (l) => texts.bulkAssigned(l, { count: 1, by: 'Manon Leroy' }),
  proposalApprovalRequested: (l) =>
    texts.proposalApprovalRequested(l, { account: 'Euronext', by: 'Manon Leroy', percent: 12.5, level: 'manager', monthly: formatMoneyIn(1_040_000, 'EUR', l), termMonths: 12 }),
  proposalApprovalRequestedAdmin: (l) =>
    texts.proposalApprovalRequested(l, { account: 'Euronext', by: 'Manon Leroy', percent: 30, level: 'admin', monthly: formatMoneyIn(1_040_000, 'EUR', l), termMonths: 24 }),
  proposalApproved: (l) => texts.proposalApproved(l, { account: 'Euronext', by: 'Manon Leroy', percent: 12.5 }),
  proposalRejected: (l) => texts.proposalRejected(l, { account: 'Euronext', by: 'Manon Leroy', why: l === 'fr' ? 'Le prix est trop bas.' : 'The price is too low.' }),
  proposalAccepted: (l) => texts.proposalAccepted(l, { account: 'Euronext', signer: 'Jeanne Martin', signerTitle: 'CIO' }),
  proposalExpired: (l) => texts.proposalExpired(l, { account: 'Euronext', validUntil: formatLocal(due, l, zone) }),
  digest: (l) =>
    digestText(l, {
      campaign: 'KPNQwest takeover',
      zone,
      overdue: [{ account: 'Euronext', stage: 'proposal_sent', dueAt: due }],
      dueToday: [{ account: 'Hewlett-Packard', stage: 'negotiating', dueAt: due }],
      assigned: [texts.assigned(l, { account: 'Euronext', by: 'Manon Leroy' }).title],
      proposals: [
        { account: 'Euronext', status: 'approved' },
        { account: 'Hewlett-Packard', status: 'draft' },
      ],
    }),
  emptyDigest: (l) => digestText(l, { campaign: 'KPNQwest takeover', zone, overdue: [], dueToday: [], assigned: [], proposals: [] }),
};

/** The sentences of a text without its names and numbers: what must be translated. */
function sentences(text: Text): string[] {
  let words = `${text.title}\n${text.body}`;
  for (const name of NAMES) words = words.split(name).join(' ');
  return words
    .replace(/[\d\s.,:;!?()•—%€«»“”"’'-]+/gu, (m) => (/[.:;!?\n]/.test(m) ? '\n' : ' '))
    .split('\n')
    .map((s) => s.trim().toLowerCase())
    .filter((s) => /\p{L}{2,}/u.test(s));
}

describe('notifications and the digest in the recipient’s language', () => {
  it.each(Object.keys(KINDS))('%s: no English sentence in the French text', (kind) => {
    const en = KINDS[kind]('en');
    const fr = KINDS[kind]('fr');
    const english = new Set(sentences(en));
    expect(english.size).toBeGreaterThan(0);
    expect(sentences(fr).filter((s) => english.has(s))).toEqual([]);
    expect(fr.title).not.toBe(en.title);
  });

  it('numbers, money, dates and stages in French', () => {
    expect(KINDS['bulkAssigned']('fr').title).toBe(`${(1250).toLocaleString('fr-FR')} nouveaux comptes`);
    const approval = KINDS['proposalApprovalRequested']('fr');
    expect(approval.title).toContain('12,5 %');
    expect(approval.body).toContain(formatMoneyIn(1_040_000, 'EUR', 'fr'));
    expect(approval.body).toMatch(/10\s400,00\s€/u);
    expect(KINDS['proposalExpired']('fr').body).toContain('lun. 10 juin');
    expect(KINDS['digest']('fr').body).toContain('proposition envoyée');
    expect(KINDS['digest']('fr').body).not.toContain('proposal_sent');
  });

  it('the English texts stay as they were', () => {
    expect(KINDS['proposalApproved']('en')).toEqual({ title: 'Proposal for Euronext approved', body: 'Manon Leroy approved the 12.5 % discount: you can send it.' });
    expect(KINDS['proposalAccepted']('en')).toEqual({
      title: 'Euronext signed',
      body: 'Jeanne Martin, CIO, accepted the proposal. The deal is won and its migration is planned.',
    });
    expect(KINDS['proposalApprovalRequested']('en').body).toBe('Manon Leroy asks for manager approval: €10,400.00 a month over 12 months.');
  });
});
