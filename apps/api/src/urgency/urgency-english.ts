import type { UrgencyFactor, UrgencyFactorKey, UrgencyFactorParams } from '@lifeboat/domain';

/**
 * English words of an urgency factor, for the deprecated `UrgencyFactor.reason` only (integrations
 * written before factors carried `params`). The domain computes codes and parameters; screens word
 * them in their reader's language (apps/web `urgency-words.ts`); nothing else reads these words.
 */
export interface WordedUrgencyFactor extends UrgencyFactor {
  /** @deprecated English words as of the computation, kept for integrations: word `key` and `params` instead. */
  reason: string;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const possessive = (name: string) => (name.endsWith('s') ? `${name}'` : `${name}'s`);

/** Formats minor units the way the English words always have (en-GB currency). */
export type MoneyWords = (minorUnits: number, currency: string) => string;

const formatters = new Map<string, Intl.NumberFormat>();
export const englishMoney: MoneyWords = (minorUnits, currency) => {
  let format = formatters.get(currency);
  if (!format) {
    format = new Intl.NumberFormat('en-GB', { style: 'currency', currency });
    formatters.set(currency, format);
  }
  return format.format(minorUnits / 100);
};

const WORDS: Record<UrgencyFactorKey, (p: UrgencyFactorParams, rival: string, account: string) => string> = {
  rival_shut_down: (_, rival, account) => `${rival}'s network has gone dark and ${account} is not migrated yet`,
  shutdown_within_7_days: (p, rival) => `${rival}'s network may go dark ${p.daysLeft ? `in ${plural(p.daysLeft, 'day')}` : 'within a day'}`,
  shutdown_within_14_days: (p, rival) => WORDS.shutdown_within_7_days(p, rival, ''),
  shutdown_within_30_days: (p, rival) => WORDS.shutdown_within_7_days(p, rival, ''),
  shutdown_within_90_days: (p, rival) => WORDS.shutdown_within_7_days(p, rival, ''),
  rival_liquidating_no_date: (_, rival) => `${rival} is being liquidated and no shutdown date is known`,
  rival_insolvent_no_date: (_, rival) => `${rival} is insolvent and no shutdown date is known`,
  no_backup_provider: (_, rival, account) => `${capitalize(account)} has no backup provider: if ${rival} goes dark, so does it`,
  rival_principal_operator: (_, rival, account) => `${rival} is ${possessive(account)} principal operator`,
  monthly_spend: () => '',
  multi_country: (p) => `Spans ${p.countries?.length ?? 0} countries (${(p.countries ?? []).join(', ')}): a multi-country migration takes longer`,
  collective_cancellation: (p, rival) =>
    p.daysLeft ? `Its customer collective announced cancellations with ${rival} in ${plural(p.daysLeft, 'day')}` : `Its customer collective cancels with ${rival} today or already has`,
  rival_outages: (p, rival) => `${plural(p.outages ?? 0, 'outage')} at ${rival} touched its services in the last ${plural(p.days ?? 30, 'day')}`,
  no_recent_contact: (p) =>
    p.since === 'last_contact'
      ? `No contact for ${plural(p.businessDays ?? 0, 'business day')}`
      : p.since === 'added'
        ? `Never contacted, ${plural(p.businessDays ?? 0, 'business day')} after it was added`
        : 'Never contacted',
};

/** The factors with their English words, for storage and the deprecated field. */
export function wordInEnglish(factors: readonly UrgencyFactor[], names: { rival: string; account: string }, money: MoneyWords = englishMoney): WordedUrgencyFactor[] {
  return factors.map((f) => ({
    ...f,
    reason:
      f.key === 'monthly_spend'
        ? `Spends ${money(f.params.monthlySpend ?? 0, f.params.currency ?? 'EUR')} a month with ${names.rival}`
        : WORDS[f.key](f.params, names.rival, names.account),
  }));
}
