import { BadInputError } from '../common/errors/lifeboat-error';

/*
 * A collective's global id, in the same Relay form as every other (base64url of `Collective:<uuid>`).
 * `Collective` is not yet one of common/graphql/global-id.ts's NODE_TYPES (that folder is shared
 * with work in flight), so it is encoded here and `node(id)` does not fetch collectives yet: adding
 * it to NODE_TYPES and registering a lookup is a one-line follow-up, with no change of id for clients.
 */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function toCollectiveGlobalId(id: string): string {
  return Buffer.from(`Collective:${id}`, 'utf8').toString('base64url');
}

export function expectCollectiveId(globalId: string, field: string): string {
  const [type, id] = Buffer.from(globalId, 'base64url').toString('utf8').split(':');
  if (type !== 'Collective' || !id || !UUID.test(id)) {
    throw new BadInputError(`"${globalId}" is not a Collective id.`, [{ field, reason: 'must be a Collective id' }]);
  }
  return id;
}
