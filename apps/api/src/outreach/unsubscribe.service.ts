import { Injectable } from '@nestjs/common';
import type { OutreachLanguage } from '@lifeboat/domain';
import { UnitOfWork } from '../jobs/unit-of-work';
import { OutreachRepository } from './outreach.repository';
import { tokenMatches, tokenMessageId } from './unsubscribe-token';

/** Unsubscribing through a mail's link: the token names the message, signed with its outreach's secret. */
@Injectable()
export class UnsubscribeService {
  constructor(
    private readonly outreaches: OutreachRepository,
    private readonly uow: UnitOfWork,
  ) {}

  /** The address and language a token stands for; null for an unknown or forged token. */
  async lookup(token: string): Promise<{ messageId: string; email: string; language: OutreachLanguage } | null> {
    const id = tokenMessageId(token);
    if (!id) return null;
    const message = await this.outreaches.messageForToken(id);
    if (!message || !tokenMatches(token, message.id, message.tokenSecret)) return null;
    return { messageId: message.id, email: message.email, language: message.language };
  }

  /** Puts the token's address on the suppression list (again: nothing changes); null for a bad token. */
  async unsubscribe(token: string): Promise<{ email: string; language: OutreachLanguage } | null> {
    const found = await this.lookup(token);
    if (!found) return null;
    // Mails of running outreaches to it that are still queued are skipped by their next batch's claim.
    await this.uow.run(async (tx) => {
      // Once: a second click (or a mail client's retry) changes nothing and writes nothing.
      if (await this.outreaches.suppress(tx.manager, found.email, 'unsubscribed', found.messageId, null)) await this.outreaches.recordUnsubscribeActivity(tx.manager, found.messageId);
    });
    return { email: found.email, language: found.language };
  }
}
