import { toGlobalId } from '../../common/graphql/global-id';
import { OutageEntity } from './outage.entity';
import { OutageModel } from './outage.model';

export function toOutageModel(e: OutageEntity): OutageModel & { __typename: 'Outage' } {
  return {
    __typename: 'Outage',
    id: toGlobalId('Outage', e.id),
    dbId: e.id,
    rivalDbId: e.rivalId,
    startedAt: e.startedAt,
    endedAt: e.endedAt,
    impact: e.impact,
    services: e.services,
    summary: e.summary,
    sourceUrl: e.sourceUrl,
    externalId: e.externalId,
    version: e.version,
    createdAt: e.createdAt,
  };
}
