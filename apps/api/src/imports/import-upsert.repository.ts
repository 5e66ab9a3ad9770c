import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { Segment } from '@lifeboat/domain';
import type { WordedUrgencyFactor } from '../urgency/urgency-english';
import { urgencyAccountOf } from '../urgency/urgency.repository';
import type { ImportRow } from './import-row';
import { orderedUuid } from './ordered-uuid';

/** What the chunk's new accounts get, computed in bulk by the service (urgency, the deal's due time). */
export interface NewAccountDerived {
  urgency: number;
  factors: WordedUrgencyFactor[];
  dueAt: Date | null;
}

/** An existing account after the upsert, as its urgency recomputation needs it. */
export type UpdatedAccountState = ReturnType<typeof urgencyAccountOf>;

const arr = (codes: string[] | null) => (codes === null ? null : `{${codes.join(',')}}`);

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
      `SELECT x.ord::int AS ord, COALESCE(
          (SELECT a.id FROM account a WHERE a.campaign_id = $1 AND x.ext IS NOT NULL AND a.external_ref = x.ext),
          (SELECT a.id FROM account a
            WHERE a.campaign_id = $1 AND a.normalized_name = x.nname AND (x.ext IS NULL OR a.external_ref IS NULL)
              AND (x.countries IS NULL OR cardinality(a.countries) = 0 OR a.countries && x.countries::char(2)[])
            ORDER BY a.created_at, a.id LIMIT 1)) AS id
       FROM unnest($2::text[], $3::text[], $4::text[]) WITH ORDINALITY AS x(ext, nname, countries, ord)`,
      [campaignId, rows.map((r) => r.externalRef), rows.map((r) => r.normalizedName), rows.map((r) => arr(r.countries))],
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
  ): Promise<number> {
    if (rows.length === 0) return 0;
    // Ordered ids (UUIDv7) for the four rows of each account: index appends, not random pages.
    const ids = rows.map(() => orderedUuid());
    const oppIds = rows.map(() => orderedUuid());
    const stIds = rows.map(() => orderedUuid());
    const contactIds = rows.map((r) => (r.contactName !== null || r.contactEmail !== null ? orderedUuid() : null));
    // One JSON document per chunk (JSON.stringify and PostgreSQL's JSON parser are native and fast;
    // 21 text arrays cost more in node-postgres' array escaping than the inserts themselves).
    const doc = JSON.stringify(
      rows.map((r, i) => ({
        id: ids[i],
        name: r.name,
        nname: r.normalizedName,
        segment: r.segment,
        countries: r.countries ?? [],
        spend: r.monthlySpend ?? 0,
        prepaid: r.prepaidUntil,
        contract_end: r.contractEndsAt,
        backup: r.hasBackupProvider ?? false,
        principal: r.rivalIsPrincipalOperator ?? false,
        ext: r.externalRef,
        urgency: derived[i].urgency,
        factors: derived[i].factors,
        due_at: derived[i].dueAt,
        cname: r.contactName,
        cemail: r.contactEmail,
        ctitle: r.contactTitle,
        cphone: r.contactPhone,
        opp_id: oppIds[i],
        st_id: stIds[i],
        contact_id: contactIds[i],
      })),
    );
    const [result] = await manager.query(
      `WITH x AS MATERIALIZED (
         SELECT * FROM json_to_recordset($2::json) AS x(id uuid, name text, nname text, segment text, countries text[], spend bigint,
           prepaid timestamptz, contract_end timestamptz, backup boolean, principal boolean, ext text, urgency int, factors jsonb,
           due_at timestamptz, cname text, cemail text, ctitle text, cphone text, opp_id uuid, st_id uuid, contact_id uuid)
       ), acc AS (
         INSERT INTO account (id, campaign_id, name, normalized_name, segment, countries, monthly_spend, prepaid_until, contract_ends_at,
           has_backup_provider, rival_is_principal_operator, external_ref, urgency, urgency_factors, urgency_computed_at, created_at, updated_at)
         SELECT id, $1, name, nname, segment, countries::char(2)[], spend, prepaid, contract_end,
           backup, principal, ext, urgency, factors, $3, $3, $3
         FROM x
         ON CONFLICT (campaign_id, external_ref) WHERE external_ref IS NOT NULL DO NOTHING
         RETURNING id
       ), kept AS MATERIALIZED (
         -- A row whose external ref a concurrent writer took meanwhile is skipped with its deal and contact.
         SELECT x.* FROM x WHERE x.id IN (SELECT id FROM acc)
       ), opp AS (
         INSERT INTO opportunity (id, account_id, campaign_id, stage, stage_entered_at, due_at, created_at, updated_at)
         SELECT opp_id, id, $1, 'identified', $3, due_at, $3, $3 FROM kept
       ), st AS (
         INSERT INTO stage_transition (id, opportunity_id, campaign_id, from_stage, to_stage, at, due_at, actor_label)
         SELECT st_id, opp_id, $1, NULL, 'identified', $3, due_at, $4 FROM kept
       ), ct AS (
         INSERT INTO contact (id, account_id, name, title, email, phone, created_at, updated_at)
         SELECT contact_id, id, COALESCE(cname, cemail), ctitle, cemail, cphone, $3, $3 FROM kept WHERE contact_id IS NOT NULL
       )
       SELECT count(*)::int AS inserted FROM kept`,
      [campaignId, doc, now, actorLabel],
    );
    return Number(result.inserted);
  }

  /** Updates matched accounts with the cells the file gives (empty cells keep what is stored); returns their new state. */
  async updateExisting(manager: EntityManager, campaignId: string, rows: ImportRow[], ids: string[], now: Date): Promise<UpdatedAccountState[]> {
    if (rows.length === 0) return [];
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
         (SELECT o.stage FROM opportunity o WHERE o.account_id = a.id AND o.stage NOT IN ('won','lost') LIMIT 1) AS open_stage`,
      [
        campaignId,
        ids,
        rows.map((r) => r.name),
        rows.map((r) => r.normalizedName),
        rows.map((r) => r.segment),
        rows.map((r) => arr(r.countries)),
        rows.map((r) => r.monthlySpend),
        rows.map((r) => r.prepaidUntil),
        rows.map((r) => r.contractEndsAt),
        rows.map((r) => r.hasBackupProvider),
        rows.map((r) => r.rivalIsPrincipalOperator),
        rows.map((r) => r.externalRef),
        now,
      ],
    );
    // New contacts only: one with the same email or name is already there.
    await manager.query(
      `INSERT INTO contact (account_id, name, title, email, phone, created_at, updated_at)
       SELECT x.id, COALESCE(x.cname, x.cemail), x.ctitle, x.cemail, x.cphone, $6, $6
       FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[]) AS x(id, cname, cemail, ctitle, cphone)
       WHERE (x.cname IS NOT NULL OR x.cemail IS NOT NULL) AND NOT EXISTS (
         SELECT 1 FROM contact c WHERE c.account_id = x.id AND (lower(c.email) = x.cemail OR lower(c.name) = lower(COALESCE(x.cname, x.cemail))))`,
      [ids, rows.map((r) => r.contactName), rows.map((r) => r.contactEmail), rows.map((r) => r.contactTitle), rows.map((r) => r.contactPhone), now],
    );
    const rowsUpdated = updated as unknown as Array<Record<string, unknown>>;
    return (Array.isArray(rowsUpdated[0]) ? (rowsUpdated[0] as Array<Record<string, unknown>>) : rowsUpdated).map(urgencyAccountOf);
  }
}

export type { Segment };
