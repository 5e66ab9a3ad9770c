import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { toGlobalId } from '../common/graphql/global-id';

/** What an erased value reads as, wherever it was. */
export const ERASED = '[erased]';

/** A contact snapshot's personal fields (accountSnapshot's contacts): emptied where the snapshot is the erased contact's. */
const PERSONAL_KEYS = new Set(['name', 'title', 'email', 'phone', 'recipientName', 'recipientEmail', 'signerName', 'signerTitle', 'signerEmail']);

/** The person to take out: the contact's id and what identifies them in text. */
export interface ErasedPerson {
  contactId: string;
  accountId: string;
  campaignId: string;
  name: string;
  email: string | null;
  phone: string | null;
}

/** How many records of each kind an erasure rewrote (no personal data: what the audit keeps of it). */
export interface ErasureCounts {
  activities: number;
  auditEntries: number;
  events: number;
  webhookDeliveries: number;
  notifications: number;
  /** Accepted proposals whose signer is the person: kept as the contract's evidence (GDPR art. 17(3)(b) and (e)). */
  signedProposalsKept: number;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A phone number's digits in any grouping ("+33 6 12 34 56 78", "+33.6.12.34.56.78", "+33612345678"): null when too short to be one. */
function phonePattern(phone: string | null): string | null {
  const digits = (phone ?? '').replace(/\D/g, '');
  return digits.length < 6 ? null : `\\+?${digits.split('').join('[\\s.()-]*')}`;
}

/**
 * The person's name, email and phone as one case-insensitive pattern (the longest first, so an
 * email is not cut by the name inside it; the phone in any grouping of its digits).
 */
export function personPattern(person: Pick<ErasedPerson, 'name' | 'email' | 'phone'>): RegExp {
  const texts = [person.email, person.name]
    .map((v) => v?.trim() ?? '')
    .filter((v) => v.length >= 3)
    .sort((a, b) => b.length - a.length)
    .map(escape);
  const phone = phonePattern(person.phone);
  const needles = phone === null ? texts : [phone, ...texts];
  // Nothing long enough to identify anyone: a pattern that matches nothing (an empty one would match everywhere).
  return needles.length === 0 ? /(?!)/g : new RegExp(needles.join('|'), 'gi');
}

/**
 * A JSON value with the person taken out: every string loses the person's name, email and phone;
 * an object that is the contact's snapshot (its `id` is the contact's, raw or global) loses its
 * personal fields.
 */
export function scrubJson(value: unknown, pattern: RegExp, contactIds: ReadonlySet<string>): unknown {
  if (typeof value === 'string') return value.replace(pattern, ERASED);
  if (Array.isArray(value)) return value.map((v) => scrubJson(v, pattern, contactIds));
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const isContact = typeof record['id'] === 'string' && contactIds.has(record['id']);
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(record)) out[k] = isContact && PERSONAL_KEYS.has(k) && v !== null ? ERASED : scrubJson(v, pattern, contactIds);
    return out;
  }
  return value;
}

/**
 * Erasure of a contact on request (GDPR art. 17, issue #21 part 4): the contact row goes, and every
 * record that kept their name, email or phone is rewritten without them, in the caller's
 * transaction — the account's timeline (bodies, metadata, details), the audit trail (the account's,
 * its deals' and the contact's entries, and any of the campaign's that hold the email, the phone or
 * the contact's id), the events not yet relayed and the webhook deliveries, the notifications.
 * Audit entries are rewritten under `lifeboat.erasing` (migration 1795490000015): never deleted,
 * their action, actor and time unchanged. Accepted proposals keep their signer as the contract's
 * evidence (counted, not rewritten). Erasure is rare and bounded by one account and one campaign:
 * rows are found by a text search of their JSON, then rewritten from JavaScript, which knows what
 * a contact snapshot is.
 */
@Injectable()
export class ContactErasure {
  async erase(manager: EntityManager, person: ErasedPerson): Promise<ErasureCounts> {
    const pattern = personPattern(person);
    const ids = new Set([person.contactId, toGlobalId('Contact', person.contactId)]);
    const scrub = (v: unknown) => scrubJson(v, pattern, ids);
    // What finds a row of the campaign that may hold the person (PostgreSQL's case-insensitive regular expression): their email,
    // phone or name, or the contact's id. Outside the account's own records a name alone is matched too: a false match is
    // only a row read and left as it was.
    const finder = [pattern.source, escape(person.contactId), escape(toGlobalId('Contact', person.contactId))].filter((p) => p !== '(?!)').join('|');

    await manager.query(`SELECT set_config('lifeboat.erasing', 'on', true)`);
    const counts: ErasureCounts = { activities: 0, auditEntries: 0, events: 0, webhookDeliveries: 0, notifications: 0, signedProposalsKept: 0 };

    const activities: Array<{ id: string; body: string; metadata: unknown; details: unknown }> = await manager.query(
      `SELECT id, body, metadata, details FROM activity WHERE account_id = $1`,
      [person.accountId],
    );
    const changedActivities = activities
      .map((a) => ({ id: a.id, body: a.body.replace(pattern, ERASED), metadata: scrub(a.metadata), details: scrub(a.details) }))
      .filter((a, i) => a.body !== activities[i].body || JSON.stringify(a.metadata) !== JSON.stringify(activities[i].metadata) || JSON.stringify(a.details) !== JSON.stringify(activities[i].details));
    if (changedActivities.length > 0) {
      await manager.query(
        `UPDATE activity a SET body = v.body, metadata = v.metadata::jsonb, details = v.details::jsonb
         FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[]) AS v(id, body, metadata, details) WHERE a.id = v.id`,
        [changedActivities.map((a) => a.id), changedActivities.map((a) => a.body), changedActivities.map((a) => JSON.stringify(a.metadata)), changedActivities.map((a) => (a.details === null ? null : JSON.stringify(a.details)))],
      );
    }
    counts.activities = changedActivities.length;

    const entries: Array<{ id: string; changes: unknown; details: unknown }> = await manager.query(
      `SELECT e.id, e.changes, e.details FROM audit_entry e
       WHERE e.entity_id = ANY($1::uuid[])
          OR e.entity_id IN (SELECT id FROM opportunity WHERE account_id = $2)
          OR (e.campaign_id = $3 AND (e.changes::text || coalesce(e.details::text, '')) ~* $4)`,
      [[person.accountId, person.contactId], person.accountId, person.campaignId, finder],
    );
    const changedEntries = entries
      .map((e) => ({ id: e.id, changes: scrub(e.changes), details: scrub(e.details) }))
      .filter((e, i) => JSON.stringify(e.changes) !== JSON.stringify(entries[i].changes) || JSON.stringify(e.details) !== JSON.stringify(entries[i].details));
    if (changedEntries.length > 0) {
      await manager.query(
        `UPDATE audit_entry e SET changes = v.changes::jsonb, details = v.details::jsonb
         FROM unnest($1::uuid[], $2::text[], $3::text[]) AS v(id, changes, details) WHERE e.id = v.id`,
        [changedEntries.map((e) => e.id), changedEntries.map((e) => JSON.stringify(e.changes)), changedEntries.map((e) => (e.details === null ? null : JSON.stringify(e.details)))],
      );
    }
    counts.auditEntries = changedEntries.length;

    counts.events = await this.scrubJsonColumn(manager, 'outbox_event', 'payload', finder, scrub);
    counts.webhookDeliveries = await this.scrubJsonColumn(manager, 'webhook_delivery', 'body', finder, scrub);

    const notes: Array<{ id: string; title: string; body: string }> = await manager.query(
      `SELECT id, title, body FROM notification WHERE (campaign_id = $1 OR campaign_id IS NULL) AND (title || ' ' || body) ~* $2`,
      [person.campaignId, finder],
    );
    const changedNotes = notes.map((n) => ({ id: n.id, title: n.title.replace(pattern, ERASED), body: n.body.replace(pattern, ERASED) })).filter((n, i) => n.title !== notes[i].title || n.body !== notes[i].body);
    if (changedNotes.length > 0) {
      await manager.query(`UPDATE notification n SET title = v.title, body = v.body FROM unnest($1::uuid[], $2::text[], $3::text[]) AS v(id, title, body) WHERE n.id = v.id`, [
        changedNotes.map((n) => n.id),
        changedNotes.map((n) => n.title),
        changedNotes.map((n) => n.body),
      ]);
    }
    counts.notifications = changedNotes.length;

    const [{ n }] = await manager.query(
      `SELECT count(*)::int AS n FROM proposal p
       WHERE p.account_id = $1 AND p.accepted_at IS NOT NULL AND (lower(p.signer_email) = lower($2) OR lower(p.signer_name) = lower($3))`,
      [person.accountId, person.email ?? '', person.name],
    );
    counts.signedProposalsKept = Number(n);

    await manager.query(`DELETE FROM contact WHERE id = $1`, [person.contactId]);
    await manager.query(`SELECT set_config('lifeboat.erasing', 'off', true)`);
    return counts;
  }

  /** Rows of `table` whose JSON `column` holds a trace of the person, rewritten without them; how many. */
  private async scrubJsonColumn(manager: EntityManager, table: 'outbox_event' | 'webhook_delivery', column: 'payload' | 'body', finder: string, scrub: (v: unknown) => unknown): Promise<number> {
    const key = 'id';
    const rows: Array<{ key: string; value: unknown }> = await manager.query(`SELECT ${key}::text AS key, ${column} AS value FROM ${table} WHERE ${column}::text ~* $1`, [finder]);
    const changed = rows.map((r) => ({ key: r.key, value: scrub(r.value) })).filter((r, i) => JSON.stringify(r.value) !== JSON.stringify(rows[i].value));
    if (changed.length > 0) {
      await manager.query(`UPDATE ${table} t SET ${column} = v.value::jsonb FROM unnest($1::text[], $2::text[]) AS v(key, value) WHERE t.${key}::text = v.key`, [
        changed.map((r) => r.key),
        changed.map((r) => JSON.stringify(r.value)),
      ]);
    }
    return changed.length;
  }
}
