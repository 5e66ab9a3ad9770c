import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { Segment, ServiceKind, Stage } from '@lifeboat/domain';
import type { AccessScope } from '../common/access/actor';
import { scopeClause } from '../common/access/scope-sql';
import { prefixQuery, searchWords } from '../common/text/search-key';
import { hydrate, returnedRows } from '../database/hydrate';
import { setClause } from '../database/sql-set';
import { AccountEntity, ContactEntity, RivalServiceEntity } from './account.entity';

/** An account with the currency of its campaign (its amounts are in it). */
export type AccountRecord = AccountEntity & { currency: string };

export type AccountOrder = 'URGENCY' | 'DUE_AT' | 'MONTHLY_SPEND' | 'NAME';

export interface AccountFilter {
  campaignId?: string;
  rivalId?: string;
  segment?: Segment;
  ownerId?: string;
  unassigned?: boolean;
  stage?: Stage;
  overdue?: boolean;
  minUrgency?: number;
  search?: string;
  /** Accounts present in this country (ISO 3166-1 alpha-2). */
  country?: string;
}

/** Where an export's next batch starts: after this account in (campaign, name, id) order. */
export interface AccountExportKey {
  campaignId: string;
  name: string;
  id: string;
}

/** An account as an export writes it (amounts in minor units, as text: bigint). */
export interface AccountExportRow extends AccountExportKey {
  externalRef: string | null;
  segment: Segment;
  /** ISO codes separated by | (as an import reads them). */
  countries: string;
  monthlySpend: string;
  prepaidUntil: Date | null;
  contractEndsAt: Date | null;
  hasBackupProvider: boolean;
  rivalIsPrincipalOperator: boolean;
  urgency: number;
  campaignName: string;
  currency: string;
  ownerName: string | null;
  ownerEmail: string | null;
  stage: Stage | null;
  dueAt: Date | null;
  contactName: string | null;
  contactEmail: string | null;
  contactTitle: string | null;
  contactPhone: string | null;
  /** Where it came from (lead_source): null when not recorded. */
  sourceKind: string | null;
  sourceFile: string | null;
  sourceBy: string | null;
  sourceAt: Date | null;
  lawfulBasis: string | null;
  /** The collective it is a member of (the import's `collective` column reads it back). */
  collectiveName: string | null;
}

export type NewAccount = Omit<AccountEntity, 'id' | 'version' | 'createdAt' | 'updatedAt' | 'urgencyComputedAt' | 'lastContactAt'> & {
  urgencyComputedAt: Date;
};
export type NewContact = Pick<ContactEntity, 'name' | 'title' | 'email' | 'phone' | 'decisionMaker'>;
export type NewRivalService = { kind: ServiceKind; quantity: number; monthlyCost: number };

/** The deal that stands for the account: its open one, else its latest. */
const CURRENT_DEAL = `LEFT JOIN LATERAL (
  SELECT o.stage, o.due_at FROM opportunity o WHERE o.account_id = a.id
  ORDER BY (o.stage IN ('won','lost')), o.created_at DESC, o.id DESC LIMIT 1
) cur ON TRUE`;
const OPEN_DUE = `CASE WHEN cur.stage NOT IN ('won','lost') THEN cur.due_at END`;

/** Sort expression (as text, so it travels in a cursor), direction, and the SQL type to compare it as. */
const ORDERS: Record<AccountOrder, { key: string; desc: boolean; cast: string }> = {
  URGENCY: { key: 'a.urgency', desc: true, cast: 'int' },
  MONTHLY_SPEND: { key: 'a.monthly_spend', desc: true, cast: 'bigint' },
  NAME: { key: 'a.name', desc: false, cast: 'text' },
  DUE_AT: { key: `COALESCE(${OPEN_DUE}, 'infinity'::timestamptz)`, desc: false, cast: 'timestamptz' },
};

/** The only place that queries accounts, their contacts and rival services. Every read takes the caller's scope. */
@Injectable()
export class AccountsRepository {
  constructor(private readonly dataSource: DataSource) {}

  private get manager(): EntityManager {
    return this.dataSource.manager;
  }

  private record(manager: EntityManager, row: Record<string, unknown>): AccountRecord {
    const account = hydrate(manager, AccountEntity, row) as AccountRecord;
    account.currency = String(row['campaign_currency']).trim();
    return account;
  }

  private filterSql(scope: AccessScope, filter: AccountFilter, now: Date, params: unknown[]): string {
    const where = [scopeClause(scope, 'a.campaign_id', params)];
    const add = (sql: (n: number) => string, value: unknown) => {
      params.push(value);
      where.push(sql(params.length));
    };
    if (filter.campaignId) add((n) => `a.campaign_id = $${n}::uuid`, filter.campaignId);
    if (filter.rivalId) add((n) => `c.rival_id = $${n}::uuid`, filter.rivalId);
    if (filter.segment) add((n) => `a.segment = $${n}`, filter.segment);
    if (filter.ownerId) add((n) => `a.owner_id = $${n}::uuid`, filter.ownerId);
    if (filter.unassigned === true) where.push('a.owner_id IS NULL');
    if (filter.unassigned === false) where.push('a.owner_id IS NOT NULL');
    if (filter.stage) add((n) => `cur.stage = $${n}`, filter.stage);
    if (filter.overdue !== undefined && filter.overdue !== null) {
      add((n) => `${filter.overdue ? '' : 'NOT '}COALESCE(${OPEN_DUE} < $${n}::timestamptz, FALSE)`, now);
    }
    if (filter.minUrgency !== undefined && filter.minUrgency !== null) add((n) => `a.urgency >= $${n}`, filter.minUrgency);
    if (filter.search) {
      // Each word of the text starts a word of the name, accents folded ("soc gen" finds "Société Générale"):
      // the account_search_words_idx GIN answers it at any size. A text with no letter or digit names nothing.
      const words = searchWords(filter.search);
      if (words.length === 0) where.push('FALSE');
      else add((n) => `lifeboat_search_words(a.name) @@ to_tsquery('simple', $${n})`, prefixQuery(words));
    }
    if (filter.country) add((n) => `a.countries @> ARRAY[$${n}]::char(2)[]`, filter.country.toUpperCase());
    return where.join(' AND ');
  }

  /**
   * The statement of every account the filter matches, numbered from 1 most urgent first (id
   * breaks ties): `id, version, owner_id, pos`. Its parameters go onto `params` (after the
   * caller's own), for the caller to use as a subquery: a bulk assignment freezes its plan from
   * it in one INSERT … SELECT, the accounts never leaving the database.
   */
  numberedMatching(scope: AccessScope, filter: AccountFilter, now: Date, params: unknown[]): string {
    const where = this.filterSql(scope, filter, now, params);
    return `SELECT a.id, a.version, a.owner_id, row_number() OVER (ORDER BY a.urgency DESC, a.id ASC) AS pos
            FROM account a ${AccountsRepository.joins(filter)} WHERE ${where}`;
  }

  async countMatching(manager: EntityManager, scope: AccessScope, filter: AccountFilter, now: Date): Promise<number> {
    const params: unknown[] = [];
    const where = this.filterSql(scope, filter, now, params);
    const [row] = await manager.query(`SELECT count(*)::int AS n FROM account a ${AccountsRepository.joins(filter)} WHERE ${where}`, params);
    return Number(row.n);
  }

  /**
   * One batch of an export of the accounts the filter matches, in (campaign, name, id) order after
   * `after` (account_campaign_name_idx walks it and stops): every column an import reads, with the
   * account's first contact (decision maker first), its current deal, owner and campaign.
   */
  async exportBatch(
    manager: EntityManager,
    scope: AccessScope,
    filter: AccountFilter,
    now: Date,
    after: AccountExportKey | null,
    limit: number,
  ): Promise<AccountExportRow[]> {
    const params: unknown[] = [];
    let where = this.filterSql(scope, filter, now, params);
    if (after) {
      params.push(after.campaignId, after.name, after.id);
      const n = params.length;
      where += ` AND (a.campaign_id, a.name, a.id) > ($${n - 2}::uuid, $${n - 1}::text, $${n}::uuid)`;
    }
    params.push(limit);
    return manager.query(
      `SELECT a.id, a.campaign_id AS "campaignId", a.name, a.external_ref AS "externalRef", a.segment,
         array_to_string(a.countries, '|') AS countries, a.monthly_spend::text AS "monthlySpend", a.prepaid_until AS "prepaidUntil", a.contract_ends_at AS "contractEndsAt",
         a.has_backup_provider AS "hasBackupProvider", a.rival_is_principal_operator AS "rivalIsPrincipalOperator", a.urgency,
         cc.name AS "campaignName", cc.currency, u.name AS "ownerName", u.email AS "ownerEmail", cur.stage, cur.due_at AS "dueAt",
         ct.name AS "contactName", ct.email AS "contactEmail", ct.title AS "contactTitle", ct.phone AS "contactPhone",
         ls.kind AS "sourceKind", ls.file_name AS "sourceFile", ls.actor_label AS "sourceBy", ls.recorded_at AS "sourceAt", ls.lawful_basis AS "lawfulBasis",
         (SELECT co.name FROM collective_member cm JOIN collective co ON co.id = cm.collective_id WHERE cm.account_id = a.id) AS "collectiveName"
       FROM account a ${AccountsRepository.joins(filter, 'DUE_AT')}
       JOIN campaign cc ON cc.id = a.campaign_id
       LEFT JOIN app_user u ON u.id = a.owner_id
       LEFT JOIN lead_source ls ON ls.id = a.source_id
       LEFT JOIN LATERAL (
         SELECT k.name, k.email, k.title, k.phone FROM contact k WHERE k.account_id = a.id
         ORDER BY k.decision_maker DESC, k.created_at, k.id LIMIT 1
       ) ct ON TRUE
       WHERE ${where}
       ORDER BY a.campaign_id, a.name, a.id LIMIT $${params.length}`,
      params,
    );
  }

  /** Open accounts (an open deal) each user owns in the campaign: a rep's load. */
  async openLoads(manager: EntityManager, campaignId: string, userIds: readonly string[]): Promise<Map<string, number>> {
    const rows: Array<{ owner_id: string; n: number }> = await manager.query(
      `SELECT a.owner_id, count(*)::int AS n FROM account a
       WHERE a.campaign_id = $1 AND a.owner_id = ANY($2::uuid[])
         AND EXISTS (SELECT 1 FROM opportunity o WHERE o.account_id = a.id AND o.stage NOT IN ('won','lost'))
       GROUP BY a.owner_id`,
      [campaignId, [...userIds]],
    );
    return new Map(rows.map((r) => [r.owner_id, Number(r.n)]));
  }

  /** Whether the filter reads the account's current deal (only then is the lateral join worth its cost). */
  private static needsCurrentDeal(filter: AccountFilter, orderBy?: AccountOrder): boolean {
    return Boolean(filter.stage) || (filter.overdue !== undefined && filter.overdue !== null) || orderBy === 'DUE_AT';
  }

  /** Only the joins the filter (and order) read: the campaign for `rivalId`, the current deal for `stage` / `overdue` / DUE_AT. */
  private static joins(filter: AccountFilter, orderBy?: AccountOrder): string {
    return `${filter.rivalId ? 'JOIN campaign c ON c.id = a.campaign_id' : ''} ${AccountsRepository.needsCurrentDeal(filter, orderBy) ? CURRENT_DEAL : ''}`;
  }

  /**
   * One page in the given order (id breaks ties), keyset after the given (sort key, id), one more
   * row than asked, and the number of accounts the filter matches (whatever the cursor): one
   * statement, so one round trip and one snapshot. The page walks the (campaign_id, order, id)
   * index of a single-campaign scope and stops; the count joins the current deal only when the
   * filter needs it.
   */
  async findPageAndCount(
    scope: AccessScope,
    opts: { filter: AccountFilter; orderBy: AccountOrder; limit: number; after?: { key: string; id: string }; now: Date },
  ): Promise<{ rows: Array<{ account: AccountRecord; sortKey: string }>; total: number }> {
    const params: unknown[] = [];
    const order = ORDERS[opts.orderBy];
    const counted = this.filterSql(scope, opts.filter, opts.now, params);
    let where = counted;
    if (opts.after) {
      params.push(opts.after.key, opts.after.id);
      const k = `$${params.length - 1}::${order.cast}`;
      const id = `$${params.length}::uuid`;
      where += ` AND (${order.key} ${order.desc ? '<' : '>'} ${k} OR (${order.key} = ${k} AND a.id > ${id}))`;
    }
    params.push(opts.limit + 1);
    const rows: Record<string, unknown>[] = await this.manager.query(
      `WITH page AS (
         SELECT a.*, ${order.key} AS sort_value, (${order.key})::text AS sort_key
         FROM account a ${AccountsRepository.joins(opts.filter, opts.orderBy)}
         WHERE ${where} ORDER BY ${order.key} ${order.desc ? 'DESC' : 'ASC'}, a.id ASC LIMIT $${params.length}
       ), total AS (
         SELECT count(*)::int AS n FROM account a ${AccountsRepository.joins(opts.filter)} WHERE ${counted}
       )
       SELECT p.*, c.currency AS campaign_currency, total.n AS total_count, p.id IS NULL AS no_row
       FROM total LEFT JOIN (page p JOIN campaign c ON c.id = p.campaign_id) ON TRUE
       ORDER BY p.sort_value ${order.desc ? 'DESC' : 'ASC'}, p.id ASC`,
      params,
    );
    const total = rows.length ? Number(rows[0]['total_count']) : 0;
    return {
      total,
      rows: rows.filter((r) => !r['no_row']).map((r) => ({ account: this.record(this.manager, r), sortKey: r['sort_key'] as string })),
    };
  }

  async getByIds(scope: AccessScope, ids: readonly string[], manager: EntityManager = this.manager): Promise<Map<string, AccountRecord>> {
    if (ids.length === 0) return new Map();
    const params: unknown[] = [[...ids]];
    const rows: Record<string, unknown>[] = await manager.query(
      `SELECT a.*, c.currency AS campaign_currency FROM account a JOIN campaign c ON c.id = a.campaign_id
       WHERE a.id = ANY($1::uuid[]) AND ${scopeClause(scope, 'a.campaign_id', params)}`,
      params,
    );
    return new Map(rows.map((r) => [r['id'] as string, this.record(manager, r)]));
  }

  /** Reads the account and locks it for the rest of the transaction; null when missing or outside the scope. */
  async lockById(manager: EntityManager, scope: AccessScope, id: string): Promise<AccountRecord | null> {
    const params: unknown[] = [id];
    const rows: Record<string, unknown>[] = await manager.query(
      `SELECT a.*, c.currency AS campaign_currency FROM account a JOIN campaign c ON c.id = a.campaign_id
       WHERE a.id = $1 AND ${scopeClause(scope, 'a.campaign_id', params)} FOR UPDATE OF a`,
      params,
    );
    return rows[0] ? this.record(manager, rows[0]) : null;
  }

  async insert(manager: EntityManager, account: NewAccount): Promise<AccountEntity> {
    const params: unknown[] = [];
    const sets = setClause(manager, AccountEntity, account, params);
    const columns = sets.map((s) => s.split(' = ')[0]);
    const rows: Record<string, unknown>[] = await manager.query(
      `INSERT INTO account (${columns.join(', ')}) VALUES (${sets.map((s) => s.split(' = ')[1]).join(', ')}) RETURNING *`,
      params,
    );
    return hydrate(manager, AccountEntity, rows[0]);
  }

  /** Conditional update: null (nothing written) unless the row still has the version the caller read. */
  async update(manager: EntityManager, id: string, expectedVersion: number, patch: Partial<AccountEntity>): Promise<AccountEntity | null> {
    const params: unknown[] = [];
    const sets = setClause(manager, AccountEntity, patch, params);
    params.push(id, expectedVersion);
    const rows = returnedRows(await manager.query(
      `UPDATE account SET ${[...sets, 'version = version + 1', 'updated_at = now()'].join(', ')}
       WHERE id = $${params.length - 1} AND version = $${params.length} RETURNING *`,
      params,
    ));
    return rows[0] ? hydrate(manager, AccountEntity, rows[0]) : null;
  }

  // Contacts

  async contactsByAccountIds(scope: AccessScope, accountIds: readonly string[], manager: EntityManager = this.manager): Promise<Map<string, ContactEntity[]>> {
    const result = new Map<string, ContactEntity[]>(accountIds.map((id) => [id, []]));
    if (accountIds.length === 0) return result;
    const params: unknown[] = [[...accountIds]];
    const rows: Record<string, unknown>[] = await manager.query(
      `SELECT ct.* FROM contact ct JOIN account a ON a.id = ct.account_id
       WHERE ct.account_id = ANY($1::uuid[]) AND ${scopeClause(scope, 'a.campaign_id', params)}
       ORDER BY ct.account_id, ct.decision_maker DESC, ct.name, ct.id`,
      params,
    );
    for (const r of rows) result.get(r['account_id'] as string)?.push(hydrate(manager, ContactEntity, r));
    return result;
  }

  async getContactsByIds(scope: AccessScope, ids: readonly string[], manager: EntityManager = this.manager): Promise<Map<string, ContactEntity>> {
    if (ids.length === 0) return new Map();
    const params: unknown[] = [[...ids]];
    const rows: Record<string, unknown>[] = await manager.query(
      `SELECT ct.* FROM contact ct JOIN account a ON a.id = ct.account_id
       WHERE ct.id = ANY($1::uuid[]) AND ${scopeClause(scope, 'a.campaign_id', params)}`,
      params,
    );
    return new Map(rows.map((r) => [r['id'] as string, hydrate(manager, ContactEntity, r)]));
  }

  /** Adds contacts to an account, each recorded as coming from `sourceId` (a lead_source). */
  async insertContacts(manager: EntityManager, accountId: string, contacts: NewContact[], sourceId: string | null): Promise<void> {
    for (const c of contacts) {
      await manager.query(`INSERT INTO contact (account_id, name, title, email, phone, decision_maker, source_id) VALUES ($1, $2, $3, $4, $5, $6, $7)`, [
        accountId,
        c.name,
        c.title,
        c.email,
        c.phone,
        c.decisionMaker,
        sourceId,
      ]);
    }
  }

  /** Edits one contact of the account; false when the account has no such contact. */
  async updateContact(manager: EntityManager, accountId: string, contactId: string, patch: Partial<NewContact>): Promise<boolean> {
    const params: unknown[] = [];
    const sets = setClause(manager, ContactEntity, patch, params);
    params.push(contactId, accountId);
    const rows = returnedRows(await manager.query(
      `UPDATE contact SET ${[...sets, 'version = version + 1', 'updated_at = now()'].join(', ')}
       WHERE id = $${params.length - 1} AND account_id = $${params.length} RETURNING id`,
      params,
    ));
    return rows.length === 1;
  }

  /** Removes contacts of the account; returns how many went. */
  async deleteContacts(manager: EntityManager, accountId: string, contactIds: readonly string[]): Promise<number> {
    if (contactIds.length === 0) return 0;
    const rows = returnedRows(await manager.query(`DELETE FROM contact WHERE account_id = $1 AND id = ANY($2::uuid[]) RETURNING id`, [accountId, [...contactIds]]));
    return rows.length;
  }

  // Rival services

  async rivalServicesByAccountIds(
    scope: AccessScope,
    accountIds: readonly string[],
    manager: EntityManager = this.manager,
  ): Promise<Map<string, RivalServiceEntity[]>> {
    const result = new Map<string, RivalServiceEntity[]>(accountIds.map((id) => [id, []]));
    if (accountIds.length === 0) return result;
    const params: unknown[] = [[...accountIds]];
    const rows: Record<string, unknown>[] = await manager.query(
      `SELECT s.* FROM rival_service s JOIN account a ON a.id = s.account_id
       WHERE s.account_id = ANY($1::uuid[]) AND ${scopeClause(scope, 'a.campaign_id', params)}
       ORDER BY s.account_id, s.position, s.id`,
      params,
    );
    for (const r of rows) result.get(r['account_id'] as string)?.push(hydrate(manager, RivalServiceEntity, r));
    return result;
  }

  /** What the account buys from the rival, replaced as a whole (in the given order). */
  async replaceRivalServices(manager: EntityManager, accountId: string, services: NewRivalService[]): Promise<void> {
    await manager.query(`DELETE FROM rival_service WHERE account_id = $1`, [accountId]);
    for (const [position, s] of services.entries()) {
      await manager.query(`INSERT INTO rival_service (account_id, kind, quantity, monthly_cost, position) VALUES ($1, $2, $3, $4, $5)`, [
        accountId,
        s.kind,
        s.quantity,
        s.monthlyCost,
        position,
      ]);
    }
  }
}
