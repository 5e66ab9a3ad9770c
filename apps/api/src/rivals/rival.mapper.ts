import { toGlobalId } from '../common/graphql/global-id';
import { DistressEventEntity } from './distress-event.entity';
import { DistressEventModel, RivalModel } from './rival.model';
import { RivalEntity } from './rival.entity';

export function toRivalModel(e: RivalEntity): RivalModel & { __typename: 'Rival' } {
  return {
    __typename: 'Rival',
    id: toGlobalId('Rival', e.id),
    dbId: e.id,
    name: e.name,
    country: e.country,
    health: e.health,
    shutdownExpectedAt: e.shutdownExpectedAt,
    services: e.services,
    claimedAvailabilityPercent: e.claimedAvailabilityPercent ?? null,
    version: e.version,
  };
}

export function toDistressEventModel(e: DistressEventEntity): DistressEventModel & { __typename: 'DistressEvent' } {
  return {
    __typename: 'DistressEvent',
    id: toGlobalId('DistressEvent', e.id),
    dbId: e.id,
    rivalDbId: e.rivalId,
    kind: e.kind,
    occurredAt: e.occurredAt,
    severity: e.severity,
    sourceUrl: e.sourceUrl,
    summary: e.summary,
    announcedShutdownAt: e.announcedShutdownAt,
    recordedAt: e.recordedAt,
  };
}
