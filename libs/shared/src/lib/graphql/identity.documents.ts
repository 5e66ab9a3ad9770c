import { SESSION_FIELDS, SESSION_USER_FIELDS } from './fragments';

/** Signing in and out; `me` is who is signed in, as the header shows it. */
export const LOGIN_MUTATION = /* GraphQL */ `
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      ...SessionFields
    }
  }
  ${SESSION_FIELDS}
`;

/** Renews the access token; the refresh token is single use and comes back replaced. */
export const REFRESH_SESSION_MUTATION = /* GraphQL */ `
  mutation RefreshSession($input: RefreshSessionInput!) {
    refreshSession(input: $input) {
      ...SessionFields
    }
  }
  ${SESSION_FIELDS}
`;

export const LOGOUT_MUTATION = /* GraphQL */ `
  mutation Logout($input: RefreshSessionInput!) {
    logout(input: $input) {
      ok
    }
  }
`;

export const ME_QUERY = /* GraphQL */ `
  query Me {
    me {
      ...SessionUserFields
    }
  }
  ${SESSION_USER_FIELDS}
`;
