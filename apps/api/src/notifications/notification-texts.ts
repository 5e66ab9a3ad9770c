/**
 * What notifications say, in the recipient's language (app_user.locale). Times are shown in the
 * campaign's time zone.
 */
export type Locale = 'en' | 'fr';

const INTL: Record<Locale, string> = { en: 'en-GB', fr: 'fr-FR' };

export function localeOf(value: unknown): Locale {
  return value === 'fr' ? 'fr' : 'en';
}

/** Money (minor units) in the recipient's number format, e.g. €1,040.00 or 1 040,00 €. */
export function formatMoneyIn(minorUnits: number, currency: string, locale: Locale): string {
  return new Intl.NumberFormat(INTL[locale], { style: 'currency', currency: currency.trim() }).format(minorUnits / 100);
}

export function formatLocal(at: Date, locale: Locale, timeZone: string): string {
  return new Intl.DateTimeFormat(INTL[locale], { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', timeZone }).format(at);
}

const STAGES: Record<Locale, Record<string, string>> = {
  en: { identified: 'identified', contacted: 'contacted', proposal_sent: 'proposal sent', negotiating: 'negotiating' },
  fr: { identified: 'identifié', contacted: 'contacté', proposal_sent: 'proposition envoyée', negotiating: 'négociation' },
};
export const stageName = (stage: string, locale: Locale) => STAGES[locale][stage] ?? stage;

export interface Text {
  title: string;
  body: string;
}

const APPROVER: Record<Locale, Record<'manager' | 'admin', string>> = {
  en: { manager: 'manager', admin: 'admin' },
  fr: { manager: 'd’un manager', admin: 'd’un administrateur' },
};

export const texts = {
  overdue: (l: Locale, v: { account: string; stage: string; due: string }): Text =>
    l === 'fr'
      ? { title: `En retard : ${v.account}`, body: `L’étape « ${v.stage} » devait être franchie le ${v.due}. Faites avancer l’affaire ou notez ce qui la bloque.` }
      : { title: `Overdue: ${v.account}`, body: `The “${v.stage}” stage was due ${v.due}. Move the deal on or log what is blocking it.` },
  unassignedOverdue: (l: Locale, v: { account: string; stage: string; due: string }): Text =>
    l === 'fr'
      ? { title: `En retard et sans responsable : ${v.account}`, body: `L’étape « ${v.stage} » devait être franchie le ${v.due} et personne n’a ce compte : attribuez-le.` }
      : { title: `Overdue and unassigned: ${v.account}`, body: `The “${v.stage}” stage was due ${v.due} and nobody owns the account: assign it.` },
  escalated: (l: Locale, v: { account: string; owner: string; due: string; graceHours: number }): Text =>
    l === 'fr'
      ? {
          title: `Escalade : ${v.account} toujours en retard`,
          body: `Échu le ${v.due}, toujours en retard ${v.graceHours.toLocaleString('fr-FR')} heures ouvrées plus tard. Responsable : ${v.owner}.`,
        }
      : { title: `Escalated: ${v.account} still overdue`, body: `Due ${v.due}, still overdue ${v.graceHours} business hours later. Owner: ${v.owner}.` },
  assigned: (l: Locale, v: { account: string; by: string }): Text =>
    l === 'fr'
      ? { title: `Nouveau compte : ${v.account}`, body: `${v.by} vous a attribué ce compte.` }
      : { title: `New account: ${v.account}`, body: `${v.by} assigned this account to you.` },
  bulkAssigned: (l: Locale, v: { count: number; by: string }): Text =>
    l === 'fr'
      ? {
          title: v.count === 1 ? `1 nouveau compte` : `${v.count.toLocaleString('fr-FR')} nouveaux comptes`,
          body: `${v.by} vous a attribué ${v.count === 1 ? '1 compte' : `${v.count.toLocaleString('fr-FR')} comptes`} : ils sont dans votre file.`,
        }
      : {
          title: v.count === 1 ? `1 new account` : `${v.count.toLocaleString('en-GB')} new accounts`,
          body: `${v.by} assigned you ${v.count === 1 ? '1 account' : `${v.count.toLocaleString('en-GB')} accounts`}: they are in your queue.`,
        },
  proposalApprovalRequested: (l: Locale, v: { account: string; by: string; percent: number; level: 'manager' | 'admin'; monthly: string; termMonths: number }): Text =>
    l === 'fr'
      ? {
          title: `Remise de ${v.percent.toLocaleString('fr-FR')} % à approuver pour ${v.account}`,
          body: `${v.by} demande l’approbation ${APPROVER.fr[v.level]} : ${v.monthly} par mois sur ${v.termMonths} mois.`,
        }
      : {
          title: `Approve a ${v.percent.toLocaleString('en-GB')} % discount for ${v.account}`,
          body: `${v.by} asks for ${APPROVER.en[v.level]} approval: ${v.monthly} a month over ${v.termMonths} months.`,
        },
  collectiveTermsApprovalRequested: (l: Locale, v: { collective: string; by: string; percent: number; level: 'manager' | 'admin'; termMonths: number }): Text =>
    l === 'fr'
      ? {
          title: `Remise de ${v.percent.toLocaleString('fr-FR')} % à approuver pour le collectif ${v.collective}`,
          body: `${v.by} demande l’approbation ${APPROVER.fr[v.level]} des conditions du collectif : ${v.percent.toLocaleString('fr-FR')} % sur ${v.termMonths} mois.`,
        }
      : {
          title: `Approve a ${v.percent.toLocaleString('en-GB')} % discount for the collective ${v.collective}`,
          body: `${v.by} asks for ${APPROVER.en[v.level]} approval of the collective’s terms: ${v.percent.toLocaleString('en-GB')} % over ${v.termMonths} months.`,
        },
  collectiveTermsDecided: (l: Locale, v: { collective: string; by: string; why: string | null }): Text =>
    l === 'fr'
      ? v.why === null
        ? { title: `Conditions du collectif ${v.collective} approuvées`, body: `${v.by} a approuvé les conditions : faites-les signer par le porte-parole.` }
        : { title: `Conditions du collectif ${v.collective} renvoyées en brouillon`, body: `${v.by} : ${v.why}` }
      : v.why === null
        ? { title: `Terms of the collective ${v.collective} approved`, body: `${v.by} approved the terms: have the spokesperson sign them.` }
        : { title: `Terms of the collective ${v.collective} sent back to draft`, body: `${v.by}: ${v.why}` },
  proposalApproved: (l: Locale, v: { account: string; by: string; percent: number }): Text =>
    l === 'fr'
      ? { title: `Proposition pour ${v.account} approuvée`, body: `${v.by} a approuvé la remise de ${v.percent.toLocaleString('fr-FR')} % : vous pouvez l’envoyer.` }
      : { title: `Proposal for ${v.account} approved`, body: `${v.by} approved the ${v.percent.toLocaleString('en-GB')} % discount: you can send it.` },
  /** The reason is the approver's own words, shown as written. */
  proposalRejected: (l: Locale, v: { account: string; by: string; why: string }): Text =>
    l === 'fr'
      ? { title: `Proposition pour ${v.account} refusée`, body: `${v.by} : ${v.why}` }
      : { title: `Proposal for ${v.account} rejected`, body: `${v.by}: ${v.why}` },
  proposalAccepted: (l: Locale, v: { account: string; signer: string; signerTitle: string }): Text =>
    l === 'fr'
      ? { title: `${v.account} a signé`, body: `${v.signer}, ${v.signerTitle}, a accepté la proposition. L’affaire est gagnée et sa migration est planifiée.` }
      : { title: `${v.account} signed`, body: `${v.signer}, ${v.signerTitle}, accepted the proposal. The deal is won and its migration is planned.` },
  proposalExpired: (l: Locale, v: { account: string; validUntil: string }): Text =>
    l === 'fr'
      ? {
          title: `Proposition pour ${v.account} expirée`,
          body: `Elle était valable jusqu’au ${v.validUntil} et n’a pas été acceptée : préparez-en une nouvelle si l’affaire est toujours en cours.`,
        }
      : { title: `Proposal for ${v.account} expired`, body: `It was valid until ${v.validUntil} and was not accepted: draft a revised one if the deal is still on.` },
  digestTitle: (l: Locale, v: { campaign: string; overdue: number; dueToday: number }): string =>
    l === 'fr'
      ? `Votre journée (${v.campaign}) : ${v.overdue.toLocaleString('fr-FR')} en retard, ${v.dueToday.toLocaleString('fr-FR')} à faire aujourd’hui`
      : `Your day (${v.campaign}): ${v.overdue.toLocaleString('en-GB')} overdue, ${v.dueToday.toLocaleString('en-GB')} due today`,
  digestSections: (l: Locale) =>
    l === 'fr'
      ? { overdue: 'En retard', dueToday: 'À faire aujourd’hui', assigned: 'Nouveaux comptes', proposals: 'Propositions qui vous attendent', none: 'rien' }
      : { overdue: 'Overdue', dueToday: 'Due today', assigned: 'New assignments', proposals: 'Proposals awaiting you', none: 'nothing' },
  proposalAwaiting: (l: Locale, status: string): string =>
    l === 'fr' ? (status === 'approved' ? 'approuvée, à envoyer' : 'refusée, à reprendre') : status === 'approved' ? 'approved, ready to send' : 'rejected, to revise',
};

/** A deal in the digest: the account, its stage, its due time. */
export interface DigestDeal {
  account: string;
  stage: string;
  dueAt: Date;
}

/** The morning digest in the rep's language: overdue, due today, new accounts (their notifications' titles), proposals awaiting them. */
export function digestText(
  l: Locale,
  v: { campaign: string; zone: string; overdue: DigestDeal[]; dueToday: DigestDeal[]; assigned: string[]; proposals: Array<{ account: string; status: string }> },
): Text {
  const s = texts.digestSections(l);
  const line = (d: DigestDeal) => `• ${d.account} — ${stageName(d.stage, l)}, ${formatLocal(d.dueAt, l, v.zone)}`;
  const section = (title: string, lines: string[]) => `${title} (${lines.length}):\n${lines.length ? lines.join('\n') : `• ${s.none}`}`;
  const body = [
    section(s.overdue, v.overdue.map(line)),
    section(s.dueToday, v.dueToday.map(line)),
    section(s.assigned, v.assigned.map((title) => `• ${title}`)),
    section(s.proposals, v.proposals.map((p) => `• ${p.account} — ${texts.proposalAwaiting(l, p.status)}`)),
  ].join('\n\n');
  return { title: texts.digestTitle(l, { campaign: v.campaign, overdue: v.overdue.length, dueToday: v.dueToday.length }), body };
}
