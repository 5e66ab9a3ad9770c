/**
 * What notifications say, in the recipient's language (app_user.locale). Times are shown in the
 * campaign's time zone.
 */
export type Locale = 'en' | 'fr';

const INTL: Record<Locale, string> = { en: 'en-GB', fr: 'fr-FR' };

export function localeOf(value: unknown): Locale {
  return value === 'fr' ? 'fr' : 'en';
}

export function formatLocal(at: Date, locale: Locale, timeZone: string): string {
  return new Intl.DateTimeFormat(INTL[locale], { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', timeZone }).format(at);
}

const STAGES: Record<Locale, Record<string, string>> = {
  en: { identified: 'identified', contacted: 'contacted', proposal_sent: 'proposal sent', negotiating: 'negotiating' },
  fr: { identified: 'identifié', contacted: 'contacté', proposal_sent: 'proposition envoyée', negotiating: 'négociation' },
};
export const stageName = (stage: string, locale: Locale) => STAGES[locale][stage] ?? stage;

interface Text {
  title: string;
  body: string;
}

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
          body: `Échu le ${v.due}, toujours en retard ${v.graceHours} heures ouvrées plus tard. Responsable : ${v.owner}.`,
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
  digestTitle: (l: Locale, v: { campaign: string; overdue: number; dueToday: number }): string =>
    l === 'fr'
      ? `Votre journée (${v.campaign}) : ${v.overdue} en retard, ${v.dueToday} à faire aujourd’hui`
      : `Your day (${v.campaign}): ${v.overdue} overdue, ${v.dueToday} due today`,
  digestSections: (l: Locale) =>
    l === 'fr'
      ? { overdue: 'En retard', dueToday: 'À faire aujourd’hui', assigned: 'Nouveaux comptes', proposals: 'Propositions qui vous attendent', none: 'rien' }
      : { overdue: 'Overdue', dueToday: 'Due today', assigned: 'New assignments', proposals: 'Proposals awaiting you', none: 'nothing' },
  proposalAwaiting: (l: Locale, status: string): string =>
    l === 'fr' ? (status === 'approved' ? 'approuvée, à envoyer' : 'refusée, à reprendre') : status === 'approved' ? 'approved, ready to send' : 'rejected, to revise',
};
