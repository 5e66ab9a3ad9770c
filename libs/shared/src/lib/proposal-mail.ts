/**
 * The email that carries a proposal's acceptance link to the customer, in French or English. One
 * function for the api (which sends it) and the web app (which previews its subject), so the
 * preview is what leaves. Plain text: it reads the same in every mail client and nothing in it is
 * fetched from elsewhere.
 */
export const PROPOSAL_MAIL_LANGUAGES = ['en', 'fr'] as const;
export type ProposalMailLanguage = (typeof PROPOSAL_MAIL_LANGUAGES)[number];

const INTL: Record<ProposalMailLanguage, string> = { en: 'en-GB', fr: 'fr-FR' };

export interface ProposalMailValues {
  /** The customer (the account's name). */
  customerName: string;
  /** Who it is addressed to. */
  contactName: string;
  /** The campaign it comes from: the sender's display name. */
  campaignName: string;
  /** Who signs it: the rep (replies reach them). */
  senderName: string;
  /** Money in minor units of `currency`. */
  monthlyTotal: number;
  oneTimeTotal: number;
  switchCredit: number;
  currency: string;
  termMonths: number;
  /** Until when the offer may be accepted (an instant), shown in `timeZone`. */
  validUntil: Date | string;
  timeZone: string;
  /** The acceptance page, absolute. */
  link: string;
}

export function formatMailMoney(minorUnits: number, currency: string, language: ProposalMailLanguage): string {
  return new Intl.NumberFormat(INTL[language], { style: 'currency', currency: currency.trim() }).format(minorUnits / 100);
}

function formatMailDate(at: Date | string, language: ProposalMailLanguage, timeZone: string): string {
  return new Intl.DateTimeFormat(INTL[language], {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
    timeZoneName: 'short',
  }).format(new Date(at));
}

/** The subject: who the offer is for and its essentials, so it stands out in an inbox. */
export function proposalMailSubject(
  language: ProposalMailLanguage,
  v: Pick<ProposalMailValues, 'customerName' | 'monthlyTotal' | 'currency' | 'termMonths'>,
): string {
  const monthly = formatMailMoney(v.monthlyTotal, v.currency, language);
  return language === 'fr'
    ? `Notre offre pour ${v.customerName} : ${monthly} par mois sur ${v.termMonths} mois`
    : `Our offer for ${v.customerName}: ${monthly} a month over ${v.termMonths} ${v.termMonths === 1 ? 'month' : 'months'}`;
}

export function proposalMail(language: ProposalMailLanguage, v: ProposalMailValues): { subject: string; text: string } {
  const money = (amount: number) => formatMailMoney(amount, v.currency, language);
  const until = formatMailDate(v.validUntil, language, v.timeZone);
  const fr = language === 'fr';
  const facts = fr
    ? [
        `• Mensualité : ${money(v.monthlyTotal)} HT`,
        `• Durée d’engagement : ${v.termMonths} mois`,
        ...(v.oneTimeTotal > 0 ? [`• Frais uniques : ${money(v.oneTimeTotal)} HT`] : []),
        ...(v.switchCredit > 0 ? [`• Crédit de bascule : ${money(v.switchCredit)} déduit de vos premières factures`] : []),
        `• Offre valable jusqu’au ${until}`,
      ]
    : [
        `• Monthly charge: ${money(v.monthlyTotal)} excl. tax`,
        `• Term: ${v.termMonths} ${v.termMonths === 1 ? 'month' : 'months'}`,
        ...(v.oneTimeTotal > 0 ? [`• One-time fees: ${money(v.oneTimeTotal)} excl. tax`] : []),
        ...(v.switchCredit > 0 ? [`• Switch credit: ${money(v.switchCredit)} off your first invoices`] : []),
        `• Valid until ${until}`,
      ];
  const text = fr
    ? [
        `Bonjour ${v.contactName},`,
        '',
        `Comme convenu, voici notre offre pour ${v.customerName} :`,
        '',
        ...facts,
        '',
        'Vous pouvez la consulter en détail et l’accepter en ligne à cette adresse :',
        v.link,
        '',
        'Ce lien vous est personnel et ne sert qu’une fois : ne le transférez pas. Pour toute question, répondez simplement à ce message.',
        '',
        'Bien cordialement,',
        v.senderName,
        v.campaignName,
      ]
    : [
        `Hello ${v.contactName},`,
        '',
        `As discussed, here is our offer for ${v.customerName}:`,
        '',
        ...facts,
        '',
        'You can review it in full and accept it online here:',
        v.link,
        '',
        'This link is yours and works once: please do not forward it. Any question: just reply to this email.',
        '',
        'Kind regards,',
        v.senderName,
        v.campaignName,
      ];
  return { subject: proposalMailSubject(language, v), text: text.join('\n') };
}
