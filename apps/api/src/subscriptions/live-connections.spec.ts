import { buildSchema, ExecutionArgs, GraphQLError } from 'graphql';
import type { Context as WsContext } from 'graphql-ws';
import type { LoadersFactory } from '../common/graphql/loaders';
import { GRAPHQL_LIMITS, graphqlArmor } from '../common/hardening/graphql-limits';
import { MAX_QUERY_COST } from '../common/hardening/query-cost.plugin';
import type { AccessService } from '../identity/access.service';
import type { Actor } from '../common/access/actor';
import type { AuthService } from '../identity/auth.service';
import type { RateLimitsService } from '../identity/rate-limits.service';
import { LiveConnections } from './live-connections';

/** What graphql-ws serves, without a server: the checks of LiveConnections on a small schema (the api's own are in the specs next to this one). */
const schema = buildSchema(`
  type Query { me: String }
  type Mutation { logout: Boolean }
  type Item { name: String! children(first: Int): [Item!]! }
  type Subscription {
    dashboardRefresh(campaignId: ID!): String!
    feed(first: Int): [Item!]!
  }
`);

const ana: Actor = { kind: 'user', userId: 'u1', role: 'manager', name: 'Ana', email: 'ana@example.test', sessionId: 's1' };

function setup(opts: { production: boolean }) {
  let signedIn = true;
  const closed: Array<[number, string]> = [];
  const auth = {
    authenticate: async () => ({ actor: ana, memberships: [] }),
    recheck: async () => (signedIn ? { actor: ana, memberships: [] } : null),
  };
  const access = { scopeFor: async () => ({ all: false, campaignIds: ['c1'], managedCampaignIds: ['c1'] }) };
  const limits = { consumeRequest: async () => undefined };
  const live = new LiveConnections({
    auth: auth as unknown as AuthService,
    access: access as unknown as AccessService,
    limits: limits as unknown as RateLimitsService,
    loaders: { create: () => ({}) } as unknown as LoadersFactory,
    schema: () => schema,
    validationRules: graphqlArmor(opts.production).validationRules,
    production: opts.production,
  });
  const ctx = {
    connectionParams: { authorization: 'Bearer token' },
    extra: { socket: { close: (code: number, reason: string) => closed.push([code, reason]) }, request: { socket: { remoteAddress: '127.0.0.1' } } },
  } as unknown as WsContext;
  return { live, ctx, closed, signOut: () => (signedIn = false) };
}

const messages = (result: ExecutionArgs | readonly GraphQLError[]) => (Array.isArray(result) ? (result as GraphQLError[]).map((e) => e.message) : []);

describe('LiveConnections (graphql-ws operations, checked as HTTP requests are)', () => {
  it('serves a subscription within the limits, with the connection’s context', async () => {
    const { live, ctx } = setup({ production: false });
    expect(await live.connect(ctx)).toBe(true);
    const args = await live.subscribe(ctx, { query: `subscription($c: ID!) { dashboardRefresh(campaignId: $c) }`, variables: { c: 'x' } });
    expect(Array.isArray(args)).toBe(false);
    expect((args as ExecutionArgs).contextValue).toMatchObject({ actor: ana, scope: { campaignIds: ['c1'] } });
  });

  it('refuses queries and mutations', async () => {
    const { live, ctx } = setup({ production: false });
    await live.connect(ctx);
    for (const [query, kind] of [
      [`{ me }`, 'query'],
      [`mutation { logout }`, 'mutation'],
    ]) {
      const refused = await live.subscribe(ctx, { query });
      expect(messages(refused)).toEqual([`Only subscriptions are served over graphql-ws: send a ${kind} to POST /graphql.`]);
      expect((refused as GraphQLError[])[0].extensions).toEqual({ code: 'BAD_USER_INPUT' });
    }
  });

  it('refuses a subscription over the cost limit of HTTP', async () => {
    const { live, ctx } = setup({ production: false });
    await live.connect(ctx);
    const refused = await live.subscribe(ctx, { query: `subscription { feed(first: 200) { children(first: 200) { name } } }` });
    expect(messages(refused)).toEqual([expect.stringMatching(/too expensive \(cost \d+, at most 10000\)/)]);
    expect((refused as GraphQLError[])[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', maxCost: MAX_QUERY_COST });
  });

  it('refuses a document over the token limit before parsing it whole', async () => {
    const { live, ctx } = setup({ production: false });
    await live.connect(ctx);
    const fields = Array.from({ length: GRAPHQL_LIMITS.maxTokens }, () => 'name').join(' ');
    const refused = await live.subscribe(ctx, { query: `subscription { feed { ${fields} } }` });
    expect(messages(refused)).toEqual(['Syntax Error: Token limit of 5000 exceeded.']);
  });

  it('hides field suggestions in production', async () => {
    const { live, ctx } = setup({ production: true });
    await live.connect(ctx);
    const refused = messages(await live.subscribe(ctx, { query: `subscription { dashboardRefres(campaignId: "x") }` }));
    expect(refused.length).toBeGreaterThan(0);
    expect(refused.join(' ')).not.toMatch(/Did you mean/);
    expect(refused.join(' ')).toMatch(/\[Suggestion hidden\]/);
    const { live: dev, ctx: devCtx } = setup({ production: false });
    await dev.connect(devCtx);
    expect(messages(await dev.subscribe(devCtx, { query: `subscription { dashboardRefres(campaignId: "x") }` })).join(' ')).toMatch(/Did you mean/);
  });

  it('refuses a subscribe once the session has ended, and closes the socket with 4403', async () => {
    const { live, ctx, closed, signOut } = setup({ production: false });
    await live.connect(ctx);
    signOut();
    const refused = await live.subscribe(ctx, { query: `subscription($c: ID!) { dashboardRefresh(campaignId: $c) }`, variables: { c: 'x' } });
    expect((refused as GraphQLError[])[0].extensions).toEqual({ code: 'UNAUTHENTICATED' });
    expect(closed).toEqual([[4403, 'Forbidden']]);
    live.close(ctx);
  });
});
