import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { offerLinkToken } from '../personal-offers/offer-link';
import { PersonalOffersService } from '../personal-offers/personal-offers.service';

/** A live offer: open and not expired (an accepted one's link only says "used"). */
const LIVE = `o.status = 'open' AND o.expires_at > now()`;

/**
 * The per-account personal offer link an outreach's `{{offerLink}}` is filled from (issue #21 part
 * 2): the account's latest live offer, its token derived again from the offer's id (only its hash is
 * stored), under the installation's public address. An outreach whose template has the link goes
 * only to accounts with a live offer: `accountsWithout` counts the audience's accounts left out,
 * `withLiveOffer` narrows the audience to the others; `offersFor` gives the sender each account's offer and link (the mail records which offer it carried).
 */
@Injectable()
export class OfferLinks {
  constructor(
    private readonly offers: PersonalOffersService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Accounts of the audience (a statement of account ids) with no live offer. */
  async accountsWithout(manager: EntityManager, accounts: string, params: unknown[]): Promise<number> {
    const [row] = await manager.query(
      `SELECT count(*)::int AS n FROM (${accounts}) a WHERE NOT EXISTS (SELECT 1 FROM personal_offer o WHERE o.account_id = a.id AND ${LIVE})`,
      params,
    );
    return Number(row.n);
  }

  /** The audience's accounts (a statement of account ids, `id`) that have a live offer. */
  withLiveOffer(accounts: string): string {
    return `SELECT a.id FROM (${accounts}) a WHERE EXISTS (SELECT 1 FROM personal_offer o WHERE o.account_id = a.id AND ${LIVE})`;
  }

  /** Each account's latest live offer and its link (accounts without one are left out). */
  async offersFor(manager: EntityManager, accountIds: readonly string[]): Promise<Map<string, { offerId: string; link: string }>> {
    const links = new Map<string, { offerId: string; link: string }>();
    if (accountIds.length === 0) return links;
    const rows: Array<{ account_id: string; id: string }> = await manager.query(
      `SELECT DISTINCT ON (o.account_id) o.account_id, o.id FROM personal_offer o
       WHERE o.account_id = ANY($1::uuid[]) AND ${LIVE} ORDER BY o.account_id, o.created_at DESC, o.id`,
      [[...accountIds]],
    );
    const key = await this.offers.key(manager);
    for (const r of rows) links.set(r.account_id, { offerId: r.id, link: `${this.config.publicUrl ?? ''}/offer/${offerLinkToken(key, r.id)}` });
    return links;
  }
}
