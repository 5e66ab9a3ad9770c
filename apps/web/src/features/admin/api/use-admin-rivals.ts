import { useMutation, useQuery } from '@apollo/client/react';
import { AdminRivalsDocument, CreateRivalDocument, UpdateRivalDocument, type AdminRivalsQuery } from '../../../gql/graphql';

export type AdminRival = AdminRivalsQuery['rivals']['edges'][number]['node'];

/** Every rival (admins see them all), and the mutations that create and change them. */
export function useAdminRivals() {
  const query = useQuery(AdminRivalsDocument);
  const [createRival] = useMutation(CreateRivalDocument, { refetchQueries: [AdminRivalsDocument] });
  const [updateRival] = useMutation(UpdateRivalDocument);
  return {
    rivals: query.data?.rivals.edges.map((e) => e.node) ?? null,
    error: query.error,
    refetch: query.refetch,
    createRival,
    updateRival,
  };
}
