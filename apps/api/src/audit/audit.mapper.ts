import { NODE_TYPES, NodeType, toGlobalId } from '../common/graphql/global-id';
import { AuditEntryEntity } from './audit-entry.entity';
import { AuditEntryModel } from './audit.model';

export function toAuditEntryModel(e: AuditEntryEntity): AuditEntryModel & { __typename: 'AuditEntry' } {
  const type = (NODE_TYPES as readonly string[]).includes(e.entityType) ? (e.entityType as NodeType) : null;
  return {
    __typename: 'AuditEntry',
    id: toGlobalId('AuditEntry', e.id),
    dbId: e.id,
    at: e.at,
    actorType: e.actorType,
    actorLabel: e.actorLabel,
    action: e.action,
    entityType: e.entityType,
    entityId: type ? toGlobalId(type, e.entityId) : e.entityId,
    changes: e.changes,
    apiKeyCall: e.details ?? null,
  };
}
