import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/**
 * The per-account personal offer link an outreach's `{{offerLink}}` is filled from (issue #21 part
 * 2, built on another branch). Until personal offers exist, no account has one: a template using
 * `{{offerLink}}` is refused for any list, naming the field and the count. Once they exist, this is
 * the one place to change: `accountsWithout` counts the audience's recipients whose account has no
 * live offer, and `linksFor` returns each account's link (the sender fills the field from it).
 */
@Injectable()
export class OfferLinks {
  /** Recipients of the audience (a statement of account ids) whose account has no offer link. */
  async accountsWithout(manager: EntityManager, accounts: string, params: unknown[]): Promise<number> {
    const [row] = await manager.query(
      `SELECT count(*)::int AS n FROM contact ct WHERE ct.account_id IN (${accounts}) AND ct.email IS NOT NULL`,
      params,
    );
    return Number(row.n);
  }

  /** Each account's offer link; none yet (`accountIds` is what the sender asks for). */
  async linksFor(manager: EntityManager, accountIds: readonly string[]): Promise<Map<string, string>> {
    void manager;
    void accountIds;
    return new Map();
  }
}
