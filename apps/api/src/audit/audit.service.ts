import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { actorRef, type AccessScope, type Actor } from '../common/access/actor';
import { assertCanRead } from '../common/access/permissions';
import { Connection, decodeCursor, encodeCursor, pageSize, toConnection } from '../common/graphql/connection';
import { expectGlobalId, fromGlobalId } from '../common/graphql/global-id';
import { ApiKeyCallDetails, AuditEntryEntity, FieldChange } from './audit-entry.entity';
import { AuditRepository } from './audit.repository';

export interface AuditChange {
  /** What happened, e.g. `account.created`, `opportunity.moved`. */
  action: string;
  entityType: string;
  entityId: string;
  campaignId: string | null;
  /** The entity's fields before the change ({} for a creation). */
  before: Record<string, unknown>;
  /** Its fields after the change. */
  after: Record<string, unknown>;
}

/** Values as JSON would carry them, so dates and arrays compare and store alike. */
function normalize(value: unknown): unknown {
  if (value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  return JSON.parse(JSON.stringify(value)) as unknown;
}

/** Each field whose value differs between `before` and `after`, in the order of the keys. */
export function diffFields(before: Record<string, unknown>, after: Record<string, unknown>): FieldChange[] {
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  const changes: FieldChange[] = [];
  for (const field of keys) {
    const b = normalize(before[field]);
    const a = normalize(after[field]);
    if (JSON.stringify(b) !== JSON.stringify(a)) changes.push({ field, before: b, after: a });
  }
  return changes;
}

/** The audit trail: written in the change's own transaction (so a rolled-back change leaves no entry), never edited. */
@Injectable()
export class AuditService {
  constructor(private readonly audit: AuditRepository) {}

  async record(manager: EntityManager, actor: Actor, change: AuditChange): Promise<FieldChange[]> {
    const changes = diffFields(change.before, change.after);
    await this.audit.insert(manager, {
      ...actorRef(actor),
      action: change.action,
      entityType: change.entityType,
      entityId: change.entityId,
      campaignId: change.campaignId,
      changes,
    });
    return changes;
  }

  /**
   * One call through an API key, attributed to the key: one INSERT, outside any transaction (a
   * refused or failed call leaves its entry too). Bound to the key's campaign when it has one.
   */
  async recordApiKeyCall(actor: Extract<Actor, { kind: 'api_key' }>, details: ApiKeyCallDetails): Promise<void> {
    await this.audit.insertKeyCall({ ...actorRef(actor), entityId: actor.apiKeyId, campaignId: actor.campaignId, details });
  }

  /** The calls made through an API key, newest first (admins only: the resolver checks the role). */
  async apiKeyCalls(apiKeyGlobalId: string, args: { first?: number; after?: string }): Promise<Connection<AuditEntryEntity>> {
    const id = expectGlobalId(apiKeyGlobalId, 'ApiKey', 'apiKeyId');
    const size = pageSize(args.first);
    const before = args.after ? decodeCursor(args.after, 2) : undefined;
    const [rows, total] = await Promise.all([
      this.audit.findKeyCallsPage(id, { limit: size, before: before ? { at: String(before[0]), id: String(before[1]) } : undefined }),
      this.audit.countKeyCalls(id),
    ]);
    return toConnection(rows, size, total, (e) => encodeCursor([e.at.toISOString(), e.id]));
  }

  /** Who changed the entity, oldest first; empty for an entity the caller may not see. */
  async trail(
    actor: Actor,
    scope: AccessScope,
    entityGlobalId: string,
    args: { first?: number; after?: string; order?: 'OLDEST_FIRST' | 'NEWEST_FIRST' },
  ): Promise<Connection<AuditEntryEntity>> {
    assertCanRead(actor);
    const { id } = fromGlobalId(entityGlobalId, 'entityId');
    const size = pageSize(args.first);
    const after = args.after ? decodeCursor(args.after, 2) : undefined;
    const [rows, total] = await Promise.all([
      this.audit.findPageByEntity(scope, id, {
        limit: size,
        after: after ? { at: String(after[0]), id: String(after[1]) } : undefined,
        newestFirst: args.order === 'NEWEST_FIRST',
      }),
      this.audit.countByEntity(scope, id),
    ]);
    return toConnection(rows, size, total, (e) => encodeCursor([e.at.toISOString(), e.id]));
  }
}
