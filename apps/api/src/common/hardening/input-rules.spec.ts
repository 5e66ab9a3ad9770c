import { GraphQLSchemaHost } from '@nestjs/graphql';
import { GraphQLSchema, isInputObjectType } from 'graphql';
import { RunningLifeboat } from '../../bootstrap';
import { startTestServer } from '../../testing/test-app';
import { createUser, graphql, GraphqlResult, signIn } from '../../testing/auth';
import { InputLeaf, inputLeaves, requestFor, RootField, rootFields } from '../../testing/schema-inputs';
import { isPlanningDate, PLANNING_DATE_RULE } from '../graphql/date-window';

/**
 * Issue 17, findings 2 and 3: every DateTime input meets one date rule, every String and ID input
 * refuses control characters and unpaired surrogates — BAD_USER_INPUT naming the field, HTTP 400,
 * nothing run. The cases are generated from the schema: each root field of Query and Mutation is
 * called with its required arguments and the value under test in every leaf of the kind, so a field
 * added later is covered without a test written for it.
 */
describe('the rules of every text and date input (generated from the schema, over HTTP)', () => {
  let lifeboat: RunningLifeboat & { url: string };
  let schema: GraphQLSchema;
  let token: string;

  beforeAll(async () => {
    lifeboat = await startTestServer();
    schema = lifeboat.app.get(GraphQLSchemaHost).schema;
    await createUser(lifeboat.db.dataSource, { email: 'admin@example.test', role: 'admin' });
    token = await signIn(lifeboat.url, 'admin@example.test', 'correct horse battery staple');
  });

  afterAll(() => lifeboat.close());

  const named = (res: GraphqlResult<unknown>) =>
    ((res.errors?.[0]?.extensions?.['fields'] as Array<{ field: string; reason: string }> | undefined) ?? []).map((f) => f.field);
  const dotted = (leaves: InputLeaf[]) => [...new Set(leaves.map((l) => l.path.join('.')))].sort();
  const withLeaves = (keep: (leaf: InputLeaf) => boolean) =>
    rootFields(schema)
      .map((root) => ({ root, leaves: inputLeaves(root.field).filter(keep) }))
      .filter((c) => c.leaves.length > 0);
  const label = (root: RootField) => `${root.operation} ${root.field.name}`;

  /** Calls every root field with `value` in its chosen leaves; returns what the gate named, per field, for those it refused. */
  const send = async (cases: Array<{ root: RootField; leaves: InputLeaf[] }>, value: unknown, as: string | null = token) => {
    const answers: Record<string, { status: number; code: unknown; fields: string[] }> = {};
    for (const { root, leaves } of cases) {
      const res = await graphql(lifeboat.url, as, requestFor(root, leaves, value));
      answers[label(root)] = { status: res.status, code: res.errors?.[0]?.extensions?.code, fields: named(res).sort() };
    }
    return answers;
  };
  const refusedNaming = (cases: Array<{ root: RootField; leaves: InputLeaf[] }>, pick: (leaf: InputLeaf) => boolean = () => true) =>
    Object.fromEntries(cases.map(({ root, leaves }) => [label(root), { status: 400, code: 'BAD_USER_INPUT', fields: dotted(leaves.filter(pick)) }]));

  describe('DateTime: between 1990 and 2100; future-facing fields not more than a year in the past', () => {
    const dates = () => withLeaves((leaf) => leaf.scalar === 'DateTime');

    it('finds the DateTime inputs of the schema, the six future-facing ones among them, each saying so', () => {
      const all = dates().flatMap(({ root, leaves }) => leaves.map((l) => `${root.field.name}: ${l.path.join('.')}`));
      expect(all).toEqual(expect.arrayContaining(['recordDistressEvent: input.shutdownAt', 'logActivity: input.occurredAt', 'opportunities: closedBefore']));
      const planning = dates().flatMap(({ root, leaves }) => leaves.filter((l) => l.planning).map((l) => `${root.field.name}: ${l.path.join('.')}`));
      expect(planning.sort()).toEqual([
        'draftProposal: input.plannedCutoverAt',
        'logActivity: input.nextStepAt',
        'recordDistressEvent: input.shutdownAt',
        'updateMigration: input.targetCutoverAt',
        'updateOpportunity: input.expectedCloseAt',
        'updateProposal: input.plannedCutoverAt',
      ]);
      for (const type of Object.values(schema.getTypeMap())) {
        if (!isInputObjectType(type)) continue;
        for (const field of Object.values(type.getFields())) {
          if (isPlanningDate(field)) expect(`${type.name}.${field.name}: ${field.description}`).toContain(PLANNING_DATE_RULE);
        }
      }
    });

    it.each(['0001-01-01T00:00:00Z', '2500-01-01T00:00:00Z', '1989-12-31T23:59:59Z', '2100-01-01T00:00:00Z', '9999-12-31'])(
      'refuses %s in every DateTime input, naming each field',
      async (value) => {
        const cases = dates();
        expect(await send(cases, value)).toEqual(refusedNaming(cases));
      },
    );

    it('refuses a future-facing date more than a year in the past, and only there', async () => {
      const cases = dates();
      const twoYearsAgo = new Date(Date.now() - 2 * 365 * 24 * 60 * 60 * 1000).toISOString();
      const answers = await send(cases, twoYearsAgo);
      const planningCases = cases.filter((c) => c.leaves.some((l) => l.planning));
      expect(Object.keys(refusedNaming(planningCases)).length).toBe(6);
      for (const { root } of cases) {
        if (planningCases.some((c) => c.root === root)) expect(answers[label(root)]).toEqual(refusedNaming(planningCases, (l) => l.planning)[label(root)]);
        else {
          const dateFields = cases.find((c) => c.root === root)?.leaves.map((l) => l.path.join('.')) ?? [];
          expect({ field: label(root), named: answers[label(root)].fields.filter((f) => dateFields.includes(f)) }).toEqual({ field: label(root), named: [] });
        }
      }
    });

    it.each([
      ['tomorrow', () => new Date(Date.now() + 24 * 60 * 60 * 1000).toISOString()],
      ['ten months ago', () => new Date(Date.now() - 300 * 24 * 60 * 60 * 1000).toISOString()],
      ['1990-01-01 (the first instant allowed) for past-facing fields', () => '1990-01-01T00:00:00Z'],
    ])('lets %s through', async (_name, value) => {
      const v = value();
      const cases = dates().map(({ root, leaves }) => ({ root, leaves: v.startsWith('1990') ? leaves.filter((l) => !l.planning) : leaves }));
      const answers = await send(
        cases.filter((c) => c.leaves.length > 0),
        v,
      );
      for (const answer of Object.values(answers)) expect(answer.status).toBeLessThan(500);
      const dateFields = new Set(cases.flatMap(({ leaves }) => leaves.map((l) => l.path.join('.'))));
      const named = Object.entries(answers).filter(([, a]) => a.fields.some((f) => dateFields.has(f)));
      expect(named).toEqual([]);
    });

    it('keeps year 0001 away from the rival: recordDistressEvent refused whole, nothing recorded', async () => {
      const before = (await lifeboat.db.dataSource.query(`SELECT count(*)::int AS n FROM distress_event`))[0].n;
      const res = await graphql(lifeboat.url, token, {
        query: `mutation { recordDistressEvent(input: { rivalId: "x", kind: shutdown_warning, occurredAt: "2026-01-01", severity: 5, summary: "Dark", shutdownAt: "0001-01-01T00:00:00Z" }) { __typename } }`,
      });
      expect(res.status).toBe(400);
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.shutdownAt', reason: 'must be between 1990-01-01 and 2100-01-01' }] });
      expect(res.errors?.[0].message).toContain('input.shutdownAt');
      expect((await lifeboat.db.dataSource.query(`SELECT count(*)::int AS n FROM distress_event`))[0].n).toBe(before);
    });
  });

  describe('String and ID: no C0 control character but tab, line feed and carriage return; no unpaired surrogate', () => {
    const texts = () => withLeaves((leaf) => leaf.scalar === 'String' || leaf.scalar === 'ID');

    it('finds the text inputs of the schema, the public login among them', () => {
      const all = texts().flatMap(({ root, leaves }) => leaves.map((l) => `${root.field.name}: ${l.path.join('.')}`));
      expect(all).toEqual(expect.arrayContaining(['login: input.email', 'login: input.password', 'createAccount: input.name', 'importAccounts: input.csv']));
      expect(all.length).toBeGreaterThan(100);
    });

    it.each([
      ['a NUL', 'Acme\u0000 SA'],
      ['a lone high surrogate', 'Acme \ud800 SA'],
      ['a lone low surrogate', 'Acme \udc00 SA'],
      ['an escape character', 'Acme \u001b[31m SA'],
      ['a backspace', 'Acme\u0008'],
    ])('refuses %s in every String and ID input of every query and mutation, naming each field', async (_name, value) => {
      const cases = texts();
      expect(await send(cases, value)).toEqual(refusedNaming(cases));
    });

    it('lets tab, line feed, carriage return, accents and emoji (surrogate pairs) through', async () => {
      for (const { root, leaves } of texts()) {
        const res = await graphql(lifeboat.url, token, requestFor(root, leaves, 'Ligne 1\r\n\tÉté 😀 — ok'));
        const reasons = (res.errors ?? []).flatMap((e) => ((e.extensions?.['fields'] as Array<{ reason: string }> | undefined) ?? []).map((f) => f.reason));
        const refusedForCharacters = reasons.filter((r) => /control characters|valid Unicode/.test(r));
        expect({ field: label(root), under500: res.status < 500, refusedForCharacters }).toEqual({ field: label(root), under500: true, refusedForCharacters: [] });
      }
    });

    it('answers the public login (no token) with BAD_USER_INPUT for a NUL or a lone surrogate in the email or the password', async () => {
      const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`;
      for (const [input, field] of [
        [{ email: 'admin@example.test\u0000', password: 'correct horse battery staple' }, 'input.email'],
        [{ email: 'adm\ud800in@example.test', password: 'correct horse battery staple' }, 'input.email'],
        [{ email: 'admin@example.test', password: 'correct horse\u0000' }, 'input.password'],
        [{ email: 'admin@example.test', password: '\udfffcorrect' }, 'input.password'],
      ] as const) {
        const res = await graphql(lifeboat.url, null, { query: LOGIN, variables: { input } });
        expect({ field, status: res.status, code: res.errors?.[0].extensions?.code, fields: named(res) }).toEqual({ field, status: 400, code: 'BAD_USER_INPUT', fields: [field] });
      }
    });

    it('refuses a NUL written in the operation itself (a literal), in a nested list item', async () => {
      const res = await graphql(lifeboat.url, token, {
        query: `mutation { createAccount(input: { campaignId: "x", name: "Acme", segment: hosting, monthlySpend: 100, contacts: [{ name: "Ann\\u0000" }] }) { __typename } }`,
      });
      expect(res.status).toBe(400);
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
      expect(named(res)).toEqual(['input.contacts.0.name']);
    });
  });
});
