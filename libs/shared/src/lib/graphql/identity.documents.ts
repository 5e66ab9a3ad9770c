/** Signing in and out; `me` is who is signed in, as the header shows it. */
export const LOGIN_MUTATION = /* GraphQL */ `
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      accessToken
      accessTokenExpiresAt
      refreshToken
      user {
        id
        name
        email
        role
        locale
      }
    }
  }
`;

/** Renews the access token; the refresh token is single use and comes back replaced. */
export const REFRESH_SESSION_MUTATION = /* GraphQL */ `
  mutation RefreshSession($input: RefreshSessionInput!) {
    refreshSession(input: $input) {
      accessToken
      accessTokenExpiresAt
      refreshToken
      user {
        id
        name
        email
        role
        locale
      }
    }
  }
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
      id
      name
      email
      role
      locale
    }
  }
`;
