import { randomBytes, randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DomainRuleError, parseTemplate, type MergeField, type ParsedTemplate } from '@lifeboat/domain';
import { actorRef, canSeeCampaign, type AccessScope, type Actor } from '../common/access/actor';
import { actsAsManager, assertCanRead, assertCanWrite } from '../common/access/permissions';
import { BadInputError, ConflictError, ForbiddenError, NotFoundError } from '../common/errors/lifeboat-error';
import { decodeCursor, encodeCursor, pageSize, toConnection, type Connection } from '../common/graphql/connection';
import { expectGlobalId } from '../common/graphql/global-id';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { UnitOfWork } from '../jobs/unit-of-work';
import { AuditService } from '../audit/audit.service';
import { AccountFilter, AccountsRepository } from '../accounts/accounts.repository';
import { accountFilterOf } from '../distribution/dto/bulk-assignment.inputs';
import { Mailer } from '../notifications/mailer.service';
import { OfferLinks } from './offer-links';
import { OutreachesArgs, QueueOutreachInput, ReportEmailBouncesInput } from './outreach.model';
import { AudienceContact, AudienceCounts, OutreachRecord, OutreachRepository } from './outreach.repository';

/** How many unsourced contacts a dry run lists. */
const UNSOURCED_SHOWN = 50;

export interface QueueResult {
  outreach: OutreachRecord | null;
  counts: AudienceCounts & { withoutOffer: number };
  unsourcedContacts: AudienceContact[];
  mergeFields: MergeField[];
}

/** A statement listing the audience's account ids, and its parameters. */
interface Audience {
  campaignId: string;
  collectiveId: string | null;
  filter: AccountFilter | null;
  field: string;
  sql: (params: unknown[]) => string;
}

/**
 * Outreach (issue #21 part 3): a campaign's managers (and admins, write keys bound to it) mail a
 * filtered list of its accounts, or a collective's members, from a template. Queuing checks the
 * template (an unknown merge field, a field with no value for some recipient), skips suppressed
 * addresses (counted and shown beforehand), and refuses a list holding contacts with no recorded
 * source (issue #21 part 4) — with the count and the contacts, nothing queued. Then one
 * `outreach_message` per recipient is written set-based with the outreach, and the sender job
 * (outreach-sender.ts) mails them at the configured rate. Everyone of the campaign reads
 * outreaches and their progress.
 */
@Injectable()
export class OutreachService {
  constructor(
    private readonly outreaches: OutreachRepository,
    private readonly accounts: AccountsRepository,
    private readonly offerLinks: OfferLinks,
    private readonly mailer: Mailer,
    private readonly uow: UnitOfWork,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async list(actor: Actor, scope: AccessScope, args: OutreachesArgs): Promise<Connection<OutreachRecord>> {
    assertCanRead(actor);
    const campaignId = expectGlobalId(args.campaignId, 'Campaign', 'campaignId');
    if (!canSeeCampaign(scope, campaignId)) throw new NotFoundError('The campaign');
    const size = pageSize(args.first);
    let after: [string, string] | null = null;
    if (args.after) {
      const [at, id] = decodeCursor(args.after, 2);
      if (typeof at !== 'string' || typeof id !== 'string') throw new BadInputError('The `after` cursor is not one this list gave out.', [{ field: 'after', reason: 'unknown cursor' }]);
      after = [at, id];
    }
    const { rows, total } = await this.outreaches.pageOfCampaign(campaignId, size, after);
    return toConnection(rows, size, total, (o) => encodeCursor([o.createdAt.toISOString(), o.id]));
  }

  async get(actor: Actor, scope: AccessScope, globalId: string): Promise<OutreachRecord> {
    assertCanRead(actor);
    const id = expectGlobalId(globalId, 'Outreach', 'id');
    const found = (await this.outreaches.getByIds(scope, [id])).get(id);
    if (!found) throw new NotFoundError('The outreach');
    return found;
  }

  private authorize(actor: Actor, scope: AccessScope, campaignId: string): void {
    if (!canSeeCampaign(scope, campaignId)) throw new NotFoundError('The campaign');
    if (!actsAsManager(actor, scope, campaignId)) throw new ForbiddenError('Only a manager of the campaign can send an outreach.');
  }

  private template(source: string, field: string): ParsedTemplate {
    try {
      return parseTemplate(source, field);
    } catch (error) {
      if (error instanceof DomainRuleError) throw new BadInputError(error.message, [{ field, reason: error.message }]);
      throw error;
    }
  }

  private async audience(manager: EntityManager, scope: AccessScope, input: QueueOutreachInput, campaignId: string): Promise<Audience> {
    if (input.collectiveId && input.filter) {
      throw new BadInputError('An outreach goes to a filtered list or to a collective, not both.', [{ field: 'input.collectiveId', reason: 'give filter or collectiveId, not both' }]);
    }
    if (input.collectiveId) {
      const collectiveId = expectGlobalId(input.collectiveId, 'Collective', 'input.collectiveId');
      const [found] = await manager.query(`SELECT campaign_id FROM collective WHERE id = $1`, [collectiveId]);
      if (!found || found.campaign_id !== campaignId) {
        throw new BadInputError('The collective is not one of this campaign.', [{ field: 'input.collectiveId', reason: 'not a collective of this campaign' }]);
      }
      return {
        campaignId,
        collectiveId,
        filter: null,
        field: 'input.collectiveId',
        sql: (params) => {
          params.push(collectiveId);
          return `SELECT account_id AS id FROM collective_member WHERE collective_id = $${params.length}::uuid`;
        },
      };
    }
    const filter = accountFilterOf(input.filter, campaignId);
    const now = new Date();
    return {
      campaignId,
      collectiveId: null,
      filter,
      field: 'input.filter',
      sql: (params) => `SELECT id FROM (${this.accounts.numberedMatching(scope, filter, now, params)}) matching`,
    };
  }

  /**
   * Every field the template uses must have a value for every recipient, or nothing is queued:
   * the shutdown date (the rival's), the switch credit (the account's latest proposal). (The offer
   * link narrows the audience instead: see `queue`.)
   */
  private async assertValues(manager: EntityManager, audience: Audience, fields: MergeField[], counts: AudienceCounts): Promise<void> {
    if (fields.includes('shutdownDate')) {
      const [row] = await manager.query(`SELECT r.shutdown_expected_at FROM campaign c JOIN rival r ON r.id = c.rival_id WHERE c.id = $1`, [audience.campaignId]);
      if (!row?.shutdown_expected_at) {
        throw new BadInputError('{{shutdownDate}}: the rival of this campaign has no expected shutdown date.', [{ field: 'input.body', reason: 'no value for shutdownDate' }]);
      }
    }
    if (fields.includes('switchCredit') && counts.recipients > 0) {
      const params: unknown[] = [];
      const missing = await this.outreaches.withoutProposal(manager, audience.sql(params), params);
      if (missing > 0) {
        throw new BadInputError(`{{switchCredit}}: ${missing} recipient(s) have no proposal, so no switch credit to quote. Narrow the list or remove the field.`, [
          { field: 'input.body', reason: `no value for switchCredit for ${missing} recipient(s)` },
        ]);
      }
    }
  }

  /** Checks and counts (dryRun), or queues, an outreach. */
  async queue(actor: Actor, scope: AccessScope, input: QueueOutreachInput): Promise<QueueResult> {
    assertCanWrite(actor);
    const campaignId = expectGlobalId(input.campaignId, 'Campaign', 'input.campaignId');
    this.authorize(actor, scope, campaignId);
    const subject = this.template(input.subject.trim(), 'input.subject');
    const body = this.template(input.body, 'input.body');
    const mergeFields = [...new Set([...subject.fields, ...body.fields])];
    if (!input.dryRun) {
      const missing = [...(this.mailer.enabled ? [] : ['SMTP_URL', 'MAIL_FROM']), ...(this.config.publicUrl ? [] : ['LIFEBOAT_PUBLIC_URL'])];
      if (missing.length > 0) throw new BadInputError(`Email is not configured: set ${missing.join(', ')} to send an outreach.`, [{ field: 'input', reason: `missing ${missing.join(', ')}` }]);
    }
    return this.uow.run(async (tx) => {
      const listed = await this.audience(tx.manager, scope, input, campaignId);
      // A mail carrying the customer's offer link goes only to accounts that have a live offer: the
      // others (won, lost, expired, never offered) are left out and counted, as suppressed addresses are.
      let withoutOffer = 0;
      let audience = listed;
      if (mergeFields.includes('offerLink')) {
        const listedParams: unknown[] = [];
        withoutOffer = await this.offerLinks.accountsWithout(tx.manager, listed.sql(listedParams), listedParams);
        audience = { ...listed, sql: (p) => this.offerLinks.withLiveOffer(listed.sql(p)) };
      }
      const params: unknown[] = [];
      const counts = await this.outreaches.counts(tx.manager, audience.sql(params), params);
      const shown: unknown[] = [];
      const unsourcedContacts = counts.unsourced > 0 ? await this.outreaches.unsourced(tx.manager, audience.sql(shown), shown, UNSOURCED_SHOWN) : [];
      await this.assertValues(tx.manager, audience, mergeFields, counts);
      if (input.dryRun) return { outreach: null, counts: { ...counts, withoutOffer }, unsourcedContacts, mergeFields };
      if (counts.unsourced > 0) {
        throw new BadInputError(
          `${counts.unsourced} contact(s) of this list have no recorded source (where they came from, the lawful basis): an outreach may not mail them. Run a dry run to see them; record their source or narrow the list. Nothing was queued.`,
          [{ field: audience.field, reason: `${counts.unsourced} contact(s) without a recorded source` }],
        );
      }
      if (counts.recipients === 0) {
        throw new BadInputError(
          withoutOffer > 0
            ? `No contact of this list can be mailed: ${withoutOffer} account(s) have no live personal offer for {{offerLink}} (send them offers first), the others no address or a suppressed one. Nothing was queued.`
            : 'No contact of this list can be mailed (no address, or every one suppressed). Nothing was queued.',
          [{ field: audience.field, reason: 'no recipient' }],
        );
      }
      const id = await this.outreaches.insert(tx.manager, {
        campaignId,
        collectiveId: audience.collectiveId,
        filter: audience.filter ? Object.fromEntries(Object.entries(audience.filter).filter(([k, v]) => v !== undefined && v !== null && k !== 'campaignId')) : null,
        language: input.language,
        subject: input.subject.trim(),
        body: input.body,
        tokenSecret: randomBytes(24).toString('base64url'),
        ...actorRef(actor),
      });
      const insertParams: unknown[] = [];
      const written = await this.outreaches.insertMessages(tx.manager, id, audience.sql(insertParams), insertParams);
      await tx.emit('outreach.send_due', { outreachId: id });
      await this.audit.record(tx.manager, actor, {
        action: 'outreach.queued',
        entityType: 'Outreach',
        entityId: id,
        campaignId,
        before: {},
        after: { language: input.language, subject: input.subject.trim(), collectiveId: audience.collectiveId, filter: audience.filter, recipients: written.recipients, suppressed: written.suppressed },
      });
      const outreach = (await this.outreaches.getByIds(scope, [id], tx.manager)).get(id) ?? null;
      return { outreach, counts: { recipients: written.recipients, suppressed: written.suppressed, unsourced: 0, withoutOffer }, unsourcedContacts: [], mergeFields };
    });
  }

  /**
   * An asynchronous bounce report (the mail server's DSN, a provider's webhook): the addresses go on
   * the suppression list, which is global, and every contact with one is marked bounced. Admins and
   * global write keys only (the list spans every campaign). Audited.
   */
  async reportBounces(actor: Actor, input: ReportEmailBouncesInput): Promise<{ suppressed: number; alreadySuppressed: number; contactsMarked: number }> {
    const caller = assertCanWrite(actor);
    const global = (caller.kind === 'user' && caller.role === 'admin') || caller.kind === 'system' || (caller.kind === 'api_key' && caller.campaignId === null);
    if (!global) throw new ForbiddenError('Only an admin or a global API key can report bounces: the suppression list spans every campaign.');
    const emails = [...new Set(input.emails.map((e) => e.trim().toLowerCase()))];
    return this.uow.run(async (tx) => {
      let suppressed = 0;
      for (const email of emails) if (await this.outreaches.suppress(tx.manager, email, 'bounce_report', null, input.detail?.trim() || null)) suppressed++;
      const marked: unknown = await tx.manager.query(
        `UPDATE contact SET email_bounced_at = now() WHERE email IS NOT NULL AND lower(btrim(email)) = ANY($1::text[]) AND email_bounced_at IS NULL RETURNING id`,
        [emails],
      );
      const contactsMarked = (Array.isArray(marked) && Array.isArray(marked[0]) ? marked[0] : (marked as unknown[])).length;
      await this.audit.record(tx.manager, actor, {
        action: 'email.bounces_reported',
        entityType: 'EmailSuppression',
        // The report itself has no row: each one gets an id of its own in the trail.
        entityId: randomUUID(),
        campaignId: null,
        before: {},
        after: { addresses: emails.length, suppressed, contactsMarked },
      });
      return { suppressed, alreadySuppressed: emails.length - suppressed, contactsMarked };
    });
  }

  async cancel(actor: Actor, scope: AccessScope, globalId: string): Promise<OutreachRecord> {
    assertCanWrite(actor);
    const id = expectGlobalId(globalId, 'Outreach', 'input.id');
    return this.uow.run(async (tx) => {
      const current = await this.outreaches.lockById(tx.manager, scope, id);
      if (!current) throw new NotFoundError('The outreach');
      this.authorize(actor, scope, current.campaignId);
      if (current.status !== 'sending') throw new ConflictError(`The outreach is ${current.status} already: there is nothing left to stop.`);
      await this.outreaches.cancel(tx.manager, id);
      await this.audit.record(tx.manager, actor, { action: 'outreach.cancelled', entityType: 'Outreach', entityId: id, campaignId: current.campaignId, before: { status: current.status }, after: { status: 'cancelled' } });
      const after = (await this.outreaches.getByIds(scope, [id], tx.manager)).get(id);
      if (!after) throw new NotFoundError('The outreach');
      return after;
    });
  }
}
