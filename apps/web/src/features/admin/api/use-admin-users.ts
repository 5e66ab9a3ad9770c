import { useMutation, useQuery } from '@apollo/client/react';
import { AdminUsersDocument, InviteUserDocument, UpdateUserDocument, type AdminUsersQuery } from '../../../gql/graphql';

export type AdminUser = AdminUsersQuery['users']['edges'][number]['node'];

export function useAdminUsers() {
  const query = useQuery(AdminUsersDocument, { variables: { first: 200, after: null } });
  const [invite, inviting] = useMutation(InviteUserDocument, { refetchQueries: ['AdminUsers'] });
  const [update, updating] = useMutation(UpdateUserDocument);
  return {
    users: query.data?.users.edges.map((edge) => edge.node) ?? null,
    error: query.error,
    refetch: query.refetch,
    invite,
    update,
    busy: inviting.loading || updating.loading,
  };
}
