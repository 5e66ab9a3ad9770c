import { useMutation, useQuery } from '@apollo/client/react';
import {
  AddCampaignMemberDocument,
  AdminCampaignSettingsDocument,
  ArchiveCampaignDocument,
  CloseCampaignDocument,
  CreateCampaignDocument,
  RemoveCampaignMemberDocument,
  UpdateCampaignSettingsDocument,
  type AdminCampaignSettingsQuery,
} from '../../../gql/graphql';

export type AdminCampaign = AdminCampaignSettingsQuery['campaigns']['edges'][number]['node'];

/** The campaigns with every rule and their team; the mutations return the whole campaign, so the cache follows. */
export function useAdminCampaigns(includeArchived = false) {
  const query = useQuery(AdminCampaignSettingsDocument, { variables: { includeArchived } });
  // A new campaign, or one archived, changes the list: read it again.
  const [createCampaign] = useMutation(CreateCampaignDocument, { refetchQueries: [AdminCampaignSettingsDocument] });
  const [closeCampaign] = useMutation(CloseCampaignDocument);
  const [archiveCampaign] = useMutation(ArchiveCampaignDocument, { refetchQueries: [AdminCampaignSettingsDocument] });
  const [updateSettings] = useMutation(UpdateCampaignSettingsDocument);
  const [addMember] = useMutation(AddCampaignMemberDocument);
  const [removeMember] = useMutation(RemoveCampaignMemberDocument);
  return {
    campaigns: query.data?.campaigns.edges.map((edge) => edge.node) ?? null,
    total: query.data?.campaigns.totalCount ?? 0,
    hasMore: query.data?.campaigns.pageInfo.hasNextPage ?? false,
    /** The next page of campaigns (twenty at a time: each brings its whole team and rules), appended. */
    loadMore: () =>
      query.fetchMore({
        variables: { after: query.data?.campaigns.pageInfo.endCursor, includeArchived },
        updateQuery: (previous, { fetchMoreResult }) => ({
          campaigns: {
            ...fetchMoreResult.campaigns,
            edges: [...previous.campaigns.edges, ...fetchMoreResult.campaigns.edges],
          },
        }),
      }),
    error: query.error,
    refetch: query.refetch,
    updateSettings,
    addMember,
    removeMember,
    createCampaign,
    closeCampaign,
    archiveCampaign,
  };
}
