import type { Role } from '@lifeboat/domain';

/** What an API key may do: each operation needs one (see auth.guard.ts). */
export const API_KEY_SCOPES = ['read', 'write', 'import', 'webhooks'] as const;
export type ApiKeyScope = (typeof API_KEY_SCOPES)[number];

/** Who is calling: a signed-in user, an API key, a job of the system, a customer with a link, or nobody. */
export type Actor =
  | { kind: 'user'; userId: string; role: Role; name: string; email: string; sessionId: string | null }
  | { kind: 'api_key'; apiKeyId: string; name: string; scopes: ApiKeyScope[]; campaignId: string | null }
  | { kind: 'system'; job: string }
  | { kind: 'customer'; label: string }
  | { kind: 'anonymous' };

/**
 * What an actor may see, resolved once per request. Every query of a campaign-scoped entity
 * (accounts, contacts, deals, activities, proposals, migrations, audit, aggregates) takes it.
 * - `all`: admins, global API keys, the system;
 * - otherwise only `campaignIds` (the teams the user is in, or the key's campaign).
 * `managedCampaignIds` are those where the user leads the team (managers) — where they reassign and approve.
 */
export interface AccessScope {
  all: boolean;
  campaignIds: readonly string[];
  managedCampaignIds: readonly string[];
}

export const NO_ACCESS: AccessScope = Object.freeze({ all: false, campaignIds: [], managedCampaignIds: [] });
export const FULL_ACCESS: AccessScope = Object.freeze({ all: true, campaignIds: [], managedCampaignIds: [] });

export function canSeeCampaign(scope: AccessScope, campaignId: string): boolean {
  return scope.all || scope.campaignIds.includes(campaignId);
}

export function managesCampaign(scope: AccessScope, campaignId: string): boolean {
  return scope.all || scope.managedCampaignIds.includes(campaignId);
}

/** How an actor is named in the audit trail and on system activities. */
export function actorLabel(actor: Actor): string {
  switch (actor.kind) {
    case 'user':
      return actor.name;
    case 'api_key':
      return `API key "${actor.name}"`;
    case 'system':
      return `Lifeboat (${actor.job})`;
    case 'customer':
      return actor.label;
    case 'anonymous':
      return 'anonymous';
  }
}

export function actorRef(actor: Actor): { actorType: 'user' | 'api_key' | 'system' | 'customer'; actorId: string | null; actorLabel: string } {
  switch (actor.kind) {
    case 'user':
      return { actorType: 'user', actorId: actor.userId, actorLabel: actor.name };
    case 'api_key':
      return { actorType: 'api_key', actorId: actor.apiKeyId, actorLabel: actorLabel(actor) };
    case 'customer':
      return { actorType: 'customer', actorId: null, actorLabel: actor.label };
    default:
      return { actorType: 'system', actorId: null, actorLabel: actorLabel(actor) };
  }
}
