import { expectGlobalId, toGlobalId } from '../common/graphql/global-id';

/** A collective's global id (Relay form, base64url of `Collective:<uuid>`), as every node's: `node(id)` fetches it. */
export function toCollectiveGlobalId(id: string): string {
  return toGlobalId('Collective', id);
}

/** The collective's database id from its global id, or BAD_USER_INPUT naming `field`. */
export function expectCollectiveId(globalId: string, field: string): string {
  return expectGlobalId(globalId, 'Collective', field);
}
