import { DataSource } from 'typeorm';
import type { Role } from '@lifeboat/domain';
import { hashPassword } from '../identity/passwords';

export interface TestUser {
  id: string;
  email: string;
  password: string;
  role: Role;
}

let cachedHash: { password: string; hash: Promise<string> } | undefined;

/** A user with a password (hashed once per test file), optionally in campaign teams. */
export async function createUser(
  ds: DataSource,
  opts: { email: string; role: Role; password?: string; name?: string; campaignIds?: string[]; teamRole?: 'manager' | 'rep'; active?: boolean },
): Promise<TestUser> {
  const password = opts.password ?? 'correct horse battery staple';
  if (!cachedHash || cachedHash.password !== password) cachedHash = { password, hash: hashPassword(password) };
  const [row] = await ds.query(
    `INSERT INTO app_user (email, name, role, password_hash, active) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
    [opts.email, opts.name ?? opts.email.split('@')[0], opts.role, await cachedHash.hash, opts.active ?? true],
  );
  for (const campaignId of opts.campaignIds ?? []) {
    await ds.query(`INSERT INTO campaign_member (campaign_id, user_id, team_role) VALUES ($1, $2, $3)`, [
      campaignId,
      row.id,
      opts.teamRole ?? (opts.role === 'manager' ? 'manager' : 'rep'),
    ]);
  }
  return { id: row.id, email: opts.email, password, role: opts.role };
}

/** Signs in through the real `login` mutation and returns the access token. */
export async function signIn(url: string, email: string, password: string): Promise<string> {
  const { data, errors } = await graphql<{ login: { accessToken: string } }>(url, null, {
    query: `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`,
    variables: { input: { email, password } },
  });
  if (!data) throw new Error(`sign-in failed: ${JSON.stringify(errors)}`);
  return data.login.accessToken;
}

export interface GraphqlResult<T> {
  status: number;
  data?: T | null;
  errors?: Array<{ message: string; path?: string[]; extensions?: Record<string, unknown> & { code?: string } }>;
}

/** A GraphQL request as any client sends it, with an optional bearer token. */
export async function graphql<T = Record<string, unknown>>(
  url: string,
  token: string | null,
  body: { query: string; variables?: Record<string, unknown>; operationName?: string },
): Promise<GraphqlResult<T>> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify(body),
  });
  const json = (await response.json()) as Omit<GraphqlResult<T>, 'status'>;
  return { status: response.status, ...json };
}

/**
 * A spec's GraphQL client for its signed-in users (`tokens`, by name; null or '' for a caller
 * without a token): `gql` gives the answer as sent, `must` the data and throws on any error. `url`
 * is read at each request (the app starts in beforeAll).
 */
export function clientFor(url: () => string, tokens: Record<string, string>) {
  /* eslint-disable @typescript-eslint/no-explicit-any -- specs read answers loosely */
  const gql = <T = any>(who: string | null, query: string, variables: Record<string, unknown> = {}) => graphql<T>(url(), who ? tokens[who] : null, { query, variables });
  const must = async <T = any>(who: string | null, query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const res = await gql<T>(who, query, variables);
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data as T;
  };
  /* eslint-enable @typescript-eslint/no-explicit-any */
  return { gql, must };
}
