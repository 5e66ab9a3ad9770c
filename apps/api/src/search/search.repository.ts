import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AccessScope } from '../common/access/actor';
import { scopeClause } from '../common/access/scope-sql';
import { hydrate } from '../database/hydrate';
import { AccountEntity, ContactEntity } from '../accounts/account.entity';
import type { AccountRecord } from '../accounts/accounts.repository';

export interface SearchQuery {
  /** `word:* & word:*`, from `prefixQuery`. */
  tsquery: string;
  /** LIKE pattern of names that start with the whole text, ranked first. */
  startsWith: string;
  campaignId?: string;
}

/** Where a page ends: (whether the name does NOT start with the text, name, id). */
export type SearchKey = [boolean, string, string];

const TABLES = {
  account: { from: 'account a', alias: 'a' },
  contact: { from: 'contact ct JOIN account a ON a.id = ct.account_id', alias: 'ct' },
} as const;

/**
 * Accounts and contacts by the words of their name, through the `lifeboat_search_words` GIN
 * indexes; every query takes the caller's scope (a contact's, through its account's campaign).
 * Names that start with the whole text come first, then by name (id breaks ties), keyset-paged.
 */
@Injectable()
export class SearchRepository {
  constructor(private readonly dataSource: DataSource) {}

  private where(scope: AccessScope, query: SearchQuery, alias: string, params: unknown[]): string {
    const where = [scopeClause(scope, 'a.campaign_id', params)];
    if (query.campaignId) {
      params.push(query.campaignId);
      where.push(`a.campaign_id = $${params.length}::uuid`);
    }
    params.push(query.tsquery);
    where.push(`lifeboat_search_words(${alias}.name) @@ to_tsquery('simple', $${params.length})`);
    return where.join(' AND ');
  }

  private async page(kind: keyof typeof TABLES, scope: AccessScope, query: SearchQuery, limit: number, after?: SearchKey): Promise<Array<{ row: Record<string, unknown>; key: SearchKey }>> {
    const { from, alias } = TABLES[kind];
    const params: unknown[] = [];
    let where = this.where(scope, query, alias, params);
    params.push(query.startsWith);
    const later = `NOT (lifeboat_search_key(${alias}.name) LIKE $${params.length})`;
    if (after) {
      params.push(after[0], after[1], after[2]);
      where += ` AND (${later}, ${alias}.name, ${alias}.id) > ($${params.length - 2}::boolean, $${params.length - 1}::text, $${params.length}::uuid)`;
    }
    params.push(limit + 1);
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT ${alias}.*, ${kind === 'account' ? 'c.currency AS campaign_currency, ' : ''}${later} AS search_later
       FROM ${from}${kind === 'account' ? ' JOIN campaign c ON c.id = a.campaign_id' : ''}
       WHERE ${where}
       ORDER BY search_later, ${alias}.name, ${alias}.id LIMIT $${params.length}`,
      params,
    );
    return rows.map((row) => ({ row, key: [Boolean(row['search_later']), String(row['name']), String(row['id'])] }));
  }

  async accounts(scope: AccessScope, query: SearchQuery, limit: number, after?: SearchKey): Promise<Array<{ account: AccountRecord; key: SearchKey }>> {
    return (await this.page('account', scope, query, limit, after)).map(({ row, key }) => {
      const account = hydrate(this.dataSource.manager, AccountEntity, row) as AccountRecord;
      account.currency = String(row['campaign_currency']).trim();
      return { account, key };
    });
  }

  async contacts(scope: AccessScope, query: SearchQuery, limit: number, after?: SearchKey): Promise<Array<{ contact: ContactEntity; key: SearchKey }>> {
    return (await this.page('contact', scope, query, limit, after)).map(({ row, key }) => ({ contact: hydrate(this.dataSource.manager, ContactEntity, row), key }));
  }

  async count(kind: keyof typeof TABLES, scope: AccessScope, query: SearchQuery): Promise<number> {
    const { from, alias } = TABLES[kind];
    const params: unknown[] = [];
    const where = this.where(scope, query, alias, params);
    const [row] = await this.dataSource.query(`SELECT count(*)::int AS n FROM ${from} WHERE ${where}`, params);
    return row.n as number;
  }
}
