import { Args, Context, Info, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { Request } from 'express';
import { Connection, PageArgs } from '../common/graphql/connection';
import type { GraphqlContext } from '../common/graphql/loaders';
import { ForbiddenError, NotFoundError } from '../common/errors/lifeboat-error';
import { Actor } from '../common/access/actor';
import { ApiKeyConnection, ApiKeyModel } from './api-key.model';
import { Public, Roles } from '../common/access/auth.guard';
import { AuthService } from './auth.service';
import { CurrentActor } from '../common/access/current-actor.decorator';
import {
  AcceptInvitationInput,
  ApiKeyPayload,
  CreateApiKeyInput,
  CreateApiKeyPayload,
  InviteUserInput,
  InviteUserPayload,
  RevokeApiKeyInput,
  UpdateUserInput,
  UserPayload,
} from './dto/admin.input';
import { LoginInput, LoginPayload, LogoutPayload, RefreshSessionInput } from './dto/auth.input';
import { IdentityService, toApiKeyModel } from './identity.service';
import { clientIp } from './request-context.factory';
import { toUserModel } from './user.mapper';
import { UserConnection, UserModel } from './user.model';
import { selectsOnly } from '../common/graphql/selection';
import { toGlobalId } from '../common/graphql/global-id';

/** The fields of `me` known from the authenticated actor (read with the session). */
const FIELDS_OF_THE_ACTOR: ReadonlySet<string> = new Set(['id', 'name', 'email', 'role']);

@Resolver()
export class IdentityResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly identity: IdentityService,
  ) {}

  @Public()
  @Mutation(() => LoginPayload, { description: 'Signs in with an email and a password. Repeated failures are answered with RATE_LIMITED.' })
  async login(@Args('input', { description: 'The credentials.' }) input: LoginInput, @Context() ctx: GraphqlContext): Promise<LoginPayload> {
    const req = ctx.req as Request;
    const session = await this.auth.login(input.email, input.password, { ip: clientIp(req), userAgent: req.headers['user-agent'] ?? null });
    return { ...session, user: toUserModel(session.user) };
  }

  @Public()
  @Mutation(() => LoginPayload, {
    description:
      'Renews the access token with a refresh token, which is replaced by a new one. A refresh token that was already used, presented again, ends its whole session: every token of it stops working (UNAUTHENTICATED).',
  })
  async refreshSession(@Args('input', { description: 'The refresh token.' }) input: RefreshSessionInput): Promise<LoginPayload> {
    const session = await this.auth.refresh(input.refreshToken);
    return { ...session, user: toUserModel(session.user) };
  }

  @Public()
  @Mutation(() => LogoutPayload, { description: 'Signs out: the session ends, and its access tokens stop working at once.' })
  async logout(@Args('input', { description: 'The refresh token of the session to end.' }) input: RefreshSessionInput): Promise<LogoutPayload> {
    return { ok: await this.auth.logout(input.refreshToken) };
  }

  @Public()
  @Mutation(() => UserPayload, { description: 'Sets the password of an invited user, with the token of their invitation link.' })
  async acceptInvitation(@Args('input', { description: 'The invitation token and the new password.' }) input: AcceptInvitationInput): Promise<UserPayload> {
    return { user: toUserModel(await this.identity.acceptInvitation(input)) };
  }

  @Query(() => UserModel, { description: 'The signed-in user. API keys have no user: they get FORBIDDEN.' })
  async me(@CurrentActor() actor: Actor, @Info() info: GraphQLResolveInfo): Promise<UserModel> {
    if (actor.kind !== 'user') throw new ForbiddenError('An API key is not a user: `me` is for signed-in people.');
    // The request's authentication read the user (active, with their role, name and email) in the
    // session's statement: `me { id name email role }` needs no second read.
    if (selectsOnly(info, FIELDS_OF_THE_ACTOR)) {
      // Only these fields are read from the answer (selectsOnly), so the others are not needed.
      const known: Pick<UserModel, 'id' | 'dbId' | 'name' | 'email' | 'role'> & { __typename: 'User' } = {
        __typename: 'User',
        id: toGlobalId('User', actor.userId),
        dbId: actor.userId,
        name: actor.name,
        email: actor.email,
        role: actor.role,
      };
      return known as Partial<UserModel> as UserModel;
    }
    const user = await this.identity.getUser(actor.userId);
    if (!user) throw new NotFoundError('User');
    return toUserModel(user);
  }

  @Roles('admin')
  @Query(() => UserConnection, { description: 'Every user, by name (admins only).' })
  async users(@Args() page: PageArgs): Promise<Connection<UserModel>> {
    const c = await this.identity.listUsers(page);
    return { ...c, edges: c.edges.map((e) => ({ cursor: e.cursor, node: toUserModel(e.node) })) };
  }

  @Roles('admin')
  @Mutation(() => InviteUserPayload, { description: 'Creates a user and returns their single-use invitation token (admins only).' })
  async inviteUser(@Args('input', { description: 'Who to invite.' }) input: InviteUserInput, @CurrentActor() actor: Actor): Promise<InviteUserPayload> {
    const { user, invitationToken } = await this.identity.inviteUser(actor, input);
    return { user: toUserModel(user), invitationToken };
  }

  @Roles('admin')
  @Mutation(() => UserPayload, { description: 'Changes a user’s name, role, language or activation (admins only).' })
  async updateUser(@Args('input', { description: 'The changes.' }) input: UpdateUserInput, @CurrentActor() actor: Actor): Promise<UserPayload> {
    return { user: toUserModel(await this.identity.updateUser(actor, input)) };
  }

  @Roles('admin')
  @Query(() => ApiKeyConnection, { description: 'Every API key, newest first (admins only).' })
  async apiKeys(@Args() page: PageArgs): Promise<Connection<ApiKeyModel>> {
    const c = await this.identity.listApiKeys(page);
    return { ...c, edges: c.edges.map((e) => ({ cursor: e.cursor, node: toApiKeyModel(e.node) })) };
  }

  @Roles('admin')
  @Mutation(() => CreateApiKeyPayload, { description: 'Creates an API key; its secret is in the payload, this once (admins only).' })
  async createApiKey(@Args('input', { description: 'The key to create.' }) input: CreateApiKeyInput, @CurrentActor() actor: Actor): Promise<CreateApiKeyPayload> {
    const { apiKey, secret } = await this.identity.createApiKey(actor, input);
    return { apiKey: toApiKeyModel(apiKey), secret };
  }

  @Roles('admin')
  @Mutation(() => ApiKeyPayload, { description: 'Revokes an API key: it stops working at once (admins only).' })
  async revokeApiKey(@Args('input', { description: 'The key to revoke.' }) input: RevokeApiKeyInput, @CurrentActor() actor: Actor): Promise<ApiKeyPayload> {
    return { apiKey: toApiKeyModel(await this.identity.revokeApiKey(actor, input.apiKeyId)) };
  }
}
