import { BadInputError } from '../errors/lifeboat-error';

/** Node types and their GraphQL type names; a global id says which one it is. */
export const NODE_TYPES = [
  'Rival',
  'DistressEvent',
  'Outage',
  'Campaign',
  'User',
  'Account',
  'Contact',
  'Opportunity',
  'Activity',
  'AuditEntry',
  'ApiKey',
  'Notification',
  'Proposal',
  'Migration',
  'Webhook',
  'WebhookDelivery',
  'AccountImport',
  'BulkAssignment',
  'ShutdownScenario',
  'RivalFeed',
  'SuggestedDistressEvent',
  'Collective',
  'Outreach',
] as const;
export type NodeType = (typeof NODE_TYPES)[number];
const NODE_TYPE_SET: ReadonlySet<string> = new Set<string>(NODE_TYPES);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Opaque, globally unique ids (Relay): base64url of `<Type>:<uuid>`. */
export function toGlobalId(type: NodeType, id: string): string {
  return Buffer.from(`${type}:${id}`, 'utf8').toString('base64url');
}

export function fromGlobalId(globalId: string, field = 'id'): { type: NodeType; id: string } {
  const decoded = Buffer.from(globalId, 'base64url').toString('utf8');
  const [type, id] = decoded.split(':');
  if (!type || !id || !NODE_TYPE_SET.has(type) || !UUID.test(id)) {
    throw new BadInputError(`"${globalId}" is not a Lifeboat id.`, [{ field, reason: 'not a valid id' }]);
  }
  return { type: type as NodeType, id };
}

/** Decodes an id that must be of one type, e.g. a `rivalId` argument. */
export function expectGlobalId(globalId: string, type: NodeType, field: string): string {
  const decoded = fromGlobalId(globalId, field);
  if (decoded.type !== type) {
    throw new BadInputError(`"${globalId}" is not a ${type} id.`, [{ field, reason: `must be a ${type} id` }]);
  }
  return decoded.id;
}
