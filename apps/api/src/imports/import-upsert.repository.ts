import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { Segment } from '@lifeboat/domain';
import type { WordedUrgencyFactor } from '../urgency/urgency-english';
import { urgencyAccountOf } from '../urgency/urgency.repository';
import type { ImportRow } from './import-row';
import { orderedUuid } from './ordered-uuid';

/** What the chunk's new accounts get, computed in bulk by the service (urgency, queue priority, the deal's due time). */
export interface NewAccountDerived {
  urgency: number;
  factors: WordedUrgencyFactor[];
  queuePriority: number;
  dueAt: Date | null;
}

/** An existing account after the upsert, as its urgency recomputation needs it. */
export type UpdatedAccountState = ReturnType<typeof urgencyAccountOf>;

const arr = (codes: string[] | null) => (codes === null ? null : `{${codes.join(',')}}`);

/**
 * A character JSON.stringify writes as an escape that PostgreSQL's array input does not read back:
 * a control character (\n, \t, \u0001…) or a surrogate (JSON.stringify escapes a lone one; a
 * pair, read here too, only takes the longer way).
 */
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const JSON_ONLY_ESCAPE = /[\u0000-\u001f\ud800-\udfff]/;

/**
 * A PostgreSQL array literal of strings, numbers, booleans, dates or nulls, for a `$n::type[]`
 * parameter. JSON.stringify quotes strings with \" and \\ exactly as array literals do and writes
 * null, numbers, booleans and dates (ISO strings) in forms PostgreSQL reads; only its escapes of
 * control characters differ, so an array holding one is written element by element instead. The
 * strings are looked at before (not the JSON after: reading JSON.stringify's result once more cost
 * a copy of it, megabytes a chunk for the urgency factors).
 */
export function pgArray(values: ReadonlyArray<string | number | boolean | Date | null>): string {
  let plain = true;
  for (const v of values) {
    if (typeof v === 'string' && JSON_ONLY_ESCAPE.test(v)) {
      plain = false;
      break;
    }
  }
  if (plain) return `{${JSON.stringify(values).slice(1, -1)}}`;
  return `{${values
    .map((v) => (v === null ? 'NULL' : `"${(v instanceof Date ? v.toISOString() : String(v)).replace(/[\\"]/g, '\\$&')}"`))
    .join(',')}}`;
}

/**
 * The hot path of an import, in SQL: every statement takes whole columns as arrays (`unnest`),
 * so a chunk is a handful of statements whatever its size, far below PostgreSQL's 65,535
 * parameters per statement.
 */
@Injectable()
export class ImportUpsertRepository {
  /** For each row, the account it updates: same external ref in the campaign, else same normalized name sharing a country. */
  async match(manager: EntityManager, campaignId: string, rows: ImportRow[]): Promise<Array<string | null>> {
    if (rows.length === 0) return [];
    const found: Array<{ ord: number; id: string | null }> = await manager.query(
      // A row with a ref that no account has looks among the accounts without one, by their own
      // index (migration 1795490000002): not through every account of that name.
      `SELECT x.ord::int AS ord, CASE WHEN x.ext IS NOT NULL THEN COALESCE(
          (SELECT a.id FROM account a WHERE a.campaign_id = $1 AND a.external_ref = x.ext),
          (SELECT a.id FROM account a
            WHERE a.campaign_id = $1 AND a.normalized_name = x.nname AND a.external_ref IS NULL
              AND (x.countries IS NULL OR cardinality(a.countries) = 0 OR a.countries && x.countries::char(2)[])
            ORDER BY a.created_at, a.id LIMIT 1))
        ELSE (SELECT a.id FROM account a
            WHERE a.campaign_id = $1 AND a.normalized_name = x.nname
              AND (x.countries IS NULL OR cardinality(a.countries) = 0 OR a.countries && x.countries::char(2)[])
            ORDER BY a.created_at, a.id LIMIT 1) END AS id
       FROM unnest($2::text[], $3::text[], $4::text[]) WITH ORDINALITY AS x(ext, nname, countries, ord)`,
      [campaignId, pgArray(rows.map((r) => r.externalRef)), pgArray(rows.map((r) => r.normalizedName)), pgArray(rows.map((r) => arr(r.countries)))],
    );
    const ids: Array<string | null> = new Array(rows.length).fill(null);
    for (const f of found) ids[f.ord - 1] = f.id;
    return ids;
  }

  /** Inserts new accounts with their contact, their deal at `identified` and its first stage transition; returns how many went in. */
  async insertNew(
    manager: EntityManager,
    campaignId: string,
    rows: ImportRow[],
    derived: NewAccountDerived[],
    now: Date,
    actorLabel: string,
    /** The new accounts' ids, one per row, when the caller keeps them; else made here. */
    accountIds: string[] = rows.map(() => orderedUuid()),
  ): Promise<number> {
    if (rows.length === 0) return 0;
    // Ordered ids (UUIDv7) for the four rows of each account: index appends, not random pages.
    const ids = accountIds;
    const oppIds = rows.map(() => orderedUuid());
    const stIds = rows.map(() => orderedUuid());
    const contactIds = rows.map((r) => (r.contactName !== null || r.contactEmail !== null ? orderedUuid() : null));
    // One array literal per column, written by JSON.stringify (native, and its quoting of strings is
    // PostgreSQL's array quoting); PostgreSQL reads such arrays several times faster than it takes
    // the same rows apart from one JSON document (json_to_recordset), and node-postgres' own array
    // escaping is slower still. The urgency factors come as text and become jsonb row by row in the
    // SELECT: a jsonb[] parameter took 150 ms a 5,000-row chunk to read (all its documents parsed
    // in the message's memory, none freed), text[] then ::jsonb 25 ms.
    // The accounts carry their deal's queue keys: the deals' insert trigger is told it has nothing to
    // look up (migration 1795480000000), for this statement only.
    await manager.query(`SELECT set_config('lifeboat.queue_keys', 'by_writer', true)`);
    const [result] = await manager.query(
      `WITH x AS MATERIALIZED (
         SELECT * FROM unnest($2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], $7::bigint[], $8::timestamptz[], $9::timestamptz[],
           $10::boolean[], $11::boolean[], $12::text[], $13::int[], $14::text[], $15::timestamptz[], $16::text[], $17::text[], $18::text[],
           $19::text[], $20::uuid[], $21::uuid[], $22::uuid[], $25::bigint[])
           AS x(id, name, nname, segment, countries, spend, prepaid, contract_end, backup, principal, ext, urgency, factors,
             due_at, cname, cemail, ctitle, cphone, opp_id, st_id, contact_id, queue_priority)
       ), acc AS (
         INSERT INTO account (id, campaign_id, name, normalized_name, segment, countries, monthly_spend, prepaid_until, contract_ends_at,
           has_backup_provider, rival_is_principal_operator, external_ref, urgency, urgency_factors, urgency_computed_at, created_at, updated_at,
           queue_priority, has_open_deal, open_deal_due_at)
         SELECT id, $1, name, nname, segment, countries::char(2)[], spend, prepaid, contract_end,
           backup, principal, ext, urgency, factors::jsonb, $23, $23, $23, queue_priority,
           -- The queue's keys of the deal inserted below (the trigger finds them already set: migration 1795402800000).
           true, due_at
         FROM x
         ON CONFLICT (campaign_id, external_ref) WHERE external_ref IS NOT NULL DO NOTHING
         RETURNING id
       ), kept AS MATERIALIZED (
         -- A row whose external ref a concurrent writer took meanwhile is skipped with its deal and contact.
         SELECT x.* FROM x WHERE x.id IN (SELECT id FROM acc)
       ), opp AS (
         INSERT INTO opportunity (id, account_id, campaign_id, stage, stage_entered_at, due_at, created_at, updated_at)
         SELECT opp_id, id, $1, 'identified', $23, due_at, $23, $23 FROM kept
       ), st AS (
         INSERT INTO stage_transition (id, opportunity_id, campaign_id, from_stage, to_stage, at, due_at, actor_label)
         SELECT st_id, opp_id, $1, NULL, 'identified', $23, due_at, $24 FROM kept
       ), ct AS (
         INSERT INTO contact (id, account_id, name, title, email, phone, created_at, updated_at)
         SELECT contact_id, id, COALESCE(cname, cemail), ctitle, cemail, cphone, $23, $23 FROM kept WHERE contact_id IS NOT NULL
       )
       SELECT count(*)::int AS inserted FROM kept`,
      [
        campaignId,
        pgArray(ids),
        pgArray(rows.map((r) => r.name)),
        pgArray(rows.map((r) => r.normalizedName)),
        pgArray(rows.map((r) => r.segment)),
        pgArray(rows.map((r) => arr(r.countries ?? []))),
        pgArray(rows.map((r) => r.monthlySpend ?? 0)),
        pgArray(rows.map((r) => r.prepaidUntil)),
        pgArray(rows.map((r) => r.contractEndsAt)),
        pgArray(rows.map((r) => r.hasBackupProvider ?? false)),
        pgArray(rows.map((r) => r.rivalIsPrincipalOperator ?? false)),
        pgArray(rows.map((r) => r.externalRef)),
        pgArray(derived.map((d) => d.urgency)),
        pgArray(derived.map((d) => JSON.stringify(d.factors))),
        pgArray(derived.map((d) => d.dueAt)),
        pgArray(rows.map((r) => r.contactName)),
        pgArray(rows.map((r) => r.contactEmail)),
        pgArray(rows.map((r) => r.contactTitle)),
        pgArray(rows.map((r) => r.contactPhone)),
        pgArray(oppIds),
        pgArray(stIds),
        pgArray(contactIds),
        now,
        actorLabel,
        pgArray(derived.map((d) => d.queuePriority)),
      ],
    );
    await manager.query(`SELECT set_config('lifeboat.queue_keys', '', true)`);
    return Number(result.inserted);
  }

  /**
   * Updates matched accounts with the cells the file gives (empty cells keep what is stored); of
   * rows matching the same account, the last one's cells (PostgreSQL's UPDATE … FROM takes any one
   * of several source rows); each row adds its contact. Returns the accounts' new state.
   */
  async updateExisting(manager: EntityManager, campaignId: string, allRows: ImportRow[], allIds: string[], now: Date): Promise<UpdatedAccountState[]> {
    if (allRows.length === 0) return [];
    const last = new Map<string, number>();
    allIds.forEach((id, i) => last.set(id, i));
    const rows = allRows.filter((_, i) => last.get(allIds[i]) === i);
    const ids = allIds.filter((id, i) => last.get(id) === i);
    const updated: Array<Record<string, unknown>> = await manager.query(
      `UPDATE account a SET name = x.name, normalized_name = x.nname, segment = COALESCE(x.segment, a.segment),
         countries = COALESCE(x.countries::char(2)[], a.countries), monthly_spend = COALESCE(x.spend, a.monthly_spend),
         prepaid_until = COALESCE(x.prepaid, a.prepaid_until), contract_ends_at = COALESCE(x.contract_end, a.contract_ends_at),
         has_backup_provider = COALESCE(x.backup, a.has_backup_provider),
         rival_is_principal_operator = COALESCE(x.principal, a.rival_is_principal_operator),
         external_ref = COALESCE(a.external_ref, x.ext), version = a.version + 1, updated_at = $13
       FROM unnest($2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], $7::bigint[], $8::timestamptz[], $9::timestamptz[],
         $10::boolean[], $11::boolean[], $12::text[]) AS x(id, name, nname, segment, countries, spend, prepaid, contract_end, backup, principal, ext)
       WHERE a.id = x.id AND a.campaign_id = $1
       RETURNING a.id, a.name, a.monthly_spend, a.countries, a.has_backup_provider, a.rival_is_principal_operator, a.last_contact_at, a.created_at,
         a.segment, (SELECT o.stage FROM opportunity o WHERE o.account_id = a.id AND o.stage NOT IN ('won','lost') LIMIT 1) AS open_stage,
         a.open_deal_due_at AS open_due_at`,
      [
        campaignId,
        pgArray(ids),
        pgArray(rows.map((r) => r.name)),
        pgArray(rows.map((r) => r.normalizedName)),
        pgArray(rows.map((r) => r.segment)),
        pgArray(rows.map((r) => arr(r.countries))),
        pgArray(rows.map((r) => r.monthlySpend)),
        pgArray(rows.map((r) => r.prepaidUntil)),
        pgArray(rows.map((r) => r.contractEndsAt)),
        pgArray(rows.map((r) => r.hasBackupProvider)),
        pgArray(rows.map((r) => r.rivalIsPrincipalOperator)),
        pgArray(rows.map((r) => r.externalRef)),
        now,
      ],
    );
    // New contacts only: one with the same email or name is already there (or comes in an earlier row).
    await manager.query(
      `INSERT INTO contact (account_id, name, title, email, phone, created_at, updated_at)
       SELECT DISTINCT ON (x.id, COALESCE(x.cemail, lower(x.cname))) x.id, COALESCE(x.cname, x.cemail), x.ctitle, x.cemail, x.cphone, $6, $6
       FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[]) AS x(id, cname, cemail, ctitle, cphone)
       WHERE (x.cname IS NOT NULL OR x.cemail IS NOT NULL) AND NOT EXISTS (
         SELECT 1 FROM contact c WHERE c.account_id = x.id AND (lower(c.email) = x.cemail OR lower(c.name) = lower(COALESCE(x.cname, x.cemail))))`,
      [pgArray(allIds), pgArray(allRows.map((r) => r.contactName)), pgArray(allRows.map((r) => r.contactEmail)), pgArray(allRows.map((r) => r.contactTitle)), pgArray(allRows.map((r) => r.contactPhone)), now],
    );
    const rowsUpdated = updated as unknown as Array<Record<string, unknown>>;
    return (Array.isArray(rowsUpdated[0]) ? (rowsUpdated[0] as Array<Record<string, unknown>>) : rowsUpdated).map(urgencyAccountOf);
  }
}

export type { Segment };
