import { useTranslation } from 'react-i18next';
import type { ActorType } from '../../../gql/graphql';
import { intlLocale, useFormat } from '../../../lib/i18n/format';

/**
 * The audit trail stores what the api wrote: action codes (`opportunity.moved`), field names
 * (`ownerId`) and raw values (minor units, ISO instants, enum codes, database ids). This words
 * them for a person, in their language: no code nor id reaches the screen.
 */

type ValueKind =
  | 'text'
  | 'money'
  | 'date'
  | 'dateTime'
  | 'bool'
  | 'percent'
  | 'probability'
  | 'months'
  | 'units'
  | 'owner'
  | 'list'
  | 'contacts'
  | 'services'
  | 'lines'
  | 'stage'
  | 'segment'
  | 'lostReason'
  | 'status'
  | 'approval';

/** How each field the api records is read; a field not listed is counted, not shown. */
const FIELD_KINDS: Record<string, ValueKind> = {
  // Account
  name: 'text',
  segment: 'segment',
  countries: 'list',
  monthlySpend: 'money',
  contractEndsAt: 'date',
  prepaidUntil: 'date',
  hasBackupProvider: 'bool',
  rivalIsPrincipalOperator: 'bool',
  ownerId: 'owner',
  externalRef: 'text',
  competingBidders: 'list',
  contacts: 'contacts',
  rivalServices: 'services',
  // Opportunity
  stage: 'stage',
  stageEnteredAt: 'dateTime',
  dueAt: 'dateTime',
  monthlyValue: 'money',
  oneTimeValue: 'money',
  termMonths: 'months',
  probability: 'probability',
  expectedCloseAt: 'date',
  lostReason: 'lostReason',
  lostToBidder: 'text',
  note: 'text',
  firstContactAt: 'dateTime',
  closedAt: 'dateTime',
  // Proposal
  status: 'status',
  discountPercent: 'percent',
  plannedCutoverAt: 'date',
  requiredApproval: 'approval',
  monthlyTotal: 'money',
  oneTimeTotal: 'money',
  switchCredit: 'money',
  totalOverTerm: 'money',
  rejectionReason: 'text',
  sentAt: 'dateTime',
  validUntil: 'dateTime',
  acceptedAt: 'dateTime',
  signerName: 'text',
  signerTitle: 'text',
  signerEmail: 'text',
  signerIp: 'text',
  lines: 'lines',
  // Migration
  workload: 'units',
  targetCutoverAt: 'date',
};

/** The actions that bring an object into being (everything before them is empty). */
const CREATIONS = /\.(created|drafted)$/;

const CONTACT_FIELDS = ['name', 'title', 'email', 'phone', 'decisionMaker'] as const;

export interface FieldChangeLike {
  field: string;
  before: unknown;
  after: unknown;
}

/** One changed field, worded: `before` is null for a value that was not set (or a creation). */
export interface WordedChange {
  field: string;
  label: string;
  before: string | null;
  after: string | null;
  /** For contacts: what happened to them, in a sentence, instead of before → after. */
  summary?: string;
}

export interface HistoryWordsContext {
  /** The currency amounts are in (the campaign's). */
  currency: string;
  /** Users' names by their global id (the campaign's team, the account's owner). */
  userNames: ReadonlyMap<string, string>;
}

/** The global id the api gives a user whose database id the trail recorded: base64url of `User:<id>`. */
export function userGlobalId(databaseId: string): string {
  const bytes = new TextEncoder().encode(`User:${databaseId}`);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

const isEmpty = (v: unknown) => v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0);
const record = (v: unknown): Record<string, unknown> => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {});
const array = (v: unknown): Record<string, unknown>[] => (Array.isArray(v) ? v.map(record) : []);

/** `t` for keys built from what the api sent (checked with `i18n.exists` first). */
type LooseT = (key: string, options?: Record<string, unknown>) => string;

export function useHistoryWords(context: HistoryWordsContext) {
  const { t: typed, i18n } = useTranslation();
  const t = typed as unknown as LooseT;
  const format = useFormat();

  function enumWord(prefix: string, value: unknown): string | null {
    const key = `${prefix}.${String(value)}`;
    return i18n.exists(key) ? t(key) : null;
  }

  function money(value: unknown): string | null {
    if (typeof value === 'number') return format.money({ amount: value, currency: context.currency });
    const m = record(value);
    if (typeof m['amount'] === 'number') return format.money({ amount: m['amount'], currency: typeof m['currency'] === 'string' ? m['currency'] : context.currency });
    return null;
  }

  function percent(value: unknown): string | null {
    if (typeof value !== 'number') return null;
    return new Intl.NumberFormat(intlLocale(format.language), { style: 'percent', maximumFractionDigits: 2 }).format(value / 100);
  }

  /** A value in words; null when there is nothing to show (not set, or not readable). */
  function value(kind: ValueKind, v: unknown, entityType: string): string | null {
    if (kind === 'owner') return v === null || v === undefined ? t('accountHistory.value.unassigned') : (context.userNames.get(userGlobalId(String(v))) ?? t('accountHistory.value.formerMember'));
    if (kind === 'probability' && v === null) return t('accountHistory.value.fromStage');
    if (isEmpty(v)) return null;
    switch (kind) {
      case 'text':
        return typeof v === 'string' ? v : null;
      case 'money':
        return money(v);
      case 'date':
        return typeof v === 'string' ? format.date(v) : null;
      case 'dateTime':
        return typeof v === 'string' ? format.dateTime(v) : null;
      case 'bool':
        return v === true ? t('accountHistory.value.yes') : v === false ? t('accountHistory.value.no') : null;
      case 'percent':
      case 'probability':
        return percent(v);
      case 'months':
        return typeof v === 'number' ? t('accountHistory.value.months', { count: v }) : null;
      case 'units':
        return typeof v === 'number' ? t('accountHistory.value.units', { count: v }) : null;
      case 'list':
        return Array.isArray(v) ? format.list(v.map(String)) : null;
      case 'stage':
        return enumWord('domain.stage', v);
      case 'segment':
        return enumWord('domain.segment', v);
      case 'lostReason':
        return enumWord('domain.lostReason', v);
      case 'status':
        return entityType === 'Migration' ? enumWord('account.migrationStatus', v) : enumWord('proposal.status', v);
      case 'approval':
        return enumWord('accountHistory.value.approval', v);
      case 'services':
        return format.list(
          array(v).map((s) =>
            t('accountHistory.value.service', {
              service: enumWord('domain.service', s['kind']) ?? '',
              quantity: s['quantity'],
              amount: money(s['monthlyCost']) ?? '',
            }),
          ),
        );
      case 'lines':
        return format.list(
          array(v).map((l) =>
            t('accountHistory.value.line', {
              name: typeof l['description'] === 'string' && l['description'] ? l['description'] : (enumWord('domain.service', l['serviceKind']) ?? ''),
              quantity: l['quantity'],
              amount: money(l['monthlyUnitPrice']) ?? '',
            }),
          ),
        );
      default:
        return null;
    }
  }

  /** Who was added, removed or edited among the contacts; null when nothing readable changed. */
  function contactsSummary(before: unknown, after: unknown): string | null {
    const was = array(before);
    const now = array(after);
    const byId = (list: Record<string, unknown>[]) => new Map(list.map((c) => [String(c['id'] ?? c['name']), c]));
    const wasById = byId(was);
    const nowById = byId(now);
    const names = (list: Record<string, unknown>[]) => format.list(list.map((c) => String(c['name'] ?? '')));
    const added = now.filter((c) => !wasById.has(String(c['id'] ?? c['name'])));
    const removed = was.filter((c) => !nowById.has(String(c['id'] ?? c['name'])));
    const parts: string[] = [];
    if (added.length) parts.push(t('accountHistory.contacts.added', { names: names(added) }));
    if (removed.length) parts.push(t('accountHistory.contacts.removed', { names: names(removed) }));
    for (const c of now) {
      const old = wasById.get(String(c['id'] ?? c['name']));
      if (!old) continue;
      const changed = CONTACT_FIELDS.filter((f) => JSON.stringify(old[f] ?? null) !== JSON.stringify(c[f] ?? null));
      if (changed.length) {
        parts.push(t('accountHistory.contacts.edited', { name: String(c['name'] ?? ''), fields: format.list(changed.map((f) => t(`accountHistory.contactField.${f}`))) }));
      }
    }
    return parts.length ? parts.join(' · ') : null;
  }

  /** The changes of an entry that can be worded, in the api's order, and how many could not. */
  function changes(entry: { action: string; entityType: string; changes: ReadonlyArray<FieldChangeLike> }): { worded: WordedChange[]; unreadable: number } {
    const worded: WordedChange[] = [];
    let unreadable = 0;
    // A creation has nothing before: not even "unassigned" or "from the stage".
    const creation = CREATIONS.test(entry.action);
    for (const change of entry.changes) {
      const kind = FIELD_KINDS[change.field];
      if (!kind) {
        unreadable += 1;
        continue;
      }
      const label = t(`accountHistory.field.${change.field}`);
      if (kind === 'contacts') {
        const summary = contactsSummary(change.before, change.after);
        if (summary) worded.push({ field: change.field, label, before: null, after: null, summary });
        else if (!isEmpty(change.before) || !isEmpty(change.after)) unreadable += 1;
        continue;
      }
      const before = creation ? null : value(kind, change.before, entry.entityType);
      const after = value(kind, change.after, entry.entityType);
      if (before === null && after === null) {
        // Nothing set before nor after (e.g. a creation leaving it empty): nothing to say.
        if (!isEmpty(change.before) || !isEmpty(change.after)) unreadable += 1;
        continue;
      }
      worded.push({ field: change.field, label, before, after });
    }
    return { worded, unreadable };
  }

  /** What happened, in words ("Deal moved"); a code this version does not know reads "Change". */
  function action(code: string): string {
    const key = `accountHistory.action.${code}`;
    // A known code is a sentence; a prefix of several (`account`) is not one.
    const words: unknown = i18n.getResource(i18n.language, 'translation', key) ?? i18n.getResource('en', 'translation', key);
    return typeof words === 'string' ? t(key) : t('accountHistory.action.unknown');
  }

  /** Who did it: a user's name, an API key, Lifeboat itself, or the customer. */
  function actor(type: ActorType, label: string): string {
    switch (type) {
      case 'api_key':
        // The api labels a key `API key "<name>"` (in English): only its name is kept.
        return t('accountHistory.actor.api_key', { label: /^API key "(.*)"$/.exec(label)?.[1] ?? label });
      case 'system':
        return t('accountHistory.actor.system');
      case 'customer':
        return t('accountHistory.actor.customer', { label });
      default:
        return label;
    }
  }

  return { action, actor, changes };
}
