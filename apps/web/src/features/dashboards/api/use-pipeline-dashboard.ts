import { useQuery, useSubscription } from '@apollo/client/react';
import { DashboardRefreshDocument, PipelineDashboardDocument, type PipelineDashboardQuery } from '../../../gql/graphql';
import { useLiveEnabled } from '../../../lib/live/live-context';

export type PipelineDashboard = PipelineDashboardQuery['pipelineDashboard'];

/** How often the figures are read again when there is no live connection (the route tests' client). */
export const DASHBOARD_POLL_MS = 30_000;

/**
 * One campaign's dashboard, read again after each change to the campaign (the `dashboardRefresh`
 * subscription: a move, a claim, an import, a distress event…); without a live connection, every 30 s.
 */
export function usePipelineDashboard(campaignId: string | null) {
  const live = useLiveEnabled();
  const query = useQuery(PipelineDashboardDocument, {
    variables: { campaignId: campaignId ?? '' },
    skip: !campaignId,
    pollInterval: live ? 0 : DASHBOARD_POLL_MS,
    notifyOnNetworkStatusChange: false,
  });
  const { refetch } = query;
  useSubscription(DashboardRefreshDocument, {
    variables: { campaignId: campaignId ?? '' },
    skip: !live || !campaignId,
    onData: () => void refetch(),
  });
  return { dashboard: query.data?.pipelineDashboard ?? null, error: query.error, refetch: query.refetch };
}
