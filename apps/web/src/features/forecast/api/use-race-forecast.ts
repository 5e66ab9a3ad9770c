import { useQuery } from '@apollo/client/react';
import { RaceForecastDocument, type RaceForecastQuery } from '../../../gql/graphql';

export type RaceForecast = RaceForecastQuery['raceForecast'];
export type RaceForecastScenario = RaceForecast['scenarios'][number];

/** The campaign's race forecast for a staffing target (the api keeps an answer a minute while nothing changes). */
export function useRaceForecast(campaignId: string, targetSharePercent: number) {
  const query = useQuery(RaceForecastDocument, { variables: { campaignId, targetSharePercent }, notifyOnNetworkStatusChange: false });
  return { forecast: query.data?.raceForecast ?? null, loading: query.loading, error: query.error, refetch: query.refetch };
}
