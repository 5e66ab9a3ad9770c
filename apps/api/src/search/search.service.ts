import { Injectable } from '@nestjs/common';
import type { AccessScope, Actor } from '../common/access/actor';
import { assertCanRead } from '../common/access/permissions';
import { expectGlobalId } from '../common/graphql/global-id';
import { Connection, decodeCursor, encodeCursor, pageSize, toConnection } from '../common/graphql/connection';
import type { AccountRecord } from '../accounts/accounts.repository';
import type { ContactEntity } from '../accounts/account.entity';
import { SearchKey, SearchQuery, SearchRepository } from './search.repository';
import { prefixQuery, searchWords, startsWithPattern } from '../common/text/search-key';

/** A search the caller may run: its query, or null when the text has no letter or digit (nothing matches). */
export interface SearchRequest {
  query: SearchQuery | null;
}

const EMPTY = { edges: [], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: 0 };

@Injectable()
export class SearchService {
  constructor(private readonly repository: SearchRepository) {}

  /** Checks the caller and the arguments; each list is read when asked for. */
  prepare(actor: Actor, args: { text: string; campaignId?: string }): SearchRequest {
    assertCanRead(actor);
    const campaignId = args.campaignId ? expectGlobalId(args.campaignId, 'Campaign', 'campaignId') : undefined;
    const words = searchWords(args.text);
    return { query: words.length ? { tsquery: prefixQuery(words), startsWith: startsWithPattern(args.text), campaignId } : null };
  }

  /** Accounts of the caller's campaigns whose names match. */
  async accounts(actor: Actor, scope: AccessScope, request: SearchRequest, page: { first?: number; after?: string }): Promise<Connection<AccountRecord>> {
    assertCanRead(actor);
    const { query } = request;
    if (!query) return EMPTY;
    const size = pageSize(page.first);
    const [rows, total] = await Promise.all([this.repository.accounts(scope, query, size, this.after(page.after)), this.repository.count('account', scope, query)]);
    const connection = toConnection(rows, size, total, (r) => encodeCursor(r.key));
    return { ...connection, edges: connection.edges.map((e) => ({ cursor: e.cursor, node: e.node.account })) };
  }

  /** Contacts of the caller's campaigns whose names match. */
  async contacts(actor: Actor, scope: AccessScope, request: SearchRequest, page: { first?: number; after?: string }): Promise<Connection<ContactEntity>> {
    assertCanRead(actor);
    const { query } = request;
    if (!query) return EMPTY;
    const size = pageSize(page.first);
    const [rows, total] = await Promise.all([this.repository.contacts(scope, query, size, this.after(page.after)), this.repository.count('contact', scope, query)]);
    const connection = toConnection(rows, size, total, (r) => encodeCursor(r.key));
    return { ...connection, edges: connection.edges.map((e) => ({ cursor: e.cursor, node: e.node.contact })) };
  }

  private after(cursor: string | undefined): SearchKey | undefined {
    if (!cursor) return undefined;
    const [later, name, id] = decodeCursor(cursor, 3);
    return [Boolean(later), String(name), String(id)];
  }
}
