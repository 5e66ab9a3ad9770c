import { governingShutdownAt } from './governing-shutdown';
import { Injectable } from '@nestjs/common';
import { applyDistressEvent, DomainRuleError } from '@lifeboat/domain';
import { BadInputError, ConflictError, ForbiddenError, NotFoundError } from '../common/errors/lifeboat-error';
import type { AccessScope, Actor } from '../common/access/actor';
import { Connection, decodeCursor, encodeCursor, pageSize, toConnection } from '../common/graphql/connection';
import { expectGlobalId } from '../common/graphql/global-id';
import { UnitOfWork, type Tx } from '../jobs/unit-of-work';
import { AuditService } from '../audit/audit.service';
import { RecordDistressEventInput } from './dto/record-distress-event.input';
import { RivalEntity } from './rival.entity';
import { RivalsRepository } from './rivals.repository';
import { DistressEventEntity } from './distress-event.entity';

@Injectable()
export class RivalsService {
  constructor(
    private readonly rivals: RivalsRepository,
    private readonly uow: UnitOfWork,
    private readonly audit: AuditService,
  ) {}

  async list(scope: AccessScope, args: { first?: number; after?: string }): Promise<Connection<RivalEntity>> {
    const size = pageSize(args.first);
    const after = args.after ? decodeCursor(args.after, 2) : undefined;
    const [rows, total] = await Promise.all([
      this.rivals.findPage(scope, { limit: size, after: after ? { name: String(after[0]), id: String(after[1]) } : undefined }),
      this.rivals.count(scope),
    ]);
    return toConnection(rows, size, total, (r) => encodeCursor([r.name, r.id]));
  }

  async getById(scope: AccessScope, id: string): Promise<RivalEntity | null> {
    return (await this.rivals.getByIds(scope, [id])).get(id) ?? null;
  }

  /**
   * Records what happened to a rival and applies its consequences (domain rules) to the rival's
   * health and shutdown date, in one transaction with the outbox event that starts the urgency
   * recomputation of its accounts.
   */
  async recordDistressEvent(
    actor: Actor,
    scope: AccessScope,
    input: RecordDistressEventInput,
  ): Promise<{ event: DistressEventEntity; rival: RivalEntity }> {
    const rivalId = expectGlobalId(input.rivalId, 'Rival', 'input.rivalId');
    if (!(await this.rivals.getByIds(scope, [rivalId])).has(rivalId)) throw new NotFoundError('Rival');
    // Managers of a campaign against this rival (and admins, and write keys of such a campaign) record its events.
    const campaigns = await this.rivals.campaignIdsOfRival(rivalId);
    if (!scope.all && !campaigns.some((c) => scope.managedCampaignIds.includes(c))) {
      throw new ForbiddenError('Only a manager of a campaign against this rival can record its distress events.');
    }
    return this.uow.run((tx) => this.recordInTransaction(tx, actor, rivalId, input));
  }

  /**
   * The recording itself, in the caller's transaction (access already checked): also how a
   * confirmed or auto-recorded suggestion (rival-feeds/) becomes a distress event.
   */
  async recordInTransaction(
    tx: Tx,
    actor: Actor,
    rivalId: string,
    input: Omit<RecordDistressEventInput, 'rivalId'>,
  ): Promise<{ event: DistressEventEntity; rival: RivalEntity }> {
    {
      const rival = await this.rivals.lockById(tx.manager, rivalId);
      if (!rival) throw new NotFoundError('Rival');
      if (input.expectedVersion != null && input.expectedVersion !== rival.version) {
        throw new ConflictError(`The rival changed since you read it (version ${rival.version}, you had ${input.expectedVersion}).`);
      }
      let next;
      try {
        next = applyDistressEvent(
          { health: rival.health, shutdownExpectedAt: rival.shutdownExpectedAt },
          { kind: input.kind, occurredAt: input.occurredAt, severity: input.severity, shutdownAt: input.shutdownAt ?? null },
        );
      } catch (error) {
        if (error instanceof DomainRuleError) {
          throw new BadInputError(error.message, [{ field: `input.${error.field ?? 'kind'}`, reason: error.message }]);
        }
        throw error;
      }
      // While a shutdown scenario governs, the rival's date is the scenarios' (the event keeps the date it announced).
      const governed = input.shutdownAt ? await governingShutdownAt(tx.manager, rivalId) : null;
      if (governed) next = { ...next, shutdownExpectedAt: governed };
      const event = await this.rivals.insertEvent(tx.manager, {
        rivalId,
        kind: input.kind,
        occurredAt: input.occurredAt,
        severity: input.severity,
        sourceUrl: input.sourceUrl ?? null,
        summary: input.summary,
        announcedShutdownAt: input.shutdownAt ?? null,
        // The recomputation job marks it done with its counts (DistressEvent.impact).
        impactStatus: 'pending',
      });
      const changed =
        next.health !== rival.health || (next.shutdownExpectedAt?.getTime() ?? null) !== (rival.shutdownExpectedAt?.getTime() ?? null);
      if (changed) {
        const updated = await this.rivals.updateHealth(tx.manager, rivalId, rival.version, next);
        if (!updated) throw new ConflictError('The rival changed while the event was being recorded; try again.');
      }
      await this.audit.record(tx.manager, actor, {
        action: 'distress_event.recorded',
        entityType: 'Rival',
        entityId: rivalId,
        campaignId: null,
        before: { health: rival.health, shutdownExpectedAt: rival.shutdownExpectedAt },
        after: { health: next.health, shutdownExpectedAt: next.shutdownExpectedAt },
      });
      await tx.emit('distress_event.recorded', { rivalId, distressEventId: event.id });
      const fresh = await this.rivals.lockById(tx.manager, rivalId);
      return { event, rival: fresh as RivalEntity };
    }
  }
}
