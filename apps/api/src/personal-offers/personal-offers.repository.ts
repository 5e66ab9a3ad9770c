import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { ServiceKind } from '@lifeboat/domain';
import { FULL_ACCESS } from '../common/access/actor';
import { AccountFilter, AccountsRepository } from '../accounts/accounts.repository';
import { tokenHashSql } from './offer-link';

/** An account's offer, as its page lists it. */
export interface AccountOfferRecord {
  id: string;
  status: 'open' | 'accepted';
  expiresAt: Date;
  openedAt: Date | null;
  acceptedAt: Date | null;
  cutoverWeekStart: Date | null;
  monthlyTotal: number | null;
  createdAt: Date;
  discountPercent: number;
  termMonths: number;
  currency: string;
  cursorAt: string;
}

export interface BatchRecord {
  id: string;
  campaignId: string;
  collectiveId: string | null;
  filter: AccountFilter;
  discountPercent: number;
  approvalLevel: string;
  termMonths: number;
  expiresAt: Date;
  status: string;
  matched: number;
  createdBy: string;
  createdAt: Date;
  finishedAt: Date | null;
  progress: { generated: number; opened: number; accepted: number; expired: number };
}

export interface OfferRecord {
  id: string;
  batchId: string;
  campaignId: string;
  accountId: string;
  accountName: string;
  currency: string;
  services: Array<{ kind: ServiceKind; quantity: number; monthlyCost: number }>;
  workload: number;
  prepaidUntil: Date | null;
  monthlySpend: number;
  expiresAt: Date;
  status: 'open' | 'accepted';
  openedAt: Date | null;
  cutoverAt: Date | null;
  monthlyTotal: number | null;
  switchCredit: number | null;
  totalOverTerm: number | null;
  discountPercent: number;
  termMonths: number;
}

/** Who a batch is for: the accounts a filter matches (campaign set), or a collective's members. */
export type BatchSource = { filter: AccountFilter } | { collectiveId: string };

const BATCH_COLUMNS = `b.id, b.campaign_id AS "campaignId", b.collective_id AS "collectiveId", b.filter, b.discount_percent::float8 AS "discountPercent",
  b.approval_level AS "approvalLevel", b.term_months AS "termMonths", b.expires_at AS "expiresAt", b.status, b.matched,
  b.created_by_label AS "createdBy", b.created_at AS "createdAt", b.finished_at AS "finishedAt"`;

const OFFER_COLUMNS = `p.id, p.batch_id AS "batchId", p.campaign_id AS "campaignId", p.account_id AS "accountId", a.name AS "accountName", c.currency,
  p.services, p.workload, p.prepaid_until AS "prepaidUntil", p.monthly_spend::float8 AS "monthlySpend", p.expires_at AS "expiresAt", p.status,
  p.opened_at AS "openedAt", p.cutover_at AS "cutoverAt", p.monthly_total::float8 AS "monthlyTotal", p.switch_credit::float8 AS "switchCredit",
  p.total_over_term::float8 AS "totalOverTerm", b.discount_percent::float8 AS "discountPercent", b.term_months AS "termMonths"`;

@Injectable()
export class PersonalOffersRepository {
  constructor(
    private readonly dataSource: DataSource,
    private readonly accounts: AccountsRepository,
  ) {}

  /**
   * The accounts that get an offer, as a subquery of `id`: those of the source (the campaign's,
   * always) that buy something from the rival and have no live (open, unexpired) or accepted
   * offer of the campaign — so a batch run twice, or a second batch for the same list, gives
   * nobody a second offer. Parameters go onto `params`.
   */
  private eligibleSql(campaignId: string, source: BatchSource, now: Date, params: unknown[], withServicesCheck = true): string {
    let matching: string;
    if ('filter' in source) {
      matching = `SELECT m.id FROM (${this.accounts.numberedMatching(FULL_ACCESS, { ...source.filter, campaignId }, now, params)}) m`;
    } else {
      params.push(source.collectiveId, campaignId);
      matching = `SELECT cm.account_id AS id FROM collective_member cm WHERE cm.collective_id = $${params.length - 1}::uuid AND cm.campaign_id = $${params.length}::uuid`;
    }
    params.push(now);
    const at = `$${params.length}::timestamptz`;
    // Only accounts still in play: an open deal (not yet won, not lost).
    return `SELECT e.id FROM (${matching}) e
      WHERE NOT EXISTS (SELECT 1 FROM personal_offer o WHERE o.account_id = e.id AND (o.status = 'accepted' OR o.expires_at >= ${at}))
        AND EXISTS (SELECT 1 FROM opportunity d WHERE d.account_id = e.id AND d.stage NOT IN ('won', 'lost'))
        ${withServicesCheck ? 'AND EXISTS (SELECT 1 FROM rival_service rs WHERE rs.account_id = e.id)' : ''}`;
  }

  async countEligible(manager: EntityManager, campaignId: string, source: BatchSource, now: Date): Promise<number> {
    const params: unknown[] = [];
    const [row] = await manager.query(`SELECT count(*)::int AS n FROM (${this.eligibleSql(campaignId, source, now, params)}) x`, params);
    return Number(row.n);
  }

  async insertBatch(
    manager: EntityManager,
    b: { campaignId: string; collectiveId: string | null; filter: AccountFilter; discountPercent: number; approvalLevel: string; termMonths: number; expiresAt: Date; matched: number; userId: string | null; label: string },
  ): Promise<string> {
    const [row] = await manager.query(
      `INSERT INTO personal_offer_batch (campaign_id, collective_id, filter, discount_percent, approval_level, term_months, expires_at, matched, created_by_user_id, created_by_label)
       VALUES ($1, $2, $3::jsonb, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
      [b.campaignId, b.collectiveId, JSON.stringify(b.filter), b.discountPercent, b.approvalLevel, b.termMonths, b.expiresAt, b.matched, b.userId, b.label],
    );
    return row.id as string;
  }

  /** Locks a queued batch (the job's row); null once completed or gone. */
  async lockQueued(manager: EntityManager, batchId: string): Promise<Omit<BatchRecord, 'progress'> | null> {
    const [row] = await manager.query(`SELECT ${BATCH_COLUMNS} FROM personal_offer_batch b WHERE b.id = $1 AND b.status = 'queued' FOR UPDATE`, [batchId]);
    return row ?? null;
  }

  /**
   * Writes the batch's offers in one INSERT … SELECT: per eligible account a fresh id, the hash
   * of its link token (offer-link.ts, in SQL), its rival services frozen as JSON, its workload
   * (units of service), prepaid date and monthly spend. ON CONFLICT: a second run writes nothing.
   */
  async generate(manager: EntityManager, batch: Omit<BatchRecord, 'progress'>, linkKey: string, now: Date): Promise<number> {
    const source: BatchSource = batch.collectiveId ? { collectiveId: batch.collectiveId } : { filter: batch.filter };
    const params: unknown[] = [batch.id, linkKey, batch.expiresAt];
    // The services of every eligible account in one hash aggregate (not one lookup per account);
    // an account without any has no row there, so it gets no offer.
    const eligible = this.eligibleSql(batch.campaignId, source, now, params, false);
    const [row] = await manager.query(
      `WITH el AS (${eligible}),
       s AS (
         SELECT rs.account_id, sum(rs.quantity)::int AS units,
                jsonb_agg(jsonb_build_object('kind', rs.kind, 'quantity', rs.quantity, 'monthlyCost', rs.monthly_cost) ORDER BY rs.position, rs.id) AS services
         FROM rival_service rs JOIN el ON el.id = rs.account_id
         GROUP BY rs.account_id
       ),
       written AS (
         INSERT INTO personal_offer (id, batch_id, campaign_id, account_id, token_hash, services, workload, prepaid_until, monthly_spend, expires_at)
         SELECT x.id, $1::uuid, a.campaign_id, a.id, ${tokenHashSql('$2::text', 'x.id')}, x.services, GREATEST(1, x.units), a.prepaid_until, a.monthly_spend, $3::timestamptz
         FROM (SELECT gen_random_uuid() AS id, s.* FROM s) x
         JOIN account a ON a.id = x.account_id
         ON CONFLICT (batch_id, account_id) DO NOTHING
         RETURNING 1)
       SELECT count(*)::int AS n FROM written`,
      params,
    );
    return Number(row.n);
  }

  async complete(manager: EntityManager, batchId: string, generated: number): Promise<void> {
    await manager.query(`UPDATE personal_offer_batch SET status = 'completed', generated = generated + $2, finished_at = now() WHERE id = $1`, [batchId, generated]);
  }

  /**
   * A page of a campaign's batches, newest first (created_at DESC, id: the index's order), with their
   * progress (counted from the offers), after the keyset `after` ([created_at to the microsecond, id]);
   * one more row than `limit` says whether more follow. Each row carries its `cursorAt`.
   */
  async batches(
    campaignId: string,
    now: Date,
    limit: number,
    after: [string, string] | null,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<{ rows: Array<BatchRecord & { cursorAt: string }>; total: number }> {
    const params: unknown[] = [campaignId, now, limit + 1];
    let keyset = '';
    if (after) {
      params.push(after[0], after[1]);
      keyset = `AND (b.created_at < $4::timestamptz OR (b.created_at = $4::timestamptz AND b.id > $5::uuid))`;
    }
    const rows: Array<Record<string, unknown>> = await manager.query(
      `SELECT ${BATCH_COLUMNS}, to_char(b.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS "cursorAt",
         (SELECT json_build_object('generated', count(*), 'opened', count(p.opened_at), 'accepted', count(*) FILTER (WHERE p.status = 'accepted'),
                                   'expired', count(*) FILTER (WHERE p.status = 'open' AND p.expires_at < $2))
          FROM personal_offer p WHERE p.batch_id = b.id) AS progress
       FROM personal_offer_batch b WHERE b.campaign_id = $1 ${keyset} ORDER BY b.created_at DESC, b.id LIMIT $3`,
      params,
    );
    const [{ n }] = await manager.query(`SELECT count(*)::int AS n FROM personal_offer_batch WHERE campaign_id = $1`, [campaignId]);
    return { rows: rows as unknown as Array<BatchRecord & { cursorAt: string }>, total: Number(n) };
  }

  /** A page of an account's offers, newest first (created_at DESC, id), after the keyset `after` ([created_at to the microsecond, id]). */
  async ofAccount(accountId: string, limit: number, after: [string, string] | null): Promise<{ rows: AccountOfferRecord[]; total: number }> {
    const params: unknown[] = [accountId, limit + 1];
    let keyset = '';
    if (after) {
      params.push(after[0], after[1]);
      keyset = `AND (p.created_at < $3::timestamptz OR (p.created_at = $3::timestamptz AND p.id > $4::uuid))`;
    }
    const rows: Array<Record<string, unknown>> = await this.dataSource.query(
      `SELECT p.id, p.status, p.expires_at AS "expiresAt", p.opened_at AS "openedAt", p.accepted_at AS "acceptedAt",
              p.cutover_week_start AS "cutoverWeekStart", p.monthly_total::float8 AS "monthlyTotal", p.created_at AS "createdAt",
              b.discount_percent::float8 AS "discountPercent", b.term_months AS "termMonths", c.currency,
              to_char(p.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS "cursorAt"
       FROM personal_offer p JOIN personal_offer_batch b ON b.id = p.batch_id JOIN campaign c ON c.id = p.campaign_id
       WHERE p.account_id = $1 ${keyset} ORDER BY p.created_at DESC, p.id LIMIT $2`,
      params,
    );
    const [{ n }] = await this.dataSource.query(`SELECT count(*)::int AS n FROM personal_offer WHERE account_id = $1`, [accountId]);
    return { rows: rows as unknown as AccountOfferRecord[], total: Number(n) };
  }

  async batchById(id: string, now: Date, manager: EntityManager = this.dataSource.manager): Promise<BatchRecord | null> {
    const [row] = await manager.query(
      `SELECT ${BATCH_COLUMNS},
         (SELECT json_build_object('generated', count(*), 'opened', count(p.opened_at), 'accepted', count(*) FILTER (WHERE p.status = 'accepted'),
                                   'expired', count(*) FILTER (WHERE p.status = 'open' AND p.expires_at < $2))
          FROM personal_offer p WHERE p.batch_id = b.id) AS progress
       FROM personal_offer_batch b WHERE b.id = $1`,
      [id, now],
    );
    return (row as BatchRecord | undefined) ?? null;
  }

  /** The offer behind a token hash; `lock` takes its row (acceptance). */
  async byTokenHash(manager: EntityManager, hash: string, lock = false): Promise<OfferRecord | null> {
    const [row] = await manager.query(
      `SELECT ${OFFER_COLUMNS} FROM personal_offer p JOIN personal_offer_batch b ON b.id = p.batch_id JOIN account a ON a.id = p.account_id JOIN campaign c ON c.id = p.campaign_id
       WHERE p.token_hash = $1 ${lock ? 'FOR UPDATE OF p' : ''}`,
      [hash],
    );
    return (row as OfferRecord | undefined) ?? null;
  }

  /** First opening of a link (progress: opened); a no-op after. */
  async markOpened(id: string): Promise<void> {
    await this.dataSource.query(`UPDATE personal_offer SET opened_at = now() WHERE id = $1 AND opened_at IS NULL`, [id]);
  }

  /** Workload planned (migrations not yet migrated) or promised (accepted offers) in the campaign from `from` on. */
  async loads(manager: EntityManager, campaignId: string, from: Date): Promise<Array<{ at: Date; workload: number }>> {
    // An accepted offer plans its migration in the same transaction: the migrations hold every load.
    return manager.query(`SELECT m.target_cutover_at AS at, m.workload FROM migration m WHERE m.campaign_id = $1 AND m.status <> 'migrated' AND m.target_cutover_at >= $2`, [
      campaignId,
      from,
    ]);
  }

  /** Takes the (campaign, week) slot's lock for the rest of the transaction: acceptances of one week queue here. */
  async lockWeek(manager: EntityManager, campaignId: string, weekStart: Date): Promise<void> {
    await manager.query(`INSERT INTO cutover_slot (campaign_id, week_start) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [campaignId, weekStart]);
    await manager.query(`SELECT 1 FROM cutover_slot WHERE campaign_id = $1 AND week_start = $2 FOR UPDATE`, [campaignId, weekStart]);
  }

  async accept(
    manager: EntityManager,
    id: string,
    a: { weekStart: Date; cutoverAt: Date; monthlyTotal: number; switchCredit: number; totalOverTerm: number; signerName: string; signerTitle: string; signerEmail: string; signerIp: string },
  ): Promise<boolean> {
    // An UPDATE … RETURNING answers [rows, affected count] through TypeORM.
    const [, affected] = await manager.query(
      `UPDATE personal_offer SET status = 'accepted', accepted_at = now(), cutover_week_start = $2, cutover_at = $3, monthly_total = $4, switch_credit = $5,
         total_over_term = $6, signer_name = $7, signer_title = $8, signer_email = $9, signer_ip = $10
       WHERE id = $1 AND status = 'open' RETURNING id`,
      [id, a.weekStart, a.cutoverAt, a.monthlyTotal, a.switchCredit, a.totalOverTerm, a.signerName, a.signerTitle, a.signerEmail, a.signerIp],
    );
    return affected === 1;
  }
}
