import { useMutation, useQuery } from '@apollo/client/react';
import { ApiKeysDocument, CreateApiKeyDocument, RevokeApiKeyDocument, type ApiKeysQuery } from '../../../gql/graphql';

export type ApiKeySummary = ApiKeysQuery['apiKeys']['edges'][number]['node'];

export const API_KEY_SCOPES = ['read', 'write', 'import', 'webhooks'] as const;
export const API_KEYS_PAGE_SIZE = 200;

export function useApiKeys() {
  const query = useQuery(ApiKeysDocument, { variables: { first: API_KEYS_PAGE_SIZE } });
  const [create, creating] = useMutation(CreateApiKeyDocument, {
    // The new key goes on top of the list (newest first) without another round trip.
    update(cache, { data }) {
      if (!data) return;
      cache.updateQuery({ query: ApiKeysDocument, variables: { first: API_KEYS_PAGE_SIZE } }, (existing) =>
        existing
          ? {
              apiKeys: {
                ...existing.apiKeys,
                totalCount: existing.apiKeys.totalCount + 1,
                edges: [{ __typename: 'ApiKeyEdge' as const, node: data.createApiKey.apiKey }, ...existing.apiKeys.edges],
              },
            }
          : existing,
      );
    },
  });
  const [revoke, revoking] = useMutation(RevokeApiKeyDocument);
  return {
    keys: query.data?.apiKeys.edges.map((edge) => edge.node) ?? null,
    error: query.error,
    refetch: query.refetch,
    create,
    revoke,
    busy: creating.loading || revoking.loading,
  };
}
