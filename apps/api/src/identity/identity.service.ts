import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { BadInputError, ConflictError, ForbiddenError, NotFoundError } from '../common/errors/lifeboat-error';
import { Connection, decodeCursor, encodeCursor, pageSize, toConnection } from '../common/graphql/connection';
import { expectGlobalId, toGlobalId } from '../common/graphql/global-id';
import { AuditService } from '../audit/audit.service';
import { UnitOfWork } from '../jobs/unit-of-work';
import { returnedRows } from '../database/hydrate';
import { Actor } from '../common/access/actor';
import { ApiKeyEntity } from './api-key.entity';
import { ApiKeyModel } from './api-key.model';
import { AuthService } from './auth.service';
import { AcceptInvitationInput, CreateApiKeyInput, InviteUserInput, UpdateUserInput } from './dto/admin.input';
import { hashPassword } from './passwords';
import { assertAcceptablePassword } from './password-policy';
import { randomToken, sha256 } from './secrets';
import { UserEntity } from './user.entity';

const INVITATION_DAYS = 7;

/** Users and API keys, administered by admins; every change audited. */
@Injectable()
export class IdentityService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly audit: AuditService,
    private readonly auth: AuthService,
  ) {}

  async getUser(id: string): Promise<UserEntity | null> {
    return this.dataSource.getRepository(UserEntity).findOneBy({ id });
  }

  async listUsers(args: { first?: number; after?: string }): Promise<Connection<UserEntity>> {
    const size = pageSize(args.first);
    const qb = this.dataSource.getRepository(UserEntity).createQueryBuilder('u').orderBy('u.name').addOrderBy('u.id').limit(size + 1);
    if (args.after) {
      const [name, id] = decodeCursor(args.after, 2);
      qb.where('(u.name, u.id) > (:name, :id)', { name, id });
    }
    const [rows, total] = await Promise.all([qb.getMany(), this.dataSource.getRepository(UserEntity).count()]);
    return toConnection(rows, size, total, (u) => encodeCursor([u.name, u.id]));
  }

  async inviteUser(actor: Actor, input: InviteUserInput): Promise<{ user: UserEntity; invitationToken: string }> {
    const email = input.email.trim().toLowerCase();
    return this.uow.run(async (tx) => {
      const existing = await tx.manager.query(`SELECT 1 FROM app_user WHERE lower(email) = $1`, [email]);
      if (existing.length > 0) {
        throw new BadInputError(`A user with the email ${email} already exists.`, [{ field: 'input.email', reason: 'already taken' }]);
      }
      const repo = tx.manager.getRepository(UserEntity);
      const user = await repo.save(
        repo.create({ email, name: input.name.trim(), role: input.role, locale: input.locale ?? 'en', active: true, isDemo: false, passwordHash: null, version: 1 }),
      );
      const invitationToken = randomToken();
      await tx.manager.query(
        `INSERT INTO user_invitation (token_hash, user_id, expires_at) VALUES ($1, $2, now() + make_interval(days => $3))`,
        [sha256(invitationToken), user.id, INVITATION_DAYS],
      );
      await this.audit.record(tx.manager, actor, {
        action: 'invite',
        entityType: 'User',
        entityId: user.id,
        campaignId: null,
        before: {},
        after: { email, name: user.name, role: user.role, locale: user.locale, active: true },
      });
      return { user, invitationToken };
    });
  }

  async acceptInvitation(input: AcceptInvitationInput): Promise<UserEntity> {
    // The invitation is read (not yet used) to judge the password against the invited person's
    // email and name: a refused password leaves the invitation usable for another try.
    const invited: Array<{ email: string; name: string }> = await this.dataSource.query(
      `SELECT u.email, u.name FROM user_invitation i JOIN app_user u ON u.id = i.user_id
       WHERE i.token_hash = $1 AND i.used_at IS NULL AND i.expires_at > now()`,
      [sha256(input.invitationToken)],
    );
    if (invited.length === 0) throw new NotFoundError('This invitation (used, expired or unknown)');
    const passwordHash = await this.acceptablePasswordHash(input.password, invited[0]);
    return this.uow.run(async (tx) => {
      const rows = returnedRows(
        await tx.manager.query(
          `UPDATE user_invitation SET used_at = now()
           WHERE token_hash = $1 AND used_at IS NULL AND expires_at > now() RETURNING user_id`,
          [sha256(input.invitationToken)],
        ),
      ) as Array<{ user_id: string }>;
      if (rows.length === 0) throw new NotFoundError('This invitation (used, expired or unknown)');
      await tx.manager.query(`UPDATE app_user SET password_hash = $2, version = version + 1, updated_at = now() WHERE id = $1`, [
        rows[0].user_id,
        passwordHash,
      ]);
      const user = await tx.manager.getRepository(UserEntity).findOneByOrFail({ id: rows[0].user_id });
      await this.audit.record(tx.manager, { kind: 'customer', label: user.name }, {
        action: 'set_password',
        entityType: 'User',
        entityId: user.id,
        campaignId: null,
        before: { passwordSet: false },
        after: { passwordSet: true },
      });
      return user;
    });
  }

  /**
   * The hash of a password that passes the policy (password-policy.ts), judged against the user's
   * email and name, this service's name and the rivals' and campaigns' names. Every path that sets
   * a password goes through here; the demo users' are seeded directly (see demo-scenario.ts).
   */
  private async acceptablePasswordHash(password: string, user: { email: string; name: string }): Promise<string> {
    const names: Array<{ name: string }> = await this.dataSource.query(`SELECT name FROM rival UNION SELECT name FROM campaign`);
    await assertAcceptablePassword(password, { email: user.email, name: user.name, rivalNames: names.map((n) => n.name) });
    return hashPassword(password);
  }

  async updateUser(actor: Actor, input: UpdateUserInput): Promise<UserEntity> {
    const id = expectGlobalId(input.userId, 'User', 'input.userId');
    if (actor.kind === 'user' && actor.userId === id && (input.active === false || (input.role && input.role !== 'admin'))) {
      throw new ForbiddenError('An admin cannot deactivate or demote themselves: ask another admin.');
    }
    const updated = await this.uow.run(async (tx) => {
      const repo = tx.manager.getRepository(UserEntity);
      const before = await repo.findOneBy({ id });
      if (!before) throw new NotFoundError('User');
      const change = {
        name: input.name?.trim() ?? before.name,
        role: input.role ?? before.role,
        active: input.active ?? before.active,
        locale: input.locale ?? before.locale,
      };
      const result = await tx.manager
        .createQueryBuilder()
        .update(UserEntity)
        .set({ ...change, version: () => 'version + 1', updatedAt: () => 'now()' })
        .where('id = :id AND version = :v', { id, v: input.expectedVersion })
        .execute();
      if (result.affected !== 1) throw new ConflictError(`The user changed since you read it (version ${before.version}, you had ${input.expectedVersion}).`);
      await this.audit.record(tx.manager, actor, {
        action: 'update',
        entityType: 'User',
        entityId: id,
        campaignId: null,
        before: { name: before.name, role: before.role, active: before.active, locale: before.locale },
        after: change,
      });
      return repo.findOneByOrFail({ id });
    });
    if (!updated.active) await this.auth.revokeAllSessions(updated.id);
    return updated;
  }

  async listApiKeys(args: { first?: number; after?: string }): Promise<Connection<ApiKeyEntity>> {
    const size = pageSize(args.first);
    const repo = this.dataSource.getRepository(ApiKeyEntity);
    const qb = repo.createQueryBuilder('k').orderBy('k.createdAt', 'DESC').addOrderBy('k.id', 'DESC').limit(size + 1);
    if (args.after) {
      const [createdAt, id] = decodeCursor(args.after, 2);
      qb.where('(k.created_at, k.id) < (:createdAt, :id)', { createdAt, id });
    }
    const [rows, total] = await Promise.all([qb.getMany(), repo.count()]);
    return toConnection(rows, size, total, (k) => encodeCursor([k.createdAt.toISOString(), k.id]));
  }

  async createApiKey(actor: Actor, input: CreateApiKeyInput): Promise<{ apiKey: ApiKeyEntity; secret: string }> {
    const campaignId = input.campaignId ? expectGlobalId(input.campaignId, 'Campaign', 'input.campaignId') : null;
    const generated = AuthService.newApiKey();
    return this.uow.run(async (tx) => {
      if (campaignId) {
        const found = await tx.manager.query(`SELECT 1 FROM campaign WHERE id = $1`, [campaignId]);
        if (found.length === 0) throw new NotFoundError('Campaign');
      }
      const repo = tx.manager.getRepository(ApiKeyEntity);
      const key = await repo.save(
        repo.create({
          name: input.name.trim(),
          keyPrefix: generated.prefix,
          secretHash: generated.secretHash,
          scopes: input.scopes,
          campaignId,
          createdBy: actor.kind === 'user' ? actor.userId : null,
          version: 1,
        }),
      );
      await this.audit.record(tx.manager, actor, {
        action: 'create',
        entityType: 'ApiKey',
        entityId: key.id,
        campaignId,
        before: {},
        after: { name: key.name, prefix: key.keyPrefix, scopes: key.scopes, campaignId },
      });
      return { apiKey: key, secret: generated.token };
    });
  }

  async revokeApiKey(actor: Actor, apiKeyGlobalId: string): Promise<ApiKeyEntity> {
    const id = expectGlobalId(apiKeyGlobalId, 'ApiKey', 'input.apiKeyId');
    return this.uow.run(async (tx) => {
      const repo = tx.manager.getRepository(ApiKeyEntity);
      const key = await repo.findOneBy({ id });
      if (!key) throw new NotFoundError('API key');
      if (!key.revokedAt) {
        await tx.manager.query(`UPDATE api_key SET revoked_at = now(), version = version + 1 WHERE id = $1`, [id]);
        await this.audit.record(tx.manager, actor, {
          action: 'revoke',
          entityType: 'ApiKey',
          entityId: id,
          campaignId: key.campaignId,
          before: { revoked: false },
          after: { revoked: true },
        });
      }
      return repo.findOneByOrFail({ id });
    });
  }
}

export function toApiKeyModel(k: ApiKeyEntity): ApiKeyModel & { __typename: 'ApiKey' } {
  return {
    __typename: 'ApiKey',
    id: toGlobalId('ApiKey', k.id),
    dbId: k.id,
    campaignDbId: k.campaignId,
    name: k.name,
    prefix: `lbk_${k.keyPrefix}`,
    scopes: k.scopes,
    campaignId: k.campaignId ? toGlobalId('Campaign', k.campaignId) : null,
    createdAt: k.createdAt,
    lastUsedAt: k.lastUsedAt,
    revokedAt: k.revokedAt,
  };
}
