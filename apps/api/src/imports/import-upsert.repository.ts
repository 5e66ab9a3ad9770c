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
 * The hot path of an import, in SQL: rows are staged with whole columns as arrays (`unnest`), then
 * applied from the staging table by set-based statements (a batch of any size is a handful of
 * statements, far below PostgreSQL's 65,535 parameters per statement).
 */
@Injectable()
export class ImportUpsertRepository {
  /** For each row, the account it updates: same external ref in the campaign, else same normalized name sharing a country. */
  async match(manager: EntityManager, campaignId: string, rows: ReadonlyArray<MatchKey>): Promise<Array<string | null>> {
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

  /**
   * Writes a chunk's valid rows into the staging table, in file order from `firstOrd`, each with the
   * ids its account, deal, first transition and contact get if it turns out new (made here, once:
   * a re-run of a batch finds the same ids). One statement, whole columns as array literals.
   */
  async stage(manager: EntityManager, importId: string, firstOrd: number, rows: ImportRow[], recs: number[]): Promise<void> {
    if (rows.length === 0) return;
    await manager.query(
      `INSERT INTO account_import_row (import_id, ord, rec, id, opp_id, st_id, contact_id, name, nname, segment, countries, spend, prepaid,
         contract_end, backup, principal, ext, cname, cemail, ctitle, cphone, coll)
       SELECT $1, $2 + x.k - 1, x.rec, x.id, x.opp_id, x.st_id, x.contact_id, x.name, x.nname, x.segment, x.countries::text[], x.spend, x.prepaid,
         x.contract_end, x.backup, x.principal, x.ext, x.cname, x.cemail, x.ctitle, x.cphone, x.coll
       FROM unnest($3::int[], $4::uuid[], $5::uuid[], $6::uuid[], $7::uuid[], $8::text[], $9::text[], $10::text[], $11::text[], $12::bigint[],
         $13::timestamptz[], $14::timestamptz[], $15::boolean[], $16::boolean[], $17::text[], $18::text[], $19::text[], $20::text[], $21::text[], $22::uuid[])
         WITH ORDINALITY AS x(rec, id, opp_id, st_id, contact_id, name, nname, segment, countries, spend, prepaid, contract_end, backup, principal,
           ext, cname, cemail, ctitle, cphone, coll, k)`,
      [
        importId,
        firstOrd,
        `{${recs.join(',')}}`,
        // Ordered ids (UUIDv7) for the four rows of each account: index appends, not random pages.
        pgArray(rows.map(() => orderedUuid())),
        pgArray(rows.map(() => orderedUuid())),
        pgArray(rows.map(() => orderedUuid())),
        pgArray(rows.map((r) => (r.contactName !== null || r.contactEmail !== null ? orderedUuid() : null))),
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
        pgArray(rows.map((r) => r.contactName)),
        pgArray(rows.map((r) => r.contactEmail)),
        pgArray(rows.map((r) => r.contactTitle)),
        pgArray(rows.map((r) => r.contactPhone)),
        // Without a collective column: no array at all (unnest pads the missing column with nulls).
        rows.some((r) => r.collectiveId) ? pgArray(rows.map((r) => r.collectiveId ?? null)) : null,
      ],
    );
  }

  /**
   * The staged rows `from` ≤ ord < `to` deduplicated as one chunk always was: rows of the same
   * external ref are one account; a row without one joins the first row of the batch with its
   * normalized name and first country (a row with a ref among them, the first of its ref); the last
   * row of each group stands for it (its cells win). In the order of each group's first row, with
   * what matching and a new account's urgency need.
   */
  async planBatch(manager: EntityManager, importId: string, from: number, to: number): Promise<StagedRep[]> {
    const rows: Array<Record<string, unknown>> = await manager.query(
      // Window functions over one range scan of the staging table, no join: its statistics (a table
      // that fills and empties by the batch) can never make the planner pair rows one by one.
      `SELECT ord, name, nname, segment, countries, spend, backup, principal, ext, coll FROM (
         SELECT *, ord = max(ord) OVER (PARTITION BY gkey) AS rep, min(ord) OVER (PARTITION BY gkey) AS first_ord FROM (
           SELECT *, CASE WHEN ext IS NOT NULL THEN 'e:' || ext WHEN owner_ext IS NOT NULL THEN 'e:' || owner_ext ELSE 'n:' || nkey END AS gkey FROM (
             -- The ref of the row that holds the name's slot: the batch's first row with that name
             -- and first country, among the rows without a ref and the first row of each ref.
             SELECT *, first_value(CASE WHEN registers THEN ext END) OVER (PARTITION BY nkey ORDER BY NOT registers, ord) AS owner_ext FROM (
               SELECT ord, name, nname, segment, countries, spend, backup, principal, ext, coll, nname || '|' || COALESCE(countries[1], '') AS nkey,
                 ext IS NULL OR ord = min(ord) OVER (PARTITION BY ext) AS registers
               FROM account_import_row WHERE import_id = $1 AND ord >= $2 AND ord < $3
             ) b
           ) o
         ) g
       ) r
       WHERE rep ORDER BY first_ord`,
      [importId, from, to],
    );
    return rows.map((r) => ({
      ord: Number(r['ord']),
      name: r['name'] as string,
      normalizedName: r['nname'] as string,
      segment: r['segment'] as Segment,
      countries: (r['countries'] as string[] | null) ?? null,
      monthlySpend: r['spend'] === null ? null : Number(r['spend']),
      hasBackupProvider: (r['backup'] as boolean | null) ?? null,
      rivalIsPrincipalOperator: (r['principal'] as boolean | null) ?? null,
      externalRef: (r['ext'] as string | null) ?? null,
      collectiveId: (r['coll'] as string | null) ?? null,
    }));
  }

  /**
   * Inserts the new accounts of staged rows `ords` with their contact, their deal at `identified`
   * and its first stage transition (the ids staged with them); returns how many went in.
   */
  async insertStaged(manager: EntityManager, importId: string, campaignId: string, ords: number[], derived: NewAccountDerived[], now: Date, actorLabel: string, sourceId: string | null = null): Promise<number> {
    if (ords.length === 0) return 0;
    // The urgency factors come as text and become jsonb row by row (a jsonb[] parameter was 6×
    // slower to read). The accounts carry their deal's queue keys: the deals' insert trigger is told
    // it has nothing to look up (migration 1795480000000), for this statement only.
    await manager.query(`SELECT set_config('lifeboat.queue_keys', 'by_writer', true)`);
    const [result] = await manager.query(
      `WITH x AS MATERIALIZED (
         SELECT s.*, d.urgency, d.factors, d.due_at, d.queue_priority
         FROM unnest($3::int[], $4::int[], $5::text[], $6::timestamptz[], $9::bigint[]) WITH ORDINALITY AS d(ord, urgency, factors, due_at, queue_priority, k)
         JOIN account_import_row s ON s.import_id = $1 AND s.ord = d.ord
         ORDER BY d.k
       ), acc AS (
         INSERT INTO account (id, campaign_id, name, normalized_name, segment, countries, monthly_spend, prepaid_until, contract_ends_at,
           has_backup_provider, rival_is_principal_operator, external_ref, urgency, urgency_factors, urgency_computed_at, created_at, updated_at,
           queue_priority, has_open_deal, open_deal_due_at, source_id)
         SELECT id, $2, name, nname, segment, COALESCE(countries, '{}')::char(2)[], COALESCE(spend, 0), prepaid, contract_end,
           COALESCE(backup, false), COALESCE(principal, false), ext, urgency, factors::jsonb, $7, $7, $7, queue_priority,
           -- The queue's keys of the deal inserted below (the trigger finds them already set: migration 1795402800000).
           true, due_at, $10::uuid
         FROM x
         ON CONFLICT (campaign_id, external_ref) WHERE external_ref IS NOT NULL DO NOTHING
         RETURNING id
       ), kept AS MATERIALIZED (
         -- A row whose external ref a concurrent writer took meanwhile is skipped with its deal and contact.
         SELECT x.* FROM x WHERE x.id IN (SELECT id FROM acc)
       ), opp AS (
         INSERT INTO opportunity (id, account_id, campaign_id, stage, stage_entered_at, due_at, created_at, updated_at)
         SELECT opp_id, id, $2, 'identified', $7, due_at, $7, $7 FROM kept
       ), st AS (
         INSERT INTO stage_transition (id, opportunity_id, campaign_id, from_stage, to_stage, at, due_at, actor_label)
         SELECT st_id, opp_id, $2, NULL, 'identified', $7, due_at, $8 FROM kept
       ), ct AS (
         INSERT INTO contact (id, account_id, name, title, email, phone, created_at, updated_at, source_id)
         SELECT contact_id, id, COALESCE(cname, cemail), ctitle, cemail, cphone, $7, $7, $10::uuid FROM kept WHERE contact_id IS NOT NULL
       )
       SELECT count(*)::int AS inserted FROM kept`,
      [
        importId,
        campaignId,
        `{${ords.join(',')}}`,
        pgArray(derived.map((d) => d.urgency)),
        pgArray(derived.map((d) => JSON.stringify(d.factors))),
        pgArray(derived.map((d) => d.dueAt)),
        now,
        actorLabel,
        pgArray(derived.map((d) => d.queuePriority)),
        sourceId,
      ],
    );
    await manager.query(`SELECT set_config('lifeboat.queue_keys', '', true)`);
    return Number(result.inserted);
  }

  /**
   * Updates matched accounts with the cells of staged rows `allOrds` (empty cells keep what is
   * stored); of rows matching the same account, the last one's cells; each row adds its contact.
   * Returns the accounts' new state.
   */
  async updateStaged(manager: EntityManager, importId: string, campaignId: string, allOrds: number[], allIds: string[], now: Date, sourceId: string | null = null): Promise<UpdatedAccountState[]> {
    if (allOrds.length === 0) return [];
    const last = new Map<string, number>();
    allIds.forEach((id, i) => last.set(id, i));
    const ords = allOrds.filter((_, i) => last.get(allIds[i]) === i);
    const ids = allIds.filter((id, i) => last.get(id) === i);
    const updated: Array<Record<string, unknown>> = await manager.query(
      `UPDATE account a SET name = x.name, normalized_name = x.nname, segment = COALESCE(x.segment, a.segment),
         countries = COALESCE(x.countries::char(2)[], a.countries), monthly_spend = COALESCE(x.spend, a.monthly_spend),
         prepaid_until = COALESCE(x.prepaid, a.prepaid_until), contract_ends_at = COALESCE(x.contract_end, a.contract_ends_at),
         has_backup_provider = COALESCE(x.backup, a.has_backup_provider),
         rival_is_principal_operator = COALESCE(x.principal, a.rival_is_principal_operator),
         external_ref = COALESCE(a.external_ref, x.ext), version = a.version + 1, updated_at = $5
       FROM (SELECT s.*, m.account_id FROM unnest($3::int[], $4::uuid[]) AS m(ord, account_id)
             JOIN account_import_row s ON s.import_id = $1 AND s.ord = m.ord) x
       WHERE a.id = x.account_id AND a.campaign_id = $2
       RETURNING a.id, a.name, a.monthly_spend, a.countries, a.has_backup_provider, a.rival_is_principal_operator, a.last_contact_at, a.created_at,
         a.segment, (SELECT o.stage FROM opportunity o WHERE o.account_id = a.id AND o.stage NOT IN ('won','lost') LIMIT 1) AS open_stage,
         a.open_deal_due_at AS open_due_at`,
      [importId, campaignId, `{${ords.join(',')}}`, pgArray(ids), now],
    );
    // New contacts only: one with the same email or name is already there (or comes in an earlier row).
    await manager.query(
      `INSERT INTO contact (account_id, name, title, email, phone, created_at, updated_at, source_id)
       SELECT DISTINCT ON (x.account_id, COALESCE(x.cemail, lower(x.cname))) x.account_id, COALESCE(x.cname, x.cemail), x.ctitle, x.cemail, x.cphone, $4, $4, $5::uuid
       FROM (SELECT s.*, m.account_id FROM unnest($2::int[], $3::uuid[]) AS m(ord, account_id)
             JOIN account_import_row s ON s.import_id = $1 AND s.ord = m.ord) x
       WHERE (x.cname IS NOT NULL OR x.cemail IS NOT NULL) AND NOT EXISTS (
         SELECT 1 FROM contact c WHERE c.account_id = x.account_id AND (lower(c.email) = x.cemail OR lower(c.name) = lower(COALESCE(x.cname, x.cemail))))`,
      [importId, `{${allOrds.join(',')}}`, pgArray(allIds), now, sourceId],
    );
    const rowsUpdated = updated as unknown as Array<Record<string, unknown>>;
    return (Array.isArray(rowsUpdated[0]) ? (rowsUpdated[0] as Array<Record<string, unknown>>) : rowsUpdated).map(urgencyAccountOf);
  }

  /**
   * Links the accounts of staged rows to the collective each names (`ords[i]` applied to account
   * `accountIds[i]`, null for a new account: the id staged with it), in one statement: an account
   * already in a collective stays there; a collective gone since staging links nothing. Returns the
   * accounts linked to a collective that announced cancellations (their urgency changes).
   */
  async linkCollectives(manager: EntityManager, importId: string, campaignId: string, ords: number[], accountIds: Array<string | null>): Promise<string[]> {
    if (ords.length === 0) return [];
    const rows: Array<{ account_id: string }> = await manager.query(
      `WITH ins AS (
         INSERT INTO collective_member (account_id, collective_id, campaign_id)
         SELECT DISTINCT ON (a.id) a.id, c.id, $2
         FROM unnest($3::int[], $4::uuid[]) AS m(ord, account_id)
         JOIN account_import_row s ON s.import_id = $1 AND s.ord = m.ord
         JOIN account a ON a.id = COALESCE(m.account_id, s.id) AND a.campaign_id = $2
         JOIN collective c ON c.id = s.coll AND c.campaign_id = $2
         ORDER BY a.id, m.ord DESC
         ON CONFLICT (account_id) DO NOTHING
         RETURNING account_id, collective_id
       )
       SELECT ins.account_id FROM ins JOIN collective c ON c.id = ins.collective_id WHERE c.announced_cancellation_at IS NOT NULL`,
      [importId, campaignId, `{${ords.join(',')}}`, pgArray(accountIds)],
    );
    return rows.map((r) => r.account_id);
  }

  /** The record number (`rec`) of staged row `ord`. */
  async recOf(manager: EntityManager, importId: string, ord: number): Promise<number> {
    const [row] = await manager.query(`SELECT rec FROM account_import_row WHERE import_id = $1 AND ord = $2`, [importId, ord]);
    return Number(row.rec);
  }

  /** Staged rows `from` ≤ ord < `to` (applied), or every staged row of the import. */
  async clearStaged(manager: EntityManager, importId: string, from?: number, to?: number): Promise<void> {
    if (from === undefined || to === undefined) await manager.query(`DELETE FROM account_import_row WHERE import_id = $1`, [importId]);
    else await manager.query(`DELETE FROM account_import_row WHERE import_id = $1 AND ord >= $2 AND ord < $3`, [importId, from, to]);
  }
}

/** The row that stands for a group of staged rows (one account), with what matching and a new account's urgency read. */
export interface StagedRep extends MatchKey {
  ord: number;
  name: string;
  segment: Segment;
  monthlySpend: number | null;
  hasBackupProvider: boolean | null;
  rivalIsPrincipalOperator: boolean | null;
  /** The collective the row links its account to; null without. */
  collectiveId: string | null;
}

/** What a row is matched on. */
export type MatchKey = Pick<ImportRow, 'externalRef' | 'normalizedName' | 'countries'>;

export type { Segment };
