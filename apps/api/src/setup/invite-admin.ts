import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { DataSource } from 'typeorm';
import { AuditRepository } from '../audit/audit.repository';
import { AuditService } from '../audit/audit.service';
import { UnitOfWork } from '../jobs/unit-of-work';
import type { AuthService } from '../identity/auth.service';
import type { Actor } from '../common/access/actor';
import { InviteUserInput } from '../identity/dto/admin.input';
import { IdentityService } from '../identity/identity.service';
import type { OutboxRelay } from '../jobs/outbox-relay.service';

/** Who the audit trail names for what the operator's setup commands do: "Lifeboat (setup)". */
export const SETUP_ACTOR: Actor = { kind: 'system', job: 'setup' };

/** The web app's page where an invited person sets their password (apps/web/src/app/router.tsx). */
export function invitationLink(baseUrl: string, token: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/invitation/${encodeURIComponent(token)}`;
}

/** A refusal the operator can act on: one line, exit code 1, nothing written. */
export class SetupRefusal extends Error {
  override readonly name = 'SetupRefusal';
}

export interface AdminInvitation {
  userId: string;
  email: string;
  name: string;
  locale: 'en' | 'fr';
  /** The single-use link (valid 7 days) to give the new admin. */
  link: string;
  /** Active admins there were before this one (0 on a fresh database). */
  activeAdminsBefore: number;
}

/**
 * Invites an admin from the command line (`npm run admin:invite`): the first admin of a fresh
 * database, or a new one for an operator locked out of every admin account. It works whether or
 * not admins exist, and goes through the same use case as `inviteUser` (IdentityService: the same
 * input rules, the same user, invitation and audit entry in one transaction), audited as done by
 * "Lifeboat (setup)". The email must belong to no user yet (an active one can sign in; a
 * deactivated or still-invited one is an admin's to handle): a locked-out operator invites an
 * address of their own that Lifeboat has not seen.
 */
export async function inviteAdmin(
  dataSource: DataSource,
  args: { email: string; name?: string; locale?: string; baseUrl: string },
): Promise<AdminInvitation> {
  const email = args.email.trim();
  const input = plainToInstance(InviteUserInput, {
    email,
    name: args.name?.trim() || defaultName(email),
    role: 'admin',
    locale: args.locale ?? 'en',
  });
  const problems = await validate(input);
  if (problems.length > 0) {
    const reasons = problems.map((p) => {
      const option = p.property === 'email' ? '--email' : p.property === 'name' ? '--name' : p.property === 'locale' ? '--locale' : p.property;
      const message = p.property === 'locale' ? 'must be en or fr' : (Object.values(p.constraints ?? {})[0] ?? 'is invalid');
      return `${option} "${String(p.value ?? '')}": ${message}`;
    });
    throw new SetupRefusal(`Nothing invited: ${reasons.join('; ')}.`);
  }
  const lower = input.email.toLowerCase();
  const existing: Array<{ active: boolean; role: string; has_password: boolean }> = await dataSource.query(
    `SELECT active, role, password_hash IS NOT NULL AS has_password FROM app_user WHERE lower(email) = $1`,
    [lower],
  );
  if (existing.length > 0) {
    const u = existing[0];
    const who = !u.active
      ? `belongs to a deactivated user (${u.role}); an admin can reactivate them`
      : u.has_password
        ? `belongs to an active user (${u.role}) who can sign in`
        : `was already invited (${u.role}) and has not set a password yet; an admin can see them in Admin › Users`;
    throw new SetupRefusal(`Nothing invited: ${lower} ${who}. To add an admin, give an email no user has.`);
  }
  const admins: Array<{ n: number }> = await dataSource.query(`SELECT count(*)::int AS n FROM app_user WHERE role = 'admin' AND active`);
  const { user, invitationToken } = await identityService(dataSource).inviteUser(SETUP_ACTOR, input);
  return {
    userId: user.id,
    email: user.email,
    name: user.name,
    locale: user.locale as 'en' | 'fr',
    link: invitationLink(args.baseUrl, invitationToken),
    activeAdminsBefore: admins[0].n,
  };
}

/** "ada.lovelace@example.com" → "Ada Lovelace": a name to start with; the admin can change it. */
function defaultName(email: string): string {
  const local = email.split('@')[0] ?? '';
  const words = local.split(/[._+-]+/).filter(Boolean);
  return words.map((w) => w[0].toUpperCase() + w.slice(1)).join(' ') || 'Admin';
}

/**
 * The api's IdentityService outside the Nest app: only what `inviteUser` uses is real. Its
 * transaction commits no domain event (the relay's kick is a no-op: the api's relay sweeps anyway),
 * and it never signs anyone in (no AuthService).
 */
function identityService(dataSource: DataSource): IdentityService {
  const relay = { kick: () => undefined } as unknown as OutboxRelay;
  const noAuth = null as unknown as AuthService;
  return new IdentityService(dataSource, new UnitOfWork(dataSource, relay), new AuditService(new AuditRepository(dataSource)), noAuth);
}

/** Logged once at start in production while no admin can sign in (no secret in it). */
export const FIRST_ADMIN_ADVICE =
  'No admin can sign in yet: invite one with `npm run admin:invite -- --email you@example.com` (stop the api first on the embedded database), then open the link it prints.';

/** Whether no active admin has set a password: nobody can administer this Lifeboat yet. */
export async function noAdminCanSignIn(dataSource: DataSource): Promise<boolean> {
  const rows: Array<{ n: number }> = await dataSource.query(
    `SELECT count(*)::int AS n FROM app_user WHERE role = 'admin' AND active AND password_hash IS NOT NULL`,
  );
  return rows[0].n === 0;
}
