import { DataSource } from 'typeorm';
import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';
import { RunningLifeboat } from '../bootstrap';
import { startTestServer } from '../testing/test-app';
import { createUser, graphql, signIn } from '../testing/auth';
import { OutboxRelay } from '../jobs/outbox-relay.service';

/** Background statements (outbox relay, jobs) that may run while a request is counted. */
const BACKGROUND = /outbox_event|job_run|webhook|notification|schedule/i;

/**
 * `me` asks the database once when it only wants what the authentication read (the session's
 * statement joins the user: id, name, email, role), twice otherwise — and answers the same either way,
 * with the user as the database has them at that request (no cache: a change shows at once).
 */
describe('me: answered from the session statement when it can (over HTTP)', () => {
  let lifeboat: RunningLifeboat & { url: string };
  let ds: DataSource;
  let token: string;
  let userId: string;

  beforeAll(async () => {
    lifeboat = await startTestServer();
    ds = lifeboat.db.dataSource;
    ({ id: userId } = await createUser(ds, { email: 'rita@example.test', role: 'rep', name: 'Rita Rep' }));
    token = await signIn(lifeboat.url, 'rita@example.test', 'correct horse battery staple');
  });

  afterAll(() => lifeboat.close());

  const run = async (query: string): Promise<{ data: Record<string, unknown>; statements: string[] }> => {
    await lifeboat.app.get(OutboxRelay).flush();
    const spy = jest.spyOn(PostgresQueryRunner.prototype, 'query');
    try {
      const res = await graphql<{ me: Record<string, unknown> }>(lifeboat.url, token, { query });
      expect(res.errors).toBeUndefined();
      return { data: res.data!.me, statements: spy.mock.calls.map((c) => String(c[0])).filter((sql) => !BACKGROUND.test(sql)) };
    } finally {
      spy.mockRestore();
    }
  };

  it('reads the database once for id, name, email and role (fragments included), twice for other fields', async () => {
    const short = await run(`{ me { __typename id name email role } }`);
    expect(short.statements).toHaveLength(1);
    const viaFragments = await run(`query { me { ...Who ... on User { role } } } fragment Who on User { id name email }`);
    expect(viaFragments.statements).toHaveLength(1);
    const full = await run(`{ me { id name email role locale active version lastLoginAt } }`);
    expect(full.statements).toHaveLength(2);
    const mixed = await run(`query { me { ...More } } fragment More on User { id version }`);
    expect(mixed.statements).toHaveLength(2);

    expect(short.data).toEqual({ __typename: 'User', id: full.data['id'], name: 'Rita Rep', email: 'rita@example.test', role: 'rep' });
    expect(viaFragments.data).toEqual({ id: full.data['id'], name: 'Rita Rep', email: 'rita@example.test', role: 'rep' });
    expect(full.data).toMatchObject({ name: 'Rita Rep', email: 'rita@example.test', role: 'rep', active: true });
    expect(mixed.data).toEqual({ id: full.data['id'], version: full.data['version'] });
  });

  it('shows a change of name or role at the next request', async () => {
    await ds.query(`UPDATE app_user SET name = 'Rita Manager', role = 'manager' WHERE id = $1`, [userId]);
    expect((await run(`{ me { name role } }`)).data).toEqual({ name: 'Rita Manager', role: 'manager' });
  });
});
