import { canApprove, type ApprovalLevel, type Role } from '@lifeboat/domain';
import { canSeeCampaign, managesCampaign, type AccessScope, type Actor } from './actor';
import { ForbiddenError, NotFoundError, UnauthenticatedError } from '../errors/lifeboat-error';

/**
 * Who may change what (DESIGN.md §5), as pure functions of the caller, its scope and the
 * entity's campaign and owner. Reading is enforced by the repositories (every query takes the
 * scope); these checks come after a scoped read, so an entity outside the scope is already
 * NOT_FOUND and never reaches them.
 */

export type AuthenticatedActor = Exclude<Actor, { kind: 'anonymous' }>;

/** Anyone but an anonymous caller (or a missing actor, before the identity layer resolves one). */
export function requireAuthenticated(actor: Actor | undefined | null): AuthenticatedActor {
  if (!actor || actor.kind === 'anonymous') throw new UnauthenticatedError();
  return actor;
}

/** The caller may read: any authenticated actor (its scope then limits what it sees). */
export function assertCanRead(actor: Actor | undefined | null): AuthenticatedActor {
  return requireAuthenticated(actor);
}

/** The caller may write at all: users and the system; API keys only with the `write` scope; never customers. */
export function assertCanWrite(actor: Actor | undefined | null): AuthenticatedActor {
  const a = requireAuthenticated(actor);
  if (a.kind === 'api_key' && !a.scopes.includes('write')) {
    throw new ForbiddenError(`API key "${a.name}" is read-only: it needs the write scope to change anything.`);
  }
  if (a.kind === 'customer') throw new ForbiddenError('Customers can only accept proposals through their link.');
  return a;
}

/** Whether the caller acts with a manager's powers in this campaign: admins, the system, its managers, write keys bound to it or global. */
export function actsAsManager(actor: Actor, scope: AccessScope, campaignId: string): boolean {
  switch (actor.kind) {
    case 'system':
      return true;
    case 'user':
      return actor.role === 'admin' || managesCampaign(scope, campaignId);
    case 'api_key':
      return actor.scopes.includes('write') && canSeeCampaign(scope, campaignId);
    default:
      return false;
  }
}

/** The role the pipeline rules see for this caller in this campaign (a manager of another campaign is a rep here). */
export function effectiveRole(actor: Actor, scope: AccessScope, campaignId: string): Role {
  if (actor.kind === 'system' || (actor.kind === 'user' && actor.role === 'admin')) return 'admin';
  return actsAsManager(actor, scope, campaignId) ? 'manager' : 'rep';
}

/**
 * Who decides a discount waiting for approval (a proposal's, a collective's terms): a manager of
 * its campaign up to the manager limit, an admin beyond (`canApprove`); FORBIDDEN otherwise.
 * `what` names the thing decided in the refusal ("this discount", "these terms").
 */
export function assertDiscountApprover(
  caller: AuthenticatedActor,
  scope: AccessScope,
  pending: { campaignId: string; requiredApproval: ApprovalLevel; discountPercent: number },
  what: string,
): void {
  if (!canApprove(effectiveRole(caller, scope, pending.campaignId), pending.requiredApproval)) {
    throw new ForbiddenError(
      pending.requiredApproval === 'admin'
        ? `A ${pending.discountPercent} % discount is beyond the manager limit: only an admin can approve it.`
        : `Only a manager of the campaign (or an admin) can approve or reject ${what}.`,
    );
  }
}

export interface OwnedInCampaign {
  campaignId: string;
  ownerId: string | null;
}

/** Whether the caller may change an account (or its deal, contacts, activities): its owner, or a manager of its campaign. */
export function canChange(actor: Actor, scope: AccessScope, entity: OwnedInCampaign): boolean {
  if (!canSeeCampaign(scope, entity.campaignId)) return false;
  if (actsAsManager(actor, scope, entity.campaignId)) return true;
  return actor.kind === 'user' && entity.ownerId !== null && entity.ownerId === actor.userId;
}

/** Throws NOT_FOUND outside the scope (existence is never revealed) and FORBIDDEN when the caller may see but not change it. */
export function assertCanChange(actor: Actor, scope: AccessScope, entity: OwnedInCampaign, what: string): void {
  if (!canSeeCampaign(scope, entity.campaignId)) throw new NotFoundError(what);
  if (canChange(actor, scope, entity)) return;
  throw new ForbiddenError(
    entity.ownerId === null
      ? `${what} is unassigned: claim it first, or ask a manager.`
      : `${what} belongs to another rep: only its owner or a manager of the campaign can change it.`,
  );
}

/** A signed-in member of the campaign may claim an unassigned account; managers may too. */
export function assertCanClaim(actor: Actor, scope: AccessScope, entity: OwnedInCampaign, what: string): string {
  if (!canSeeCampaign(scope, entity.campaignId)) throw new NotFoundError(what);
  if (actor.kind !== 'user') throw new ForbiddenError('Only a person can claim an account: it becomes theirs.');
  return actor.userId;
}

/** Reassigning is a manager's job (or an admin's, or a write key's). */
export function assertCanAssign(actor: Actor, scope: AccessScope, campaignId: string, what: string): void {
  if (!canSeeCampaign(scope, campaignId)) throw new NotFoundError(what);
  if (!actsAsManager(actor, scope, campaignId)) throw new ForbiddenError('Only a manager of the campaign or an admin can reassign accounts.');
}

/** Creating in a campaign: any member of it (a rep creates accounts for themselves), a manager, an admin, a write key. */
export function assertCanCreateIn(actor: Actor, scope: AccessScope, campaignId: string, what: string): void {
  if (!canSeeCampaign(scope, campaignId)) throw new NotFoundError(what);
  if (actor.kind === 'user' || actsAsManager(actor, scope, campaignId)) return;
  throw new ForbiddenError('This caller cannot create anything in the campaign.');
}
