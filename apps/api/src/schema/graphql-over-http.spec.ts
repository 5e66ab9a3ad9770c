import { serverAudits } from 'graphql-http';
import { RunningLifeboat } from '../bootstrap';
import { startTestServer } from '../testing/test-app';

/** `/graphql` against the GraphQL-over-HTTP specification: every MUST of graphql-http's audit. */
describe('GraphQL over HTTP (graphql-http server audits)', () => {
  let lifeboat: RunningLifeboat & { url: string };

  beforeAll(async () => {
    lifeboat = await startTestServer();
  });
  afterAll(() => lifeboat.close());

  const audits = serverAudits({ url: () => `${lifeboat.url}/graphql`, fetchFn: fetch });

  it('runs the audits', () => {
    expect(audits.filter((a) => a.name.startsWith('MUST')).length).toBeGreaterThan(10);
  });

  for (const audit of audits.filter((a) => a.name.startsWith('MUST'))) {
    it(audit.name, async () => {
      const result = await audit.fn();
      expect({ status: result.status, reason: 'reason' in result ? result.reason : undefined }).toEqual({ status: 'ok', reason: undefined });
    });
  }
});
