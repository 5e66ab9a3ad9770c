import { Injectable } from '@nestjs/common';
import type { Actor } from '../common/access/actor';
import { HandlesJob, JobContext, JobHandler } from '../jobs/job-handler';
import { JobPayload } from '../jobs/job-catalog';
import { AuditService } from '../audit/audit.service';
import { ProposalsRepository } from './proposals.repository';
import { proposalSnapshot } from './proposals.service';
import { formatLocal, texts, type Locale } from '../notifications/notification-texts';
import { campaignTimeZone } from '../notifications/campaign-zone';

const BATCH = 500;
const SYSTEM: Actor = { kind: 'system', job: 'proposals.expire' };

/**
 * Sent proposals past their validity become expired (their link then answers "expired"), and
 * their reps are told. Idempotent: only sent proposals past `validUntil` change, and each
 * notification has a dedupe key, so a retry or a second sweep does nothing more.
 */
@Injectable()
@HandlesJob('proposals.expire')
export class ProposalExpiryHandler implements JobHandler<'proposals.expire'> {
  constructor(
    private readonly proposals: ProposalsRepository,
    private readonly audit: AuditService,
  ) {}

  async handle(payload: JobPayload<'proposals.expire'>, ctx: JobContext): Promise<Record<string, unknown>> {
    const now = new Date();
    let expired = 0;
    for (;;) {
      const batch = await this.proposals.expireDue(ctx.manager, now, BATCH);
      for (const p of batch) {
        await this.audit.record(ctx.manager, SYSTEM, {
          action: 'proposal.expired',
          entityType: 'Proposal',
          entityId: p.id,
          campaignId: p.campaignId,
          before: { ...proposalSnapshot(p), status: 'sent' },
          after: proposalSnapshot(p),
        });
      }
      const owners = await this.proposals.repsOfProposals(ctx.manager, batch.map((p) => p.id));
      await this.proposals.insertNotifications(
        ctx.manager,
        batch.flatMap((p) =>
          (owners.get(p.id) ?? []).map((r) => ({
            userId: r.userId,
            campaignId: p.campaignId,
            kind: 'proposal_expired',
            text: (l: Locale) =>
              texts.proposalExpired(l, { account: r.accountName, validUntil: formatLocal(p.validUntil as Date, l, campaignTimeZone(r.campaignSettings)) }),
            entityId: p.id,
            dedupeKey: `proposal-expired:${p.id}`,
          })),
        ),
      );
      expired += batch.length;
      if (batch.length < BATCH) break;
    }
    return { requestedAt: payload.requestedAt, expired };
  }
}
