import { useQuery } from '@apollo/client/react';
import { PipelineDashboardDocument, type PipelineDashboardQuery } from '../../../gql/graphql';

export type PipelineDashboard = PipelineDashboardQuery['pipelineDashboard'];

/**
 * How often the figures are read again. The web's Apollo client has no WebSocket link, so the
 * `dashboardRefresh` subscription cannot be used: polling keeps the screen live instead.
 */
export const DASHBOARD_POLL_MS = 30_000;

/** One campaign's dashboard, read again every 30 s while the screen is open. */
export function usePipelineDashboard(campaignId: string | null) {
  const query = useQuery(PipelineDashboardDocument, {
    variables: { campaignId: campaignId ?? '' },
    skip: !campaignId,
    pollInterval: DASHBOARD_POLL_MS,
    notifyOnNetworkStatusChange: false,
  });
  return { dashboard: query.data?.pipelineDashboard ?? null, error: query.error, refetch: query.refetch };
}
