import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { createSecretKey } from 'node:crypto';
import { JwtService } from '@nestjs/jwt';
import { DataSource } from 'typeorm';
import { returnedRows } from '../database/hydrate';
import type { Role } from '@lifeboat/domain';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { AuditService } from '../audit/audit.service';
import { UnauthenticatedError } from '../common/errors/lifeboat-error';
import { Actor } from '../common/access/actor';
import type { CampaignMembership } from './access.service';
import { ApiKeyScope } from '../common/access/actor';
import { hashPassword, verifyPassword } from './passwords';
import { RateLimitsService } from './rate-limits.service';
import { randomToken, resolveJwtSecret, sameDigest, sha256 } from './secrets';
import { UserEntity } from './user.entity';

export interface RequestMeta {
  ip: string;
  userAgent: string | null;
}

export interface IssuedSession {
  accessToken: string;
  accessTokenExpiresAt: Date;
  refreshToken: string;
  user: UserEntity;
}

interface AccessClaims {
  sub: string;
  sid: string;
  role: Role;
}

/**
 * How the caller is identified, before any resolver runs. For a user, `memberships` are their
 * campaign teams, read by the same statement as the session (AccessService turns them into the scope).
 */
export type Authentication = { actor: Actor; problem?: UnauthenticatedError; memberships?: CampaignMembership[] };

export const API_KEY_PREFIX = 'lbk_';

/**
 * Sign-in with a password, short-lived access tokens (JWT, HS256) renewed with a refresh token
 * that rotates at each use, sign-out that revokes the session (and so its access tokens at once),
 * and API keys.
 */
@Injectable()
export class AuthService implements OnModuleInit {
  private jwt!: JwtService;
  /** Verified against when the email is unknown, so the time taken does not reveal who has an account. */
  private dummyHash!: string;

  private readonly logger = new Logger(AuthService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly limits: RateLimitsService,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onModuleInit(): Promise<void> {
    const secret = await resolveJwtSecret(this.config, this.dataSource);
    // A KeyObject, not a string: jsonwebtoken would otherwise try to parse the string as a public
    // key on every verification (about 1 ms of CPU each) before falling back to HMAC.
    this.jwt = new JwtService({ secret: createSecretKey(Buffer.from(secret, 'utf8')), signOptions: { algorithm: 'HS256', issuer: 'lifeboat', expiresIn: this.config.auth.accessTokenTtlSeconds } });
    this.dummyHash = await hashPassword(randomToken());
  }

  async login(emailInput: string, password: string, meta: RequestMeta): Promise<IssuedSession> {
    const email = emailInput.trim().toLowerCase();
    await this.limits.assertLoginAllowed(email, meta.ip);
    const user = await this.dataSource
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('lower(u.email) = :email', { email })
      .getOne();
    const ok = await verifyPassword(user?.passwordHash ?? this.dummyHash, password);
    if (!user || !ok || !user.active) {
      await this.limits.recordLoginFailure(email, meta.ip);
      throw new UnauthenticatedError('Wrong email or password.');
    }
    await this.limits.recordLoginSuccess(email, meta.ip);
    const refreshToken = randomToken();
    const [session] = await this.dataSource.query(
      `INSERT INTO auth_session (user_id, refresh_token_hash, expires_at, user_agent, ip)
       VALUES ($1, $2, now() + make_interval(days => $3), $4, $5) RETURNING id`,
      [user.id, sha256(refreshToken), this.config.auth.refreshTokenTtlDays, meta.userAgent?.slice(0, 300) ?? null, meta.ip],
    );
    await this.dataSource.query(`UPDATE app_user SET last_login_at = now() WHERE id = $1`, [user.id]);
    // The spent refresh tokens of this user's ended sessions detect nothing any more (an ended
    // session refuses every token anyway): forget them.
    await this.dataSource.query(
      `DELETE FROM auth_session_spent_token t USING auth_session s
       WHERE s.id = t.session_id AND s.user_id = $1 AND (s.revoked_at IS NOT NULL OR s.expires_at <= now())`,
      [user.id],
    );
    return this.issue(user, session.id, refreshToken);
  }

  /**
   * Renews the access token; the refresh token rotates (the old one stops working). The token
   * rotated away is remembered as spent: presenting it again is reuse (RFC 9700 §4.14.2), which
   * means two parties hold the session's tokens, one of them not its owner, and the server cannot
   * tell which. So the whole session (the token family) ends at once: its current refresh token and
   * every access token issued for it stop working, the event is audited and logged as a warning.
   * There is no grace period: the web app serialises renewals across its tabs (a Web Lock), so a
   * legitimate client never presents a spent token; a client that lost the answer to a renewal
   * must sign in again.
   */
  async refresh(refreshToken: string): Promise<IssuedSession> {
    const presented = sha256(refreshToken);
    const next = randomToken();
    // One statement: the rotation and the record of the spent token happen together or not at all.
    // Two renewals with the same token at once: the second waits for the first's row lock, then
    // finds the token no longer current (and already spent), so it is handled as reuse below.
    const rows = returnedRows(await this.dataSource.query(
      `WITH rotated AS (
         UPDATE auth_session s SET refresh_token_hash = $2, last_used_at = now()
         FROM app_user u
         WHERE s.refresh_token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > now() AND u.id = s.user_id AND u.active
         RETURNING s.id, s.user_id
       ), spent AS (
         INSERT INTO auth_session_spent_token (token_hash, session_id) SELECT $1, id FROM rotated
       )
       SELECT id, user_id FROM rotated`,
      [presented, sha256(next)],
    )) as Array<{ id: string; user_id: string }>;
    const row = rows[0];
    if (!row) {
      if (await this.revokeOnReuse(presented)) {
        throw new UnauthenticatedError('This refresh token had already been used: the session was ended to protect the account. Sign in again.');
      }
      throw new UnauthenticatedError('This session has ended: sign in again.');
    }
    const user = await this.dataSource.getRepository(UserEntity).findOneByOrFail({ id: row.user_id });
    return this.issue(user, row.id, next);
  }

  /** A spent refresh token presented again: ends its session if still open (audited, logged). True when it did. */
  private async revokeOnReuse(presentedHash: string): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const revoked = returnedRows(
        await manager.query(
          `UPDATE auth_session s SET revoked_at = now()
           FROM auth_session_spent_token t
           WHERE t.token_hash = $1 AND s.id = t.session_id AND s.revoked_at IS NULL
           RETURNING s.id, s.user_id`,
          [presentedHash],
        ),
      ) as Array<{ id: string; user_id: string }>;
      const session = revoked[0];
      if (!session) return false;
      await this.audit.record(manager, { kind: 'system', job: 'auth.refresh-token-reuse' }, {
        action: 'refresh_token_reuse',
        entityType: 'User',
        entityId: session.user_id,
        campaignId: null,
        before: {},
        after: { revokedSession: session.id },
      });
      this.logger.warn(
        `Refresh token reuse: a spent refresh token of session ${session.id} (user ${session.user_id}) was presented again; the session is revoked.`,
      );
      return true;
    });
  }

  /** Signs out: the session ends, and with it every access token issued for it. */
  async logout(refreshToken: string): Promise<boolean> {
    const rows = returnedRows(
      await this.dataSource.query(
        `UPDATE auth_session SET revoked_at = now() WHERE refresh_token_hash = $1 AND revoked_at IS NULL RETURNING id`,
        [sha256(refreshToken)],
      ),
    );
    return rows.length > 0;
  }

  /** Ends every session of a user (deactivation, password change). */
  async revokeAllSessions(userId: string): Promise<void> {
    await this.dataSource.query(`UPDATE auth_session SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL`, [userId]);
  }

  /** Reads `Authorization: Bearer <access token | API key>`; no header means anonymous. */
  async authenticate(authorization: string | undefined): Promise<Authentication> {
    if (!authorization) return { actor: { kind: 'anonymous' } };
    const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
    if (!match) return { actor: { kind: 'anonymous' }, problem: new UnauthenticatedError('The Authorization header must be "Bearer <token>".') };
    const token = match[1];
    if (token.startsWith(API_KEY_PREFIX)) return this.authenticateApiKey(token);
    let claims: AccessClaims;
    try {
      claims = await this.jwt.verifyAsync<AccessClaims>(token, { algorithms: ['HS256'], issuer: 'lifeboat' });
    } catch {
      return { actor: { kind: 'anonymous' }, problem: new UnauthenticatedError('Your access token is invalid or has expired: renew it or sign in again.') };
    }
    const authentication = await this.sessionUser(claims.sid, claims.sub);
    return authentication ?? { actor: { kind: 'anonymous' }, problem: new UnauthenticatedError('This session has ended: sign in again.') };
  }

  /**
   * The caller of a connection that outlives a request (graphql-ws) read again, as a request would
   * read it: null once the session is revoked or expired, the user deactivated, or the API key
   * revoked; otherwise the current role and campaign teams. The access token is not verified again:
   * it proved the session when the connection was made, and the session is what sign-out,
   * revocation and deactivation end.
   */
  async recheck(actor: Actor): Promise<Authentication | null> {
    if (actor.kind === 'user') return actor.sessionId ? this.sessionUser(actor.sessionId, actor.userId) : null;
    if (actor.kind !== 'api_key') return null;
    const rows: Array<{ id: string; name: string; scopes: ApiKeyScope[]; campaign_id: string | null }> = await this.dataSource.query(
      `SELECT id, name, scopes, campaign_id FROM api_key WHERE id = $1 AND revoked_at IS NULL`,
      [actor.apiKeyId],
    );
    const key = rows[0];
    return key ? { actor: { kind: 'api_key', apiKeyId: key.id, name: key.name, scopes: key.scopes, campaignId: key.campaign_id } } : null;
  }

  /** The session, the user and their campaign teams in one statement (one round trip per request); null when the session has ended. */
  private async sessionUser(sessionId: string, userId: string): Promise<Authentication | null> {
    const rows: Array<{ id: string; name: string; email: string; role: Role; memberships: CampaignMembership[] }> = await this.dataSource.query(
      `SELECT u.id, u.name, u.email, u.role,
              (SELECT coalesce(json_agg(json_build_object('campaign_id', m.campaign_id, 'team_role', m.team_role) ORDER BY m.campaign_id), '[]')
               FROM campaign_member m WHERE m.user_id = u.id) AS memberships
       FROM auth_session s JOIN app_user u ON u.id = s.user_id
       WHERE s.id = $1 AND u.id = $2 AND s.revoked_at IS NULL AND s.expires_at > now() AND u.active`,
      [sessionId, userId],
    );
    const user = rows[0];
    if (!user) return null;
    // The role is read from the database, not the token: a role change applies at once.
    return {
      actor: { kind: 'user', userId: user.id, role: user.role, name: user.name, email: user.email, sessionId },
      memberships: user.memberships,
    };
  }

  private async authenticateApiKey(token: string): Promise<Authentication> {
    const invalid = { actor: { kind: 'anonymous' as const }, problem: new UnauthenticatedError('This API key is invalid or revoked.') };
    const parts = /^lbk_([A-Za-z0-9]{12})_([A-Za-z0-9_-]{43})$/.exec(token);
    if (!parts) return invalid;
    const rows: Array<{ id: string; name: string; scopes: ApiKeyScope[]; campaign_id: string | null; secret_hash: string; stale: boolean }> =
      await this.dataSource.query(
        `SELECT id, name, scopes, campaign_id, secret_hash,
                (last_used_at IS NULL OR last_used_at < now() - interval '1 minute') AS stale
         FROM api_key WHERE key_prefix = $1 AND revoked_at IS NULL`,
        [parts[1]],
      );
    const key = rows[0];
    if (!key || !sameDigest(key.secret_hash, sha256(parts[2]))) return invalid;
    // lastUsedAt to the minute: one write a minute per key, not one per request.
    if (key.stale) await this.dataSource.query(`UPDATE api_key SET last_used_at = now() WHERE id = $1`, [key.id]);
    return { actor: { kind: 'api_key', apiKeyId: key.id, name: key.name, scopes: key.scopes, campaignId: key.campaign_id } };
  }

  private async issue(user: UserEntity, sessionId: string, refreshToken: string): Promise<IssuedSession> {
    const claims: AccessClaims = { sub: user.id, sid: sessionId, role: user.role };
    const accessToken = await this.jwt.signAsync(claims);
    const accessTokenExpiresAt = new Date(Date.now() + this.config.auth.accessTokenTtlSeconds * 1000);
    return { accessToken, accessTokenExpiresAt, refreshToken, user };
  }

  /** A new API key: `lbk_<12-character prefix>_<256-bit secret>`. Only the secret's digest is stored. */
  static newApiKey(): { prefix: string; secret: string; token: string; secretHash: string } {
    const prefix = randomToken(12).replace(/[^A-Za-z0-9]/g, '').slice(0, 12).padEnd(12, '0');
    const secret = randomToken(32);
    return { prefix, secret, token: `${API_KEY_PREFIX}${prefix}_${secret}`, secretHash: sha256(secret) };
  }
}
