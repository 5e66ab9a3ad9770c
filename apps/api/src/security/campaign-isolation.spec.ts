import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  getNamedType,
  getNullableType,
  GraphQLField,
  GraphQLObjectType,
  GraphQLSchema,
  isEnumType,
  isInterfaceType,
  isNonNullType,
  isObjectType,
  isScalarType,
} from 'graphql';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { DataSource } from 'typeorm';
import { RunningLifeboat } from '../bootstrap';
import { toGlobalId, NodeType } from '../common/graphql/global-id';
import { OutboxRelay } from '../jobs/outbox-relay.service';
import { graphql, GraphqlResult, signIn } from '../testing/auth';
import { startTestServer } from '../testing/test-app';
import { toCollectiveGlobalId } from '../collectives/collective-id';
import { RealtimePubSub, TOPICS, type BulkAssignmentProgressMessage, type ImportProgressMessage } from '../subscriptions/realtime-pubsub';

/**
 * The campaign wall (DESIGN.md §5), attacked from the other side. With the demo's two campaigns,
 * users of every role and API keys of every scope bound to the AMEN campaign try every query,
 * mutation and subscription of the schema — enumerated from the schema itself, so a new field is
 * covered without anyone remembering — aimed at the KPNQwest campaign's ids, through lists,
 * `node(id)`, nested fields, aggregates and live events. Nothing of KPNQwest may appear in any
 * answer or event, every refusal is FORBIDDEN or NOT_FOUND, nothing of KPNQwest changes, and the
 * same calls by the rightful user succeed.
 */

const PASSWORD = 'lifeboat';
const ALLOWED_REFUSALS = new Set(['FORBIDDEN', 'NOT_FOUND']);

/** Operations that take no campaign data on trust: public by design, or gated by a secret token. */
const PUBLIC_OPERATIONS: Record<string, string> = {
  login: 'signs in; reveals nothing but the caller’s own user',
  refreshSession: 'gated by the session’s secret refresh token',
  logout: 'gated by the session’s secret refresh token',
  acceptInvitation: 'gated by a secret single-use invitation token',
  acceptProposal: 'gated by a secret single-use acceptance token (tested in contracts.spec.ts)',
  proposalByToken: 'gated by a secret single-use acceptance token (tested in contracts.spec.ts)',
  acceptPersonalOffer: 'gated by a secret single-use offer token (tested in personal-offers.spec.ts)',
  personalOfferByToken: 'gated by a secret single-use offer token (tested in personal-offers.spec.ts)',
};

interface Ids {
  campaign: string;
  rival: string;
  account: string;
  unassignedAccount: string;
  contact: string;
  opportunity: string;
  /** Deals of their own for the approval and rejection cases. */
  approvalDeal: string;
  rejectionDeal: string;
  activity: string;
  distressEvent: string;
  outage: string;
  alice: string;
  proposalDraft: string;
  proposalPending: string;
  proposalApproved: string;
  migration: string;
  accountImport: string;
  bulkAssignment: string;
  webhook: string;
  webhookDelivery: string;
  apiKey: string;
  collective: string;
  outreach: string;
}

type Caller = { name: string; token: string; kind: 'user' | 'key' };

describe('campaign isolation: every query and mutation, attacked from the other campaign', () => {
  let lifeboat: RunningLifeboat & { url: string };
  let ds: DataSource;
  let schema: GraphQLSchema;
  const tokens: Record<string, string> = {};
  const attackers: Caller[] = [];
  let kpn: Ids;
  let markers: string[];

  const call = (token: string | null, query: string, variables?: Record<string, unknown>) => graphql<Record<string, unknown>>(lifeboat.url, token, { query, variables });
  const must = async (token: string, query: string, variables?: Record<string, unknown>): Promise<Record<string, any>> => {
    const res = await call(token, query, variables);
    if (res.errors || !res.data) throw new Error(`${query}\n${JSON.stringify(res.errors)}`);
    return res.data;
  };
  const gid = (type: NodeType, id: string) => toGlobalId(type, id);
  const one = async <T = any>(sql: string, params: unknown[] = []): Promise<T> => (await ds.query(sql, params))[0];

  /** Everything of the KPNQwest campaign, as text: equal before and after an attack, or something changed. */
  const fingerprint = async (): Promise<string> => {
    const tables: Array<[string, string]> = [
      ['campaign', `SELECT * FROM campaign WHERE id = $1`],
      ['rival', `SELECT r.* FROM rival r JOIN campaign c ON c.rival_id = r.id WHERE c.id = $1`],
      ['account', `SELECT * FROM account WHERE campaign_id = $1`],
      ['contact', `SELECT ct.* FROM contact ct JOIN account a ON a.id = ct.account_id WHERE a.campaign_id = $1`],
      ['opportunity', `SELECT * FROM opportunity WHERE campaign_id = $1`],
      ['activity', `SELECT * FROM activity WHERE campaign_id = $1`],
      ['proposal', `SELECT * FROM proposal WHERE campaign_id = $1`],
      ['migration', `SELECT * FROM migration WHERE campaign_id = $1`],
      ['distress_event', `SELECT e.* FROM distress_event e JOIN campaign c ON c.rival_id = e.rival_id WHERE c.id = $1`],
      ['shutdown_scenario', `SELECT s.* FROM shutdown_scenario s JOIN campaign c ON c.rival_id = s.rival_id WHERE c.id = $1`],
      ['outage', `SELECT o.* FROM outage o JOIN campaign c ON c.rival_id = o.rival_id WHERE c.id = $1`],
      ['webhook', `SELECT * FROM webhook WHERE campaign_id = $1`],
      ['api_key', `SELECT * FROM api_key WHERE campaign_id = $1`],
      ['account_import', `SELECT id, status, rows_done FROM account_import WHERE campaign_id = $1`],
      ['bulk_assignment', `SELECT id, status, done FROM bulk_assignment WHERE campaign_id = $1`],
      ['collective', `SELECT * FROM collective WHERE campaign_id = $1`],
      ['collective_member', `SELECT * FROM collective_member WHERE campaign_id = $1`],
      ['collective_agreement', `SELECT * FROM collective_agreement WHERE campaign_id = $1`],
      ['personal_offer_batch', `SELECT id, status FROM personal_offer_batch WHERE campaign_id = $1`],
      ['personal_offer', `SELECT id, status FROM personal_offer WHERE campaign_id = $1`],
      ['outreach', `SELECT * FROM outreach WHERE campaign_id = $1`],
      ['outreach_message', `SELECT m.* FROM outreach_message m JOIN outreach o ON o.id = m.outreach_id WHERE o.campaign_id = $1`],
      ['team users', `SELECT u.* FROM app_user u JOIN campaign_member m ON m.user_id = u.id WHERE m.campaign_id = $1`],
    ];
    const parts: string[] = [];
    for (const [name, sql] of tables) {
      const rows = await ds.query(`SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS h FROM (${sql}) t`, [kpn.campaign]);
      parts.push(`${name}:${rows[0].h}`);
    }
    return parts.join(' ');
  };

  const leaks = (value: unknown): string[] => {
    const text = JSON.stringify(value ?? null);
    return markers.filter((m) => text.includes(m));
  };

  const expectRefusedOrEmpty = (res: GraphqlResult<unknown>, what: string) => {
    expect({ what, leaked: leaks(res.data) }).toEqual({ what, leaked: [] });
    for (const error of res.errors ?? []) {
      const refusal = { what: `${what}: ${error.message}`, code: error.extensions?.code };
      expect(refusal).toEqual({ what: refusal.what, code: expect.stringMatching(/^(FORBIDDEN|NOT_FOUND)$/) });
    }
  };

  beforeAll(async () => {
    // Its webhooks point to 127.0.0.1:9, where nothing listens: a loopback port allowed for this suite only.
    lifeboat = await startTestServer({ LIFEBOAT_DEMO: 'true', LIFEBOAT_ALLOW_LOOPBACK_PORTS: '9' });
    ds = lifeboat.db.dataSource;
    schema = lifeboat.app.get(GraphQLSchemaHost).schema;
    for (const name of ['admin', 'manon', 'alice', 'bruno', 'marc', 'chloe']) tokens[name] = await signIn(lifeboat.url, `${name}@lifeboat.demo`, PASSWORD);

    const campaign = await one<{ id: string; rival_id: string }>(`SELECT id, rival_id FROM campaign WHERE name LIKE 'KPNQwest%'`);
    const amen = await one<{ id: string }>(`SELECT id FROM campaign WHERE name LIKE 'AMEN%'`);
    const alice = await one<{ id: string }>(`SELECT id FROM app_user WHERE email = 'alice@lifeboat.demo'`);
    // Fresh deals for Alice, so that each proposal case has a deal of its own.
    for (let i = 1; i <= 4; i++) {
      await must(tokens.manon, `mutation($input: CreateAccountInput!) { createAccount(input: $input) { account { id } } }`, {
        input: {
          campaignId: gid('Campaign', campaign.id),
          name: `Isolation Test Customer ${i}`,
          segment: 'hosting',
          monthlySpend: 250_000,
          countries: ['NL'],
          ownerId: gid('User', alice.id),
          rivalServices: [{ kind: 'hosting', quantity: 2, monthlyCost: 250_000 }],
        },
      });
    }
    // Alice's open deals: one to move, others to draft proposals on.
    const deals: Array<{ id: string; account_id: string }> = await ds.query(
      `SELECT o.id, o.account_id FROM opportunity o JOIN account a ON a.id = o.account_id
       WHERE o.campaign_id = $1 AND a.owner_id = $2 AND o.stage IN ('identified','contacted','proposal_sent','negotiating') ORDER BY a.name`,
      [campaign.id, alice.id],
    );
    expect(deals.length).toBeGreaterThanOrEqual(8);
    const unassigned = await one<{ id: string }>(`SELECT id FROM account WHERE campaign_id = $1 AND owner_id IS NULL ORDER BY name LIMIT 1`, [campaign.id]);
    const contact = await one<{ id: string }>(`SELECT id FROM contact WHERE account_id = $1 LIMIT 1`, [deals[0].account_id]);
    const activity = await one<{ id: string }>(`SELECT id FROM activity WHERE campaign_id = $1 LIMIT 1`, [campaign.id]);
    const event = await one<{ id: string }>(`SELECT id FROM distress_event WHERE rival_id = $1 LIMIT 1`, [campaign.rival_id]);
    const outage = await one<{ id: string }>(
      `INSERT INTO outage (rival_id, started_at, ended_at, impact, services, summary) VALUES ($1, now() - interval '3 days', now() - interval '2 days', 'major', '{vpn}', 'Isolation outage') RETURNING id`,
      [campaign.rival_id],
    );

    // Proposals in each state, on separate deals: one accepted (its migration), pending, approved, draft.
    const draft = async (dealId: string, discountPercent: number) =>
      (
        await must(tokens.alice, `mutation($input: DraftProposalInput!) { draftProposal(input: $input) { proposal { id version } } }`, {
          input: { opportunityId: gid('Opportunity', dealId), discountPercent },
        })
      ).draftProposal.proposal as { id: string; version: number };
    const submit = async (p: { id: string; version: number }) =>
      (await must(tokens.alice, `mutation($input: ProposalVersionInput!) { submitProposal(input: $input) { proposal { id version status } } }`, {
        input: { proposalId: p.id, expectedVersion: p.version },
      })).submitProposal.proposal as { id: string; version: number; status: string };
    const accepted = await submit(await draft(deals[0].id, 5));
    const sent = await must(tokens.alice, `mutation($input: ProposalVersionInput!) { sendProposal(input: $input) { acceptancePath } }`, {
      input: { proposalId: accepted.id, expectedVersion: accepted.version },
    });
    await must('', `mutation($input: AcceptProposalInput!) { acceptProposal(input: $input) { offer { status } } }`, {
      input: {
        token: sent.sendProposal.acceptancePath.split('/').pop(),
        signerName: 'Jeanne Martin',
        signerTitle: 'CIO',
        signerEmail: 'jeanne.martin@example.test',
        consent: true,
      },
    });
    const pending = await submit(await draft(deals[1].id, 20));
    expect(pending.status).toBe('pending_approval');
    const approved = await submit(await draft(deals[2].id, 5));
    expect(approved.status).toBe('approved');
    const drafted = await draft(deals[3].id, 5);
    const migration = await one<{ id: string }>(`SELECT id FROM migration WHERE campaign_id = $1 LIMIT 1`, [campaign.id]);

    const imported = await must(tokens.manon, `mutation($input: ImportAccountsInput!) { importAccounts(input: $input) { accountImport { id } } }`, {
      input: { campaignId: gid('Campaign', campaign.id), preset: 'lifeboat', csv: 'name,segment,countries,monthlySpend\nZanzibar Hosting,hosting,NL,1000\n' },
    });
    // A hand-out of Alice's own test customers back to her (nothing moves; the plan exists).
    const handedOut = await must(tokens.manon, `mutation($input: BulkAssignmentInput!) { startBulkAssignment(input: $input) { bulkAssignment { id } } }`, {
      input: { campaignId: gid('Campaign', campaign.id), filter: { search: 'Isolation Test Customer' }, repIds: [gid('User', alice.id)], strategy: 'round_robin' },
    });
    const webhook = await must(tokens.admin, `mutation($input: CreateWebhookInput!) { createWebhook(input: $input) { webhook { id } } }`, {
      input: { campaignId: gid('Campaign', campaign.id), url: 'http://127.0.0.1:9/hook', events: ['opportunity_moved'] },
    });
    const kpnKey = await must(tokens.admin, `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { apiKey { id } } }`, {
      input: { name: 'KPNQwest BI', scopes: ['read'], campaignId: gid('Campaign', campaign.id) },
    });
    // A deal moved: an event for the webhook, so that a delivery exists.
    const move = deals[4];
    const version = (await one<{ version: number; stage: string }>(`SELECT version, stage FROM opportunity WHERE id = $1`, [move.id]));
    await must(tokens.alice, `mutation($input: UpdateOpportunityInput!) { updateOpportunity(input: $input) { opportunity { id } } }`, {
      input: { opportunityId: gid('Opportunity', move.id), expectedVersion: version.version, note: 'Called the CIO.' },
    });
    await lifeboat.app.get(OutboxRelay).flush();
    await must(tokens.alice, `mutation($input: MoveOpportunityInput!) { moveOpportunity(input: $input) { opportunity { id } } }`, {
      input: { opportunityId: gid('Opportunity', move.id), expectedVersion: version.version + 1, stage: 'lost', lostReason: 'timing' },
    });
    await lifeboat.app.get(OutboxRelay).flush();
    const delivery = await one<{ id: string }>(`SELECT id FROM webhook_delivery LIMIT 1`);
    expect(delivery).toBeDefined();

    // A customer collective of KPNQwest's (issue #21), with a member.
    const collective = await must(tokens.manon, `mutation($input: CreateCollectiveInput!) { createCollective(input: $input) { collective { id } } }`, {
      input: { campaignId: gid('Campaign', campaign.id), name: 'Pan-European VPN Users Club', claimedMembers: 40, forumUrl: 'https://vpn-users.example/' },
    });
    await must(tokens.manon, `mutation($input: CollectiveMembersInput!) { addCollectiveMembers(input: $input) { collective { id } } }`, {
      input: { collectiveId: collective.createCollective.collective.id, accountIds: [gid('Account', deals[1].account_id)] },
    });
    // Its own deal, proposed by a rep beyond her limit: waiting for KPNQwest's managers (collectivesAwaitingApproval).
    await must(tokens.alice, `mutation($input: ProposeCollectiveTermsInput!) { proposeCollectiveTerms(input: $input) { collective { id } } }`, {
      input: { collectiveId: collective.createCollective.collective.id, discountPercent: 20, termMonths: 12, conditions: 'Pan-European VPN terms' },
    });
    const fromGid = (g: string) => Buffer.from(g, 'base64url').toString().split(':')[1];
    // An outreach of KPNQwest's (issue #21 part 3), written as queued (no mail server here), with one message.
    const outreach = await one<{ id: string }>(
      `INSERT INTO outreach (campaign_id, language, subject, body, token_secret, actor_type, actor_label, recipients)
       VALUES ($1, 'en', 'Before KPNQwest goes dark', 'Hello {{contactName}}', 'isolation-secret', 'system', 'test', 1) RETURNING id`,
      [campaign.id],
    );
    await ds.query(`INSERT INTO outreach_message (outreach_id, contact_id, account_id, email) SELECT $1, ct.id, ct.account_id, COALESCE(ct.email, 'isolation@kpn.example') FROM contact ct WHERE ct.id = $2`, [
      outreach.id,
      contact.id,
    ]);
    kpn = {
      campaign: campaign.id,
      rival: campaign.rival_id,
      account: deals[1].account_id,
      unassignedAccount: unassigned.id,
      contact: contact.id,
      opportunity: deals[5].id,
      approvalDeal: deals[6].id,
      rejectionDeal: deals[7].id,
      activity: activity.id,
      distressEvent: event.id,
      outage: outage.id,
      alice: alice.id,
      proposalDraft: fromGid(drafted.id),
      proposalPending: fromGid(pending.id),
      proposalApproved: fromGid(approved.id),
      migration: migration.id,
      accountImport: fromGid(imported.importAccounts.accountImport.id),
      bulkAssignment: fromGid(handedOut.startBulkAssignment.bulkAssignment.id),
      webhook: fromGid(webhook.createWebhook.webhook.id),
      webhookDelivery: delivery.id,
      apiKey: fromGid(kpnKey.createApiKey.apiKey.id),
      collective: fromGid(collective.createCollective.collective.id),
      outreach: outreach.id,
    };

    // What must never show up in an answer to the other campaign: KPNQwest's names, emails and ids.
    const names: Array<{ v: string }> = await ds.query(
      `SELECT name AS v FROM account WHERE campaign_id = $1 UNION SELECT ct.email FROM contact ct JOIN account a ON a.id = ct.account_id
       WHERE a.campaign_id = $1 AND ct.email IS NOT NULL UNION SELECT 'KPNQwest' UNION SELECT name FROM collective WHERE campaign_id = $1`,
      [campaign.id],
    );
    const ids: Array<[NodeType, string]> = [
      ['Campaign', kpn.campaign],
      ['Rival', kpn.rival],
      ['Account', kpn.account],
      ['Account', kpn.unassignedAccount],
      ['Contact', kpn.contact],
      ['Opportunity', kpn.opportunity],
      ['Activity', kpn.activity],
      ['DistressEvent', kpn.distressEvent],
      ['Outage', kpn.outage],
      ['Proposal', kpn.proposalDraft],
      ['Proposal', kpn.proposalPending],
      ['Proposal', kpn.proposalApproved],
      ['Migration', kpn.migration],
      ['AccountImport', kpn.accountImport],
      ['BulkAssignment', kpn.bulkAssignment],
      ['Webhook', kpn.webhook],
      ['WebhookDelivery', kpn.webhookDelivery],
      ['ApiKey', kpn.apiKey],
      ['Outreach', kpn.outreach],
    ];
    markers = [...names.map((n) => n.v), ...ids.flatMap(([type, id]) => [id, gid(type, id)]), kpn.collective, toCollectiveGlobalId(kpn.collective)];

    // The attackers: the AMEN team, and keys of every scope bound to the AMEN campaign.
    attackers.push({ name: 'chloe (AMEN rep)', token: tokens.chloe, kind: 'user' }, { name: 'marc (AMEN manager)', token: tokens.marc, kind: 'user' });
    for (const scope of ['read', 'write', 'import', 'webhooks']) {
      const key = await must(tokens.admin, `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }`, {
        input: { name: `AMEN ${scope}`, scopes: [scope], campaignId: gid('Campaign', amen.id) },
      });
      attackers.push({ name: `AMEN key (${scope})`, token: key.createApiKey.secret, kind: 'key' });
    }
  }, 180_000);

  afterAll(() => lifeboat?.close());

  // ---------------------------------------------------------------- queries, generated from the schema

  /** A selection of every field a caller may ask for, to a depth, with small pages for nested lists. */
  function selectionOf(type: GraphQLObjectType, depth: number, aliasPrefix = '', aliased: ReadonlySet<string> = new Set()): string {
    const parts: string[] = [];
    for (const field of Object.values(type.getFields())) {
      const args = nestedArgs(field);
      if (args === null) continue;
      const named = getNamedType(field.type);
      // In `node`'s inline fragments, same-named fields of different types would conflict: alias them.
      const name = aliasPrefix && aliased.has(field.name) ? `${aliasPrefix}${field.name}: ${field.name}` : field.name;
      if (isScalarType(named) || isEnumType(named)) parts.push(`${name}${args}`);
      else if (depth > 0 && isObjectType(named)) parts.push(`${name}${args} { ${selectionOf(named, depth - 1)} }`);
      else if (depth > 0 && isInterfaceType(named)) parts.push(`${name}${args} { __typename id }`);
    }
    return parts.length ? parts.join(' ') : '__typename';
  }

  function nestedArgs(field: GraphQLField<unknown, unknown>): string | null {
    const given: string[] = [];
    for (const arg of field.args) {
      if (arg.name === 'first') given.push('first: 3');
      else if (isNonNullType(arg.type) && arg.defaultValue === undefined) return null;
    }
    return given.length ? `(${given.join(', ')})` : '';
  }

  /** The argument values that aim a root query at KPNQwest, by argument name. */
  function kpnArgumentVariants(field: GraphQLField<unknown, unknown>): Array<Record<string, unknown>> {
    const byName: Record<string, unknown[]> = {
      campaignId: [gid('Campaign', kpn.campaign)],
      rivalId: [gid('Rival', kpn.rival)],
      entityId: [gid('Account', kpn.account), gid('Opportunity', kpn.opportunity), gid('Proposal', kpn.proposalPending)],
      opportunityId: [gid('Opportunity', kpn.opportunity)],
      ownerId: [gid('User', kpn.alice)],
      importId: [gid('AccountImport', kpn.accountImport)],
      bulkAssignmentId: [gid('BulkAssignment', kpn.bulkAssignment)],
      webhookId: [gid('Webhook', kpn.webhook)],
      // The global search: a KPNQwest account's name, and a KPNQwest contact's (Hewlett-Packard's CIO).
      text: ['Euronext', 'Catherine Roussel'],
      apiKeyId: [gid('ApiKey', kpn.apiKey)],
      // bulkAssignmentPreview(input): KPNQwest's list handed to Alice.
      input: [{ campaignId: gid('Campaign', kpn.campaign), filter: { search: 'Isolation Test Customer' }, repIds: [gid('User', kpn.alice)], strategy: 'round_robin' }],
      id: [
        gid('Campaign', kpn.campaign),
        gid('Rival', kpn.rival),
        gid('Account', kpn.account),
        gid('Contact', kpn.contact),
        gid('Opportunity', kpn.opportunity),
        gid('Activity', kpn.activity),
        gid('DistressEvent', kpn.distressEvent),
        gid('Outage', kpn.outage),
        gid('User', kpn.alice),
        gid('Proposal', kpn.proposalPending),
        gid('Migration', kpn.migration),
        gid('AccountImport', kpn.accountImport),
        gid('BulkAssignment', kpn.bulkAssignment),
        gid('Webhook', kpn.webhook),
        gid('WebhookDelivery', kpn.webhookDelivery),
        gid('ApiKey', kpn.apiKey),
        gid('Outreach', kpn.outreach),
      ],
    };
    // `node(id)` takes any type's id; another `x(id)` takes its own type's (another type is a BAD_USER_INPUT, not a leak).
    if (field.name !== 'node') {
      const own = getNamedType(field.type).name;
      byName['id'] = (byName['id'] as string[]).filter((g) => Buffer.from(g, 'base64url').toString().startsWith(`${own}:`));
      // A collective's id is not one `node(id)` fetches yet (collectives/collective-id.ts): only collective(id) takes it.
      if (own === 'Collective') byName['id'] = [toCollectiveGlobalId(kpn.collective)];
    }
    let variants: Array<Record<string, unknown>> = [{}];
    for (const arg of field.args) {
      const values = byName[arg.name];
      if (values) variants = variants.flatMap((v) => values.map((value) => ({ ...v, [arg.name]: value })));
      // 10: a rival with all its lists selected costs ~600 (MAX_QUERY_COST 10,000); a collective with all of its own ~1,250, so 5 of them.
      else if (arg.name === 'first') variants = variants.map((v) => ({ ...v, first: field.name === 'collectivesAwaitingApproval' ? 5 : 10 }));
      else if (isNonNullType(arg.type) && arg.defaultValue === undefined) throw new Error(`No KPNQwest value for the required argument ${field.name}(${arg.name}): add one to kpnArgumentVariants.`);
    }
    // Lists with optional filters are also tried unfiltered: they must be scoped on their own.
    // (keeping their required arguments, such as the search's text).
    if (field.args.some((a) => byName[a.name] && !isNonNullType(a.type))) {
      const required = Object.fromEntries(field.args.filter((a) => isNonNullType(a.type)).map((a) => [a.name, variants[0][a.name]]));
      variants.push({ ...required, ...(field.args.some((a) => a.name === 'first') ? { first: field.name === 'collectivesAwaitingApproval' ? 5 : 10 } : {}) });
    }
    return variants;
  }

  function queryFor(field: GraphQLField<unknown, unknown>, variables: Record<string, unknown>): string {
    const defs = field.args.filter((a) => a.name in variables).map((a) => `$${a.name}: ${a.type}`);
    const uses = field.args.filter((a) => a.name in variables).map((a) => `${a.name}: $${a.name}`);
    const named = getNamedType(field.type);
    const body = isObjectType(named) ? `{ ${selectionOf(named, 3)} }` : isInterfaceType(named) ? `{ __typename id ${inlineNodeFragments()} }` : '';
    return `query${defs.length ? `(${defs.join(', ')})` : ''} { ${field.name}${uses.length ? `(${uses.join(', ')})` : ''} ${body} }`;
  }

  /** `node(id)` asks every Node type for all its fields. */
  function inlineNodeFragments(): string {
    const node = schema.getType('Node');
    if (!isInterfaceType(node)) return '';
    const types = schema.getPossibleTypes(node);
    // Fields of the same name but different types across the fragments would conflict: alias those only.
    const typesByField = new Map<string, Set<string>>();
    for (const t of types) for (const f of Object.values(t.getFields())) typesByField.set(f.name, (typesByField.get(f.name) ?? new Set()).add(String(f.type)));
    const conflicting = new Set([...typesByField].filter(([, ts]) => ts.size > 1).map(([name]) => name));
    return types.map((t) => `... on ${t.name} { ${selectionOf(t, 2, `${t.name}_`, conflicting)} }`).join(' ');
  }

  it('covers every root query (public ones are listed with the reason)', () => {
    const fields = Object.keys(schema.getQueryType()!.getFields());
    expect(fields.length).toBeGreaterThan(10);
    for (const name of fields.filter((f) => PUBLIC_OPERATIONS[f])) expect(PUBLIC_OPERATIONS[name]).toMatch(/token|caller/);
  });

  it('answers the other campaign’s queries with nothing of KPNQwest — while KPNQwest’s own team gets it all', async () => {
    const fields = Object.values(schema.getQueryType()!.getFields()).filter((f) => !PUBLIC_OPERATIONS[f.name]);
    let calls = 0;
    let rightfulSawKpn = 0;
    for (const field of fields) {
      for (const variables of kpnArgumentVariants(field)) {
        const query = queryFor(field, variables);
        const what = `${field.name}(${JSON.stringify(variables)})`;
        for (const attacker of attackers) {
          const res = await call(attacker.token, query, variables);
          expectRefusedOrEmpty(res, `${attacker.name}: ${what}`);
          calls += 1;
        }
        // The rightful caller: KPNQwest's manager, or an admin for admin-only operations.
        let rightful = await call(tokens.manon, query, variables);
        if (rightful.errors?.[0]?.extensions?.code === 'FORBIDDEN') rightful = await call(tokens.admin, query, variables);
        expect({ what, errors: rightful.errors ?? [] }).toEqual({ what, errors: [] });
        if (leaks(rightful.data).length > 0) rightfulSawKpn += 1;
      }
    }
    expect(calls).toBeGreaterThan(100);
    // The markers do show up where they may: proof that a leak would be caught.
    expect(rightfulSawKpn).toBeGreaterThan(20);
  }, 240_000);

  // ---------------------------------------------------------------- mutations, each with a rightful twin

  interface MutationCase {
    /** Who may do it: the call with the same input succeeds for them. */
    rightful: 'manon' | 'alice' | 'admin';
    input: () => Promise<Record<string, unknown>>;
    select?: string;
    /** When the rightful call cannot succeed in this test's setting, the code it must get instead, and why. */
    rightfulRefusal?: { code: string; why: string };
    /** Puts KPNQwest back as the later cases need it after the rightful call (e.g. reopens a closed campaign). */
    restore?: () => Promise<void>;
  }

  const version = async (table: string, id: string): Promise<number> => (await one<{ version: number }>(`SELECT version FROM ${table} WHERE id = $1`, [id])).version;

  /** A fresh KPNQwest collective (by Manon), with terms proposed by `by` at `percent` (none when null): its id. */
  const kpnCollective = async (percent: number | null, by: 'manon' | 'alice' = 'manon'): Promise<string> => {
    const created = await must(tokens.manon, `mutation($input: CreateCollectiveInput!) { createCollective(input: $input) { collective { id } } }`, {
      input: { campaignId: gid('Campaign', kpn.campaign), name: `Isolation collective ${Math.random()}` },
    });
    const id: string = created.createCollective.collective.id;
    if (percent !== null) {
      await must(tokens[by], `mutation($input: ProposeCollectiveTermsInput!) { proposeCollectiveTerms(input: $input) { collective { id } } }`, {
        input: { collectiveId: id, discountPercent: percent, termMonths: 12 },
      });
    }
    return id;
  };

  /** A fresh proposal waiting for a manager (20 % is beyond a rep's limit) on a deal of Alice's. */
  const pendingProposal = async (dealId: string) => {
    const drafted = await must(tokens.alice, `mutation($input: DraftProposalInput!) { draftProposal(input: $input) { proposal { id version } } }`, {
      input: { opportunityId: gid('Opportunity', dealId), discountPercent: 20 },
    });
    const p = drafted.draftProposal.proposal;
    const submitted = await must(tokens.alice, `mutation($input: ProposalVersionInput!) { submitProposal(input: $input) { proposal { id version status } } }`, {
      input: { proposalId: p.id, expectedVersion: p.version },
    });
    expect(submitted.submitProposal.proposal.status).toBe('pending_approval');
    return { proposalId: p.id, expectedVersion: submitted.submitProposal.proposal.version };
  };

  /** A fresh active rep put in KPNQwest's team by an admin (for the team cases: each call takes a new one). */
  const freshKpnRep = async (inTeam: boolean) => {
    const invited = await must(tokens.admin, `mutation($input: InviteUserInput!) { inviteUser(input: $input) { user { id } } }`, {
      input: { email: `team-${Date.now()}-${Math.random().toString(36).slice(2)}@example.test`, name: 'Team Rep', role: 'rep' },
    });
    const userId = invited.inviteUser.user.id as string;
    if (inTeam) {
      await must(tokens.admin, `mutation($input: AddCampaignMemberInput!) { addCampaignMember(input: $input) { member { teamRole } } }`, {
        input: { campaignId: gid('Campaign', kpn.campaign), userId, teamRole: 'rep' },
      });
    }
    return userId;
  };

  /** A rival no active campaign targets yet, created by an admin (for createCampaign's rightful twin). */
  const freeRival = async () =>
    (await must(tokens.admin, `mutation($input: CreateRivalInput!) { createRival(input: $input) { rival { id } } }`, {
      input: { name: `Free Rival ${Math.random().toString(36).slice(2)}`, country: 'DE' },
    })).createRival.rival.id as string;
  const reopenKpn = async () => {
    await ds.query(`UPDATE campaign SET status = 'active' WHERE id = $1`, [kpn.campaign]);
  };

  /** A fresh feed of KPNQwest (polled kinds point at a loopback port no test allows). */
  const kpnFeed = async (kind: 'rss' | 'atom') =>
    (await one<{ id: string }>(`INSERT INTO rival_feed (rival_id, kind, name, url) VALUES ($1, $2, 'KPNQwest news', 'http://127.0.0.1:9/feed') RETURNING id`, [kpn.rival, kind])).id;
  /** A fresh pending suggestion about KPNQwest. */
  const kpnSuggestion = async () =>
    (
      await one<{ id: string }>(
        `INSERT INTO suggested_distress_event (rival_id, external_id, kind, severity, title) VALUES ($1, $2, 'press_report', 1, 'Buyers circle the network') RETURNING id`,
        [kpn.rival, `iso-${Math.random()}`],
      )
    ).id;

  const MUTATIONS: Record<string, MutationCase> = {
    createRival: { rightful: 'admin', input: async () => ({ name: `Intruder Rival ${Math.random()}`, country: 'FR', health: 'distressed' }) },
    updateRival: { rightful: 'admin', input: async () => ({ id: gid('Rival', kpn.rival), expectedVersion: await version('rival', kpn.rival), claimedAvailabilityPercent: 99.5 }) },
    createCampaign: {
      rightful: 'admin',
      // KPNQwest's manager and rep put in a new team: the attackers may not, the admin may (against a free rival).
      input: async () => ({
        name: `Intruder race ${Math.random()}`,
        rivalId: await freeRival(),
        team: [
          { userId: gid('User', (await one<{ id: string }>(`SELECT id FROM app_user WHERE email = 'manon@lifeboat.demo'`)).id), teamRole: 'manager' },
          { userId: gid('User', kpn.alice), teamRole: 'rep' },
        ],
      }),
    },
    closeCampaign: { rightful: 'admin', input: async () => ({ campaignId: gid('Campaign', kpn.campaign), expectedVersion: await version('campaign', kpn.campaign) }), restore: reopenKpn },
    archiveCampaign: { rightful: 'admin', input: async () => ({ campaignId: gid('Campaign', kpn.campaign), expectedVersion: await version('campaign', kpn.campaign) }), restore: reopenKpn },
    addCampaignMember: { rightful: 'admin', input: async () => ({ campaignId: gid('Campaign', kpn.campaign), userId: await freshKpnRep(false), teamRole: 'rep' }) },
    removeCampaignMember: { rightful: 'admin', input: async () => ({ campaignId: gid('Campaign', kpn.campaign), userId: await freshKpnRep(true) }) },
    updateCampaignSettings: {
      rightful: 'admin',
      input: async () => ({ campaignId: gid('Campaign', kpn.campaign), expectedVersion: await version('campaign', kpn.campaign), stageDueBusinessDays: { contacted: 6 } }),
    },
    assignAccount: { rightful: 'manon', input: async () => ({ accountId: gid('Account', kpn.account), expectedVersion: await version('account', kpn.account), ownerId: gid('User', kpn.alice) }) },
    claimAccount: { rightful: 'alice', input: async () => ({ accountId: gid('Account', kpn.unassignedAccount), expectedVersion: await version('account', kpn.unassignedAccount) }) },
    createAccount: {
      rightful: 'manon',
      input: async () => ({ campaignId: gid('Campaign', kpn.campaign), name: `Intruder ${Math.random()}`, segment: 'hosting', monthlySpend: 100_000, countries: ['FR'] }),
    },
    createApiKey: { rightful: 'admin', input: async () => ({ name: 'Intruder key', scopes: ['read'], campaignId: gid('Campaign', kpn.campaign) }) },
    createWebhook: { rightful: 'admin', input: async () => ({ campaignId: gid('Campaign', kpn.campaign), url: 'http://127.0.0.1:9/intruder', events: ['opportunity_won'] }) },
    deleteWebhook: {
      rightful: 'admin',
      input: async () => {
        const created = await must(tokens.admin, `mutation($input: CreateWebhookInput!) { createWebhook(input: $input) { webhook { id } } }`, {
          input: { campaignId: gid('Campaign', kpn.campaign), url: 'http://127.0.0.1:9/doomed', events: ['opportunity_won'] },
        });
        return { id: created.createWebhook.webhook.id };
      },
    },
    draftProposal: { rightful: 'alice', input: async () => ({ opportunityId: gid('Opportunity', kpn.opportunity), discountPercent: 5 }) },
    importAccounts: { rightful: 'manon', input: async () => ({ campaignId: gid('Campaign', kpn.campaign), preset: 'lifeboat', csv: 'name,segment,countries,monthlySpend\nIntruder SA,hosting,FR,100\n' }) },
    inviteUser: { rightful: 'admin', input: async () => ({ email: `intruder-${Date.now()}@example.test`, name: 'Intruder', role: 'manager' }) },
    logActivity: { rightful: 'alice', input: async () => ({ accountId: gid('Account', kpn.account), kind: 'call', body: 'Called, left a message.' }) },
    moveOpportunity: {
      rightful: 'manon',
      input: async () => {
        const o = await one<{ id: string; stage: string; version: number }>(
          `SELECT id, stage, version FROM opportunity WHERE campaign_id = $1 AND stage = 'identified' ORDER BY id LIMIT 1`,
          [kpn.campaign],
        );
        return { opportunityId: gid('Opportunity', o.id), expectedVersion: o.version, stage: 'contacted' };
      },
    },
    recordDistressEvent: {
      rightful: 'manon',
      input: async () => ({ rivalId: gid('Rival', kpn.rival), kind: 'press_report', occurredAt: new Date().toISOString(), severity: 2, summary: 'Buyers circle the network.' }),
    },
    // KPNQwest's demo scenarios already add up to 100 %: a new one at 0 % fits (and governs nothing).
    addShutdownScenario: {
      rightful: 'manon',
      input: async () => ({ rivalId: gid('Rival', kpn.rival), label: 'Buyer takes the network', goesDarkAt: new Date(Date.now() + 90 * 86_400_000).toISOString(), probabilityPercent: 0 }),
    },
    updateShutdownScenario: {
      rightful: 'manon',
      input: async () => {
        const s = await one<{ id: string; version: number }>(`SELECT id, version FROM shutdown_scenario WHERE rival_id = $1 ORDER BY goes_dark_at DESC, id LIMIT 1`, [kpn.rival]);
        return { id: gid('ShutdownScenario', s.id), expectedVersion: s.version, sourceNote: `Checked ${Math.random()}` };
      },
    },
    removeShutdownScenario: {
      rightful: 'manon',
      input: async () => {
        const added = await must(tokens.manon, `mutation($input: AddShutdownScenarioInput!) { addShutdownScenario(input: $input) { shutdownScenario { id version } } }`, {
          input: { rivalId: gid('Rival', kpn.rival), label: 'Doomed scenario', goesDarkAt: new Date(Date.now() + 80 * 86_400_000).toISOString(), probabilityPercent: 0 },
        });
        const s = added.addShutdownScenario.shutdownScenario;
        return { id: s.id, expectedVersion: s.version };
      },
    },
    recordOutage: {
      rightful: 'manon',
      input: async () => ({
        rivalId: gid('Rival', kpn.rival),
        startedAt: new Date(Date.now() - 3_600_000).toISOString(),
        endedAt: new Date(Date.now() - 1_800_000).toISOString(),
        impact: 'partial',
        services: ['vpn'],
        summary: 'Half the VPN sites unreachable.',
      }),
    },
    updateOutage: {
      rightful: 'manon',
      input: async () => ({ outageId: gid('Outage', kpn.outage), expectedVersion: await version('outage', kpn.outage), summary: 'The core routers failed.' }),
    },
    removeOutage: {
      rightful: 'manon',
      input: async () => {
        const o = await one<{ id: string }>(
          `INSERT INTO outage (rival_id, started_at, impact, services, summary) VALUES ($1, now() - interval '1 hour', 'degraded', '{voice}', 'To remove') RETURNING id`,
          [kpn.rival],
        );
        return { outageId: gid('Outage', o.id), expectedVersion: 1 };
      },
    },
    // Issue #22: a rival's feeds and their suggestions, managed by its campaign's manager (and admins).
    addRivalFeed: { rightful: 'manon', input: async () => ({ rivalId: gid('Rival', kpn.rival), kind: 'webhook', name: `Intruder watch ${Math.random()}` }) },
    updateRivalFeed: { rightful: 'manon', input: async () => ({ id: gid('RivalFeed', await kpnFeed('rss')), expectedVersion: 1, name: 'Renamed by an intruder' }) },
    removeRivalFeed: { rightful: 'manon', input: async () => ({ id: gid('RivalFeed', await kpnFeed('rss')) }) },
    // The rightful poll is refused by the guard (port 9 on loopback is not allowed): recorded on the feed, the call succeeds.
    pollRivalFeedNow: { rightful: 'manon', input: async () => ({ id: gid('RivalFeed', await kpnFeed('atom')) }) },
    confirmSuggestedEvent: { rightful: 'manon', input: async () => ({ id: gid('SuggestedDistressEvent', await kpnSuggestion()) }) },
    dismissSuggestedEvent: { rightful: 'manon', input: async () => ({ id: gid('SuggestedDistressEvent', await kpnSuggestion()) }) },
    approveProposal: { rightful: 'manon', input: async () => ({ ...(await pendingProposal(kpn.approvalDeal)) }) },
    rejectProposal: { rightful: 'manon', input: async () => ({ ...(await pendingProposal(kpn.rejectionDeal)), reason: 'Too generous.' }) },
    replayWebhookDelivery: { rightful: 'admin', input: async () => ({ id: gid('WebhookDelivery', kpn.webhookDelivery) }) },
    revokeApiKey: { rightful: 'admin', input: async () => ({ apiKeyId: gid('ApiKey', kpn.apiKey) }) },
    sendProposal: { rightful: 'alice', input: async () => ({ proposalId: gid('Proposal', kpn.proposalApproved), expectedVersion: await version('proposal', kpn.proposalApproved) }) },
    emailProposal: {
      rightful: 'alice',
      input: async () => {
        // A contact of the proposal's account with an email address (the one it is sent to).
        const contact = await one<{ id: string }>(
          `INSERT INTO contact (account_id, name, email) SELECT account_id, 'Mail Recipient', 'recipient@kpn.example' FROM proposal WHERE id = $1 RETURNING id`,
          [kpn.proposalApproved],
        );
        return { proposalId: gid('Proposal', kpn.proposalApproved), expectedVersion: await version('proposal', kpn.proposalApproved), contactId: gid('Contact', contact.id), language: 'en' };
      },
      rightfulRefusal: { code: 'MAIL_NOT_CONFIGURED', why: 'no mail server in this test; proposal-mail.spec.ts sends through a real SMTP server' },
    },
    setMigrationCapacity: { rightful: 'manon', input: async () => ({ campaignId: gid('Campaign', kpn.campaign), expectedVersion: await version('campaign', kpn.campaign), weeklyCapacity: 55 }) },
    submitProposal: {
      rightful: 'alice',
      input: async () => ({ proposalId: gid('Proposal', kpn.proposalDraft), expectedVersion: await version('proposal', kpn.proposalDraft) }),
    },
    startBulkAssignment: {
      rightful: 'manon',
      input: async () => ({ campaignId: gid('Campaign', kpn.campaign), filter: { search: 'Isolation Test Customer' }, repIds: [gid('User', kpn.alice)], strategy: 'by_load' }),
    },
    // Issue #21 part 4: a contact erased on request (a throwaway one, so the rightful erasure takes nothing the other cases use).
    eraseContact: {
      rightful: 'manon',
      input: async () => {
        const c = await one<{ id: string }>(`INSERT INTO contact (account_id, name, email) VALUES ($1, 'Erasure Request', 'erase.me@kpn.example') RETURNING id`, [kpn.account]);
        return { contactId: gid('Contact', c.id), expectedVersion: await version('account', kpn.account) };
      },
    },
    updateAccount: { rightful: 'alice', input: async () => ({ id: gid('Account', kpn.account), expectedVersion: await version('account', kpn.account), hasBackupProvider: true }) },
    updateMigration: { rightful: 'manon', input: async () => ({ migrationId: gid('Migration', kpn.migration), expectedVersion: await version('migration', kpn.migration), workload: 7 }) },
    updateOpportunity: {
      rightful: 'alice',
      input: async () => ({ opportunityId: gid('Opportunity', kpn.opportunity), expectedVersion: await version('opportunity', kpn.opportunity), note: 'Decision on Friday.' }),
    },
    updateProposal: {
      rightful: 'alice',
      input: async () => {
        const fresh = await must(tokens.alice, `mutation($input: DraftProposalInput!) { draftProposal(input: $input) { proposal { id version } } }`, {
          input: { opportunityId: gid('Opportunity', kpn.opportunity), discountPercent: 5 },
        });
        const p = fresh.draftProposal.proposal;
        return { proposalId: p.id, expectedVersion: p.version, termMonths: 24 };
      },
    },
    markNotificationsRead: {
      rightful: 'alice',
      input: async () => {
        const n = await one<{ id: string }>(
          `INSERT INTO notification (user_id, campaign_id, kind, title) VALUES ($1, $2, 'assigned', 'Acme is yours') RETURNING id`,
          [kpn.alice, kpn.campaign],
        );
        return { ids: [gid('Notification', n.id)] };
      },
    },
    openQueueBoard: {
      rightful: 'admin',
      input: async () => ({}),
      rightfulRefusal: { code: 'NOT_FOUND', why: 'the board exists only with Redis; tests/api/queue-board.e2e.spec.ts opens it for real' },
    },
    updateUser: { rightful: 'admin', input: async () => ({ userId: gid('User', kpn.alice), expectedVersion: await version('app_user', kpn.alice), name: 'Alice Martin' }) },
    // Customer collectives (issue #21): managers of the campaign write.
    createCollective: { rightful: 'manon', input: async () => ({ campaignId: gid('Campaign', kpn.campaign), name: `Intruder collective ${Math.random()}`, claimedMembers: 3 }) },
    updateCollective: {
      rightful: 'manon',
      input: async () => ({ id: toCollectiveGlobalId(kpn.collective), expectedVersion: await version('collective', kpn.collective), notes: `Checked ${Math.random()}` }),
    },
    addCollectiveMembers: { rightful: 'manon', input: async () => ({ collectiveId: toCollectiveGlobalId(kpn.collective), accountIds: [gid('Account', kpn.unassignedAccount)] }) },
    removeCollectiveMembers: { rightful: 'manon', input: async () => ({ collectiveId: toCollectiveGlobalId(kpn.collective), accountIds: [gid('Account', kpn.unassignedAccount)] }) },
    linkCollectiveMembersByName: { rightful: 'manon', input: async () => ({ collectiveId: toCollectiveGlobalId(kpn.collective), names: ['Euronext', 'Opodo'] }) },
    // A collective's own deal: proposed by its campaign's team, decided by its approvers, signed and withdrawn by its managers; deleted by them.
    proposeCollectiveTerms: { rightful: 'alice', input: async () => ({ collectiveId: await kpnCollective(null), discountPercent: 5, termMonths: 12 }) },
    // 20 % proposed by a rep waits for a manager.
    approveCollectiveTerms: { rightful: 'manon', input: async () => ({ collectiveId: await kpnCollective(20, 'alice'), expectedVersion: 1 }) },
    rejectCollectiveTerms: { rightful: 'manon', input: async () => ({ collectiveId: await kpnCollective(20, 'alice'), expectedVersion: 1, reason: 'Too generous' }) },
    recordCollectiveTermsSigned: { rightful: 'manon', input: async () => ({ collectiveId: await kpnCollective(5), expectedVersion: 1, signedByName: 'Catherine Roussel' }) },
    withdrawCollectiveTerms: { rightful: 'manon', input: async () => ({ collectiveId: await kpnCollective(5), expectedVersion: 1 }) },
    deleteCollective: { rightful: 'manon', input: async () => ({ id: await kpnCollective(null), expectedVersion: 1 }) },
    // Personal offers (issue #21, part 2): managers of the campaign generate them.
    generatePersonalOffers: { rightful: 'manon', input: async () => ({ campaignId: gid('Campaign', kpn.campaign), filter: {}, discountPercent: 5, dryRun: true }) },
    // Outreach (issue #21 part 3): managers of the campaign send (a dry run here: no mail server), and cancel.
    queueOutreach: {
      rightful: 'manon',
      input: async () => ({ campaignId: gid('Campaign', kpn.campaign), filter: { search: 'Euronext' }, language: 'en', subject: 'About {{accountName}}', body: 'Hello {{contactName}}', dryRun: true }),
    },
    // The suppression list spans every campaign: admins (and global keys) report bounces.
    reportEmailBounces: { rightful: 'admin', input: async () => ({ emails: ['bounced-for-good@isolation.example'] }) },
    cancelOutreach: {
      rightful: 'manon',
      input: async () => ({ id: gid('Outreach', kpn.outreach) }),
      restore: async () => {
        await ds.query(`UPDATE outreach SET status = 'sending', finished_at = NULL WHERE id = $1`, [kpn.outreach]);
        await ds.query(`UPDATE outreach_message SET status = 'queued' WHERE outreach_id = $1`, [kpn.outreach]);
      },
    },
    updateWebhook: { rightful: 'admin', input: async () => ({ id: gid('Webhook', kpn.webhook), expectedVersion: await version('webhook', kpn.webhook), description: 'BI feed' }) },
  };

  it('has a case for every mutation of the schema', () => {
    const mutations = Object.keys(schema.getMutationType()!.getFields()).filter((m) => !PUBLIC_OPERATIONS[m]);
    expect(mutations.filter((m) => !MUTATIONS[m])).toEqual([]);
  });

  const mutationNames = () => Object.keys(MUTATIONS);

  // Issue #20: logActivity's moveTo names a deal; an AMEN rep logging on their own account cannot reach a KPNQwest deal through it.
  it('logActivity: a moveTo naming a KPNQwest deal, from an AMEN rep’s own account, is NOT_FOUND and writes nothing', async () => {
    const chloeAccount = await one<{ id: string }>(
      `SELECT a.id FROM account a JOIN app_user u ON u.id = a.owner_id WHERE u.email = 'chloe@lifeboat.demo' ORDER BY a.name LIMIT 1`,
    );
    const deal = await one<{ id: string; version: number }>(`SELECT id, version FROM opportunity WHERE id = $1`, [kpn.opportunity]);
    await lifeboat.app.get(OutboxRelay).flush();
    const before = await fingerprint();
    const activitiesBefore = await one<{ n: number }>(`SELECT count(*)::int AS n FROM activity WHERE account_id = $1`, [chloeAccount.id]);
    const res = await call(tokens.chloe, `mutation($input: LogActivityInput!) { logActivity(input: $input) { activity { id } opportunity { id stage } } }`, {
      input: {
        accountId: gid('Account', chloeAccount.id),
        kind: 'call',
        body: 'Reached them',
        outcomeCode: 'reached_wants_offer',
        moveTo: { opportunityId: gid('Opportunity', deal.id), expectedVersion: deal.version, stage: 'contacted' },
      },
    });
    expect((res.errors ?? []).map((e) => e.extensions?.code)).toEqual(['NOT_FOUND']);
    expect(res.data ?? null).toBeNull();
    await lifeboat.app.get(OutboxRelay).flush();
    expect(await fingerprint()).toBe(before);
    expect(await one<{ n: number }>(`SELECT count(*)::int AS n FROM activity WHERE account_id = $1`, [chloeAccount.id])).toEqual(activitiesBefore);
  });

  it.each(mutationNames())('%s: refused to the AMEN team and keys (nothing of KPNQwest changes), done for the rightful user', async (name) => {
    const field = schema.getMutationType()!.getFields()[name];
    expect(field).toBeDefined();
    const inputType = field.args.find((a) => a.name === 'input')!.type;
    const payload = getNullableType(field.type) as GraphQLObjectType;
    const query = `mutation($input: ${inputType}) { ${name}(input: $input) { ${selectionOf(payload, 1)} } }`;
    const testCase = MUTATIONS[name];
    const input = await testCase.input();
    // Jobs of earlier cases (an import's chunks, urgency recomputation) finish first.
    await lifeboat.app.get(OutboxRelay).flush();
    const before = await fingerprint();
    for (const attacker of attackers) {
      const res = await call(attacker.token, query, { input });
      const what = `${attacker.name}: ${name}`;
      expect({ what, data: res.data ?? null }).toEqual({ what, data: null });
      expect({ what, codes: (res.errors ?? []).map((e) => e.extensions?.code) }).toEqual({ what, codes: [expect.stringMatching(/^(FORBIDDEN|NOT_FOUND)$/)] });
      expect(ALLOWED_REFUSALS.has(String(res.errors?.[0].extensions?.code))).toBe(true);
      await lifeboat.app.get(OutboxRelay).flush();
      expect({ what, unchanged: (await fingerprint()) === before }).toEqual({ what, unchanged: true });
    }
    const rightful = await call(tokens[testCase.rightful], query, { input: await testCase.input() });
    if (testCase.rightfulRefusal) {
      expect({ name, codes: (rightful.errors ?? []).map((e) => e.extensions?.code) }).toEqual({ name, codes: [testCase.rightfulRefusal.code] });
    } else {
      expect({ name, errors: rightful.errors ?? [] }).toEqual({ name, errors: [] });
    }
    await testCase.restore?.();
  });

  // ---------------------------------------------------------------- subscriptions, over graphql-ws

  /** Something that happens in KPNQwest, so that a subscription has an event to deliver (or to hold back). */
  const moveAKpnDeal = async () => {
    const name = `Live Test Customer ${Date.now()}-${Math.random().toString(36).slice(2)}`;
    const account = await one<{ id: string }>(
      `INSERT INTO account (campaign_id, name, normalized_name, segment) VALUES ($1, $2, $3, 'hosting') RETURNING id`,
      [kpn.campaign, name, name.toLowerCase()],
    );
    const deal = await one<{ id: string }>(
      `INSERT INTO opportunity (account_id, campaign_id, stage, stage_entered_at) VALUES ($1, $2, 'identified', now()) RETURNING id`,
      [account.id, kpn.campaign],
    );
    await must(tokens.manon, `mutation($input: MoveOpportunityInput!) { moveOpportunity(input: $input) { opportunity { id } } }`, {
      input: { opportunityId: gid('Opportunity', deal.id), expectedVersion: 1, stage: 'contacted' },
    });
  };

  interface SubscriptionCase {
    /** Who may watch it: their subscription, with the same arguments, delivers the event. */
    rightful: 'manon' | 'alice' | 'admin';
    /** Makes an event of KPNQwest happen for this subscription. */
    happen: () => Promise<void>;
  }

  const SUBSCRIPTIONS: Record<string, SubscriptionCase> = {
    opportunityChanged: { rightful: 'manon', happen: moveAKpnDeal },
    dashboardRefresh: { rightful: 'manon', happen: moveAKpnDeal },
    importProgress: {
      rightful: 'manon',
      // As the import job publishes the progress of KPNQwest's import.
      happen: async () => {
        const message: ImportProgressMessage = { importId: kpn.accountImport, campaignId: kpn.campaign, status: 'running', rowsDone: 1, totalRows: 1, at: new Date().toISOString() };
        await lifeboat.app.get(RealtimePubSub).publish(TOPICS.importProgress, message);
      },
    },
    bulkAssignmentProgress: {
      rightful: 'manon',
      // As the hand-out job publishes the progress of KPNQwest's hand-out.
      happen: async () => {
        const message: BulkAssignmentProgressMessage = { assignmentId: kpn.bulkAssignment, campaignId: kpn.campaign, status: 'running', done: 1, total: 4, at: new Date().toISOString() };
        await lifeboat.app.get(RealtimePubSub).publish(TOPICS.bulkAssignmentProgress, message);
      },
    },
    notificationAdded: {
      rightful: 'manon',
      happen: async () => {
        await ds.query(
          `INSERT INTO notification (user_id, campaign_id, kind, title) SELECT id, $1, 'digest', 'KPNQwest: your digest' FROM app_user WHERE email = 'manon@lifeboat.demo'`,
          [kpn.campaign],
        );
      },
    },
  };

  it('has a case for every subscription of the schema', () => {
    const fields = Object.keys(schema.getSubscriptionType()?.getFields() ?? {});
    expect(fields.length).toBeGreaterThan(0);
    expect(fields.filter((f) => !SUBSCRIPTIONS[f])).toEqual([]);
  });

  /** Subscribes over graphql-ws as an integration would, and keeps what arrives. */
  const listen = (client: Client, query: string, variables: Record<string, unknown>) => {
    const received: unknown[] = [];
    const errors: NonNullable<GraphqlResult<unknown>['errors']> = [];
    client.subscribe(
      { query, variables },
      {
        next: (value) => {
          if (value.data) received.push(value.data);
          if (value.errors) errors.push(...(value.errors as typeof errors));
        },
        error: (error) => errors.push(...(Array.isArray(error) ? error : [error as (typeof errors)[number]])),
        complete: () => undefined,
      },
    );
    return { received, errors };
  };

  it.each(Object.keys(SUBSCRIPTIONS))('%s: refused to the AMEN team and keys, or silent about KPNQwest; delivered to the rightful user', async (name) => {
    const field = schema.getSubscriptionType()!.getFields()[name];
    expect(field).toBeDefined();
    const testCase = SUBSCRIPTIONS[name];
    const clients: Client[] = [];
    const open = async (token: string) => {
      const client = createClient({
        url: lifeboat.url.replace(/^http/, 'ws') + '/graphql',
        webSocketImpl: WebSocket,
        connectionParams: { authorization: `Bearer ${token}` },
        retryAttempts: 0,
        lazy: false,
      });
      clients.push(client);
      await new Promise<void>((resolve) => client.on('connected', () => resolve()));
      return client;
    };
    try {
      for (const variables of kpnArgumentVariants(field)) {
        const defs = field.args.filter((a) => a.name in variables).map((a) => `$${a.name}: ${a.type}`);
        const uses = field.args.filter((a) => a.name in variables).map((a) => `${a.name}: $${a.name}`);
        const named = getNamedType(field.type);
        const query = `subscription${defs.length ? `(${defs.join(', ')})` : ''} { ${name}${uses.length ? `(${uses.join(', ')})` : ''} { ${isObjectType(named) ? selectionOf(named, 1) : '__typename'} } }`;
        const what = `${name}(${JSON.stringify(variables)})`;
        const attempts = [];
        for (const attacker of attackers) attempts.push({ attacker, seen: listen(await open(attacker.token), query, variables) });
        const rightful = listen(await open(tokens[testCase.rightful]), query, variables);
        // The subscribes are served (refusals come back at once), then KPNQwest has news.
        await new Promise((r) => setTimeout(r, 500));
        await testCase.happen();
        await lifeboat.app.get(OutboxRelay).flush();
        for (let i = 0; i < 300 && rightful.received.length === 0 && rightful.errors.length === 0; i++) await new Promise((r) => setTimeout(r, 50));
        await new Promise((r) => setTimeout(r, 300));
        expect({ what, errors: rightful.errors }).toEqual({ what, errors: [] });
        expect({ what, delivered: rightful.received.length > 0 }).toEqual({ what, delivered: true });
        // The markers do show up in the rightful user's events: proof that a leak would be caught.
        expect(leaks(rightful.received).length).toBeGreaterThan(0);
        for (const { attacker, seen } of attempts) expectRefusedOrEmpty({ status: 200, data: seen.received, errors: seen.errors }, `${attacker.name}: ${what}`);
      }
    } finally {
      await Promise.all(clients.map((c) => c.dispose()));
    }
  });

  it('keeps an AMEN-bound webhooks key from listening to every campaign through a global webhook', async () => {
    const key = attackers.find((a) => a.name === 'AMEN key (webhooks)')!;
    const res = await call(key.token, `mutation($input: CreateWebhookInput!) { createWebhook(input: $input) { webhook { id campaignId } } }`, {
      input: { url: 'http://127.0.0.1:9/everything', events: ['opportunity_won'] },
    });
    if (res.errors) {
      expect(ALLOWED_REFUSALS.has(String(res.errors[0].extensions?.code))).toBe(true);
    } else {
      // Accepted only as a webhook of the key's own campaign.
      const amen = await one<{ id: string }>(`SELECT id FROM campaign WHERE name LIKE 'AMEN%'`);
      expect((res.data as any).createWebhook.webhook.campaignId).toBe(gid('Campaign', amen.id));
    }
  });

  it('shows no list, count or aggregate of KPNQwest to the AMEN rep', async () => {
    const res = await call(tokens.chloe, `{
      accounts(first: 200) { totalCount edges { node { name campaign { name } } } }
      opportunities(first: 200) { totalCount }
      campaigns { totalCount edges { node { name } } }
      rivals { totalCount edges { node { name } } }
      myQueue(first: 200) { totalCount edges { node { account { name } } } }
    }`);
    expect(res.errors).toBeUndefined();
    const data = res.data as any;
    const amenAccounts = (await one<{ n: number }>(`SELECT count(*)::int AS n FROM account a JOIN campaign c ON c.id = a.campaign_id WHERE c.name LIKE 'AMEN%'`)).n;
    expect(data.accounts.totalCount).toBe(amenAccounts);
    expect(data.campaigns.edges.map((e: any) => e.node.name)).toEqual(['AMEN rescue']);
    expect(data.rivals.edges.map((e: any) => e.node.name)).toEqual(['AMEN']);
    expect(leaks(data)).toEqual([]);
  });
});
