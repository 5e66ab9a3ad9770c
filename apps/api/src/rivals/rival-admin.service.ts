import { governingShutdownAt } from './governing-shutdown';
import { Injectable } from '@nestjs/common';
import type { Actor } from '../common/access/actor';
import { BadInputError, ConflictError, NotFoundError } from '../common/errors/lifeboat-error';
import { expectGlobalId } from '../common/graphql/global-id';
import { UnitOfWork } from '../jobs/unit-of-work';
import { AuditService } from '../audit/audit.service';
import { RivalEntity } from './rival.entity';
import { CreateRivalInput, UpdateRivalInput } from './dto/rival-admin.inputs';

/** The fields of a rival the audit shows, before and after. */
function audited(r: Pick<RivalEntity, 'name' | 'country' | 'health' | 'shutdownExpectedAt' | 'services' | 'claimedAvailabilityPercent'>): Record<string, unknown> {
  return {
    name: r.name,
    country: r.country,
    health: r.health,
    shutdownExpectedAt: r.shutdownExpectedAt,
    services: r.services,
    claimedAvailabilityPercent: r.claimedAvailabilityPercent,
  };
}

function assertFutureShutdown(at: Date | null | undefined, now: Date): void {
  if (at && at.getTime() <= now.getTime()) {
    throw new BadInputError('The expected shutdown must be in the future: record a shutdown that happened as a distress event.', [
      { field: 'input.shutdownExpectedAt', reason: 'must be in the future' },
    ]);
  }
}

/**
 * Rivals as an admin creates and edits them (issue #16). Every change is audited with before and
 * after in its transaction; a change of health or shutdown date recomputes the urgency and deadlines
 * of the rival's campaigns through the outbox (`rival.updated`), as a distress event does.
 */
@Injectable()
export class RivalAdminService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly audit: AuditService,
  ) {}

  async create(actor: Actor, input: CreateRivalInput, now = new Date()): Promise<RivalEntity> {
    const name = input.name.trim();
    if (!name) throw new BadInputError('Give the rival a name.', [{ field: 'input.name', reason: 'must not be blank' }]);
    assertFutureShutdown(input.shutdownExpectedAt, now);
    return this.uow.run(async (tx) => {
      const repo = tx.manager.getRepository(RivalEntity);
      const rival = await repo.save(
        repo.create({
          name,
          country: input.country.toUpperCase(),
          health: input.health ?? 'distressed',
          shutdownExpectedAt: input.shutdownExpectedAt ?? null,
          services: [...new Set(input.services ?? [])],
          claimedAvailabilityPercent: input.claimedAvailabilityPercent ?? null,
        }),
      );
      await this.audit.record(tx.manager, actor, {
        action: 'rival.created',
        entityType: 'Rival',
        entityId: rival.id,
        campaignId: null,
        before: {},
        after: audited(rival),
      });
      return (await repo.findOneBy({ id: rival.id })) as RivalEntity;
    });
  }

  async update(actor: Actor, input: UpdateRivalInput, now = new Date()): Promise<RivalEntity> {
    const id = expectGlobalId(input.id, 'Rival', 'input.id');
    if (input.name != null && !input.name.trim()) throw new BadInputError('Give the rival a name.', [{ field: 'input.name', reason: 'must not be blank' }]);
    if (input.clearShutdown && input.shutdownExpectedAt) {
      throw new BadInputError('Give a shutdown date or clear it, not both.', [{ field: 'input.clearShutdown', reason: 'conflicts with shutdownExpectedAt' }]);
    }
    if (input.clearClaimedAvailability && input.claimedAvailabilityPercent != null) {
      throw new BadInputError('Give a claimed availability or clear it, not both.', [
        { field: 'input.clearClaimedAvailability', reason: 'conflicts with claimedAvailabilityPercent' },
      ]);
    }
    assertFutureShutdown(input.shutdownExpectedAt, now);
    return this.uow.run(async (tx) => {
      const repo = tx.manager.getRepository(RivalEntity);
      const current = await repo.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!current) throw new NotFoundError('The rival');
      if (current.version !== input.expectedVersion) {
        throw new ConflictError(`The rival changed since you read it (version ${current.version}, you had ${input.expectedVersion}).`);
      }
      if ((input.shutdownExpectedAt || input.clearShutdown) && (await governingShutdownAt(tx.manager, id))) {
        const field = input.clearShutdown ? 'input.clearShutdown' : 'input.shutdownExpectedAt';
        throw new BadInputError('The shutdown date follows the rival’s shutdown scenarios (the earliest credible one): add or change a scenario instead.', [
          { field, reason: 'follows the shutdown scenarios' },
        ]);
      }
      const next = {
        name: input.name != null ? input.name.trim() : current.name,
        country: input.country != null ? input.country.toUpperCase() : current.country,
        health: input.health ?? current.health,
        shutdownExpectedAt: input.clearShutdown ? null : (input.shutdownExpectedAt ?? current.shutdownExpectedAt),
        services: input.services != null ? [...new Set(input.services)] : current.services,
        claimedAvailabilityPercent: input.clearClaimedAvailability ? null : (input.claimedAvailabilityPercent ?? current.claimedAvailabilityPercent),
      };
      const before = audited(current);
      const after = audited(next);
      if (JSON.stringify(before) === JSON.stringify(after)) return current;
      const result = await tx.manager
        .createQueryBuilder()
        .update(RivalEntity)
        .set({ ...next, version: () => 'version + 1', updatedAt: () => 'now()' })
        .where('id = :id AND version = :version', { id, version: input.expectedVersion })
        .execute();
      if (result.affected !== 1) throw new ConflictError('The rival changed while it was being saved; read it again.');
      await this.audit.record(tx.manager, actor, { action: 'rival.updated', entityType: 'Rival', entityId: id, campaignId: null, before, after });
      const timing = next.health !== current.health || (next.shutdownExpectedAt?.getTime() ?? null) !== (current.shutdownExpectedAt?.getTime() ?? null);
      if (timing) await tx.emit('rival.updated', { rivalId: id });
      return (await repo.findOneBy({ id })) as RivalEntity;
    });
  }
}
