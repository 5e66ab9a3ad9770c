import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RunningLifeboat } from '../../bootstrap';
import { startTestServer } from '../../testing/test-app';
import { createUser, signIn } from '../../testing/auth';

/**
 * Issue 17, finding 4: what a client gets wrong is answered HTTP 4xx with its code, never 5xx, and
 * nothing a client sends reaches a stack overflow. Sent over real HTTP as raw bodies (the deep
 * ones cannot even be built with JSON.stringify), with the web app served, as in production (its
 * routes once turned a refused body into 404 "Cannot POST /graphql").
 */
describe('client mistakes answer 4xx with their code (over HTTP)', () => {
  let lifeboat: RunningLifeboat & { url: string };
  let token: string;

  beforeAll(async () => {
    const web = mkdtempSync(join(tmpdir(), 'lifeboat-web-'));
    writeFileSync(join(web, 'index.html'), '<!doctype html><title>Lifeboat</title>');
    lifeboat = await startTestServer({ LIFEBOAT_WEB_DIR: web });
    await createUser(lifeboat.db.dataSource, { email: 'admin@example.test', role: 'admin' });
    token = await signIn(lifeboat.url, 'admin@example.test', 'correct horse battery staple');
  });

  afterAll(() => lifeboat.close());

  const post = async (body: string, contentType = 'application/json') => {
    const response = await fetch(`${lifeboat.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': contentType, accept: 'application/graphql-response+json, application/json', authorization: `Bearer ${token}` },
      body,
    });
    const text = await response.text();
    let json: { errors?: Array<{ message: string; extensions?: { code?: string } }> } = {};
    try {
      json = JSON.parse(text);
    } catch {
      // Not JSON: the assertions below show what came instead.
    }
    return { status: response.status, code: json.errors?.[0]?.extensions?.code, message: json.errors?.[0]?.message ?? text.slice(0, 200) };
  };
  const operation = (query: string, variables?: string) => `{"query":${JSON.stringify(query)}${variables === undefined ? '' : `,"variables":${variables}`}}`;
  const LOGIN = 'mutation($input: LoginInput!) { login(input: $input) { accessToken } }';
  const DISTRESS = 'mutation($input: RecordDistressEventInput!) { recordDistressEvent(input: $input) { __typename } }';

  it.each([
    ['a required field missing (login without password)', operation(LOGIN, '{"input":{"email":"a@example.test"}}')],
    ['a required field missing (recordDistressEvent without summary)', operation(DISTRESS, '{"input":{"rivalId":"x","kind":"strike","occurredAt":"2026-01-01","severity":3}}')],
    ['a required variable missing', operation(LOGIN, '{}')],
    ['a string for an Int', operation('query($first: Int) { rivals(first: $first) { totalCount } }', '{"first":"many"}')],
    ['an object for an ID', operation('query($id: ID!) { node(id: $id) { id } }', '{"id":{"a":1}}')],
    ['an unknown enum value', operation(DISTRESS, '{"input":{"rivalId":"x","kind":"meteor","occurredAt":"2026-01-01","severity":3,"summary":"s"}}')],
    ['an unknown field in an input', operation(LOGIN, '{"input":{"email":"a@example.test","password":"p","otp":"1"}}')],
  ])('a variable that does not fit its type: %s — 400 BAD_USER_INPUT', async (_name, body) => {
    expect(await post(body)).toMatchObject({ status: 400, code: 'BAD_USER_INPUT' });
  });

  it.each([
    ['6,000 fields', `{ ${'__typename '.repeat(6000)} }`],
    ['a list literal of 6,000 items', `{ rivals(first: [${'1,'.repeat(6000)}]) { totalCount } }`],
    ['5,001 punctuators', `{ __typename ${'!'.repeat(5001)} }`],
  ])('more than 5,000 tokens (%s): 400 GRAPHQL_PARSE_FAILED', async (_name, query) => {
    expect(await post(operation(query))).toEqual({ status: 400, code: 'GRAPHQL_PARSE_FAILED', message: 'Syntax Error: Token limit of 5000 exceeded.' });
  });

  it.each([
    ['a list literal 2,000 deep', `{ rivals(first: ${'['.repeat(2000)}1${']'.repeat(2000)}) { totalCount } }`],
    ['an object literal 2,000 deep', `mutation { login(input: ${'{ a: '.repeat(2000)}1${' }'.repeat(2000)}) { accessToken } }`],
    ['a list literal 65 deep', `{ rivals(first: ${'['.repeat(65)}1${']'.repeat(65)}) { totalCount } }`],
    ['selection sets 2,400 deep', `${'{ a '.repeat(2400)}${'}'.repeat(2400)}`],
    ['unclosed brackets 3,000 deep', `{ rivals(first: ${'['.repeat(3000)}`],
  ])('nesting deeper than 64 (%s): 400 GRAPHQL_PARSE_FAILED, no stack overflow', async (_name, query) => {
    expect(await post(operation(query))).toEqual({ status: 400, code: 'GRAPHQL_PARSE_FAILED', message: 'Syntax Error: brackets nested more than 64 levels deep.' });
  });

  it('still parses nesting within the limit (a list literal 60 deep is a type error, not a parse error)', async () => {
    expect(await post(operation(`{ rivals(first: ${'['.repeat(60)}1${']'.repeat(60)}) { totalCount } }`))).toMatchObject({ status: 400, code: 'GRAPHQL_VALIDATION_FAILED' });
  });

  it.each([
    ['an object 100,000 deep for an ID', '{"id":' + '{"a":'.repeat(100_000) + '1' + '}'.repeat(100_000) + '}'],
    ['a list 100,000 deep in an unused variable', '{"id":"x","pad":' + '['.repeat(100_000) + ']'.repeat(100_000) + '}'],
    ['an object 65 deep', '{"id":"x","pad":' + '{"a":'.repeat(65) + '1' + '}'.repeat(65) + '}'],
  ])('variables nested deeper than 64 (%s): 400 BAD_USER_INPUT', async (_name, variables) => {
    expect(await post(operation('query($id: ID!) { node(id: $id) { id } }', variables))).toEqual({
      status: 400,
      code: 'BAD_USER_INPUT',
      message: 'The variables are nested more than 64 levels deep.',
    });
  });

  it.each([
    ['2 MB', 2_000_000],
    ['1.1 MB', 1_100_000],
  ])('a %s body: 413 with a GraphQL error (BAD_REQUEST), not 404 or 500', async (_name, size) => {
    const body = operation('{ __typename }', JSON.stringify({ pad: 'x'.repeat(size) }));
    const answer = await post(body);
    expect(answer).toMatchObject({ status: 413, code: 'BAD_REQUEST' });
    expect(answer.message).toMatch(/over the 1MB limit/);
    expect(await post(body, 'application/json; charset=utf-8')).toMatchObject({ status: 413, code: 'BAD_REQUEST' });
    // In the media type the client asked for, so that a GraphQL client reads it as a GraphQL error.
    for (const [accept, type] of [
      ['application/graphql-response+json, application/json;q=0.9', 'application/graphql-response+json; charset=utf-8'],
      ['application/json', 'application/json; charset=utf-8'],
    ]) {
      const response = await fetch(`${lifeboat.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', accept }, body });
      expect({ status: response.status, type: response.headers.get('content-type') }).toEqual({ status: 413, type });
    }
  });

  it('a body that is not JSON: 400 BAD_REQUEST; an unknown charset: 415 BAD_REQUEST', async () => {
    expect(await post('{"query": "{ __typename }"')).toEqual({ status: 400, code: 'BAD_REQUEST', message: 'The request body is not valid JSON.' });
    expect(await post(operation('{ __typename }'), 'application/json; charset=latin-9')).toMatchObject({ status: 415, code: 'BAD_REQUEST' });
  });

  it('still answers a sound operation, and the web app beside it', async () => {
    expect(await post(operation('{ __typename }'))).toMatchObject({ status: 200, code: undefined });
    expect((await fetch(`${lifeboat.url}/`)).status).toBe(200);
  });
});
