import { useMutation, useQuery } from '@apollo/client/react';
import {
  AddShutdownScenarioDocument,
  RemoveShutdownScenarioDocument,
  RivalShutdownScenariosDocument,
  ShutdownScenarioImpactsDocument,
  UpdateShutdownScenarioDocument,
  type AddShutdownScenarioInput,
  type ShutdownScenarioFieldsFragment,
  type UpdateShutdownScenarioInput,
  type ShutdownScenarioImpactsQuery,
} from '../../../gql/graphql';

export type ShutdownScenario = ShutdownScenarioFieldsFragment;
export type ScenarioImpact = ShutdownScenarioImpactsQuery['migrationPlan']['shutdownScenarios'][number];

/** After a change the rival's date, its countdown and every plan may have moved: those queries are read again. */
const AFTER_CHANGE = ['RivalShutdownScenarios', 'RivalWatch', 'ShutdownScenarioImpacts', 'MigrationPlan', 'PipelineDashboard'];

/** A rival's scenarios, by date, and the mutations a manager changes them with. */
export function useShutdownScenarios(rivalId: string) {
  const query = useQuery(RivalShutdownScenariosDocument, { variables: { id: rivalId }, skip: !rivalId });
  const node = query.data?.node;
  const scenarios = node && node.__typename === 'Rival' ? node.shutdownScenarios : null;
  const [add, adding] = useMutation(AddShutdownScenarioDocument, { refetchQueries: AFTER_CHANGE });
  const [update, updating] = useMutation(UpdateShutdownScenarioDocument, { refetchQueries: AFTER_CHANGE });
  const [remove, removing] = useMutation(RemoveShutdownScenarioDocument, { refetchQueries: AFTER_CHANGE });
  return {
    scenarios,
    error: query.error,
    loading: query.loading,
    busy: adding.loading || updating.loading || removing.loading,
    add: (input: AddShutdownScenarioInput) => add({ variables: { input } }),
    update: (input: UpdateShutdownScenarioInput) => update({ variables: { input } }),
    remove: (id: string, expectedVersion: number) => remove({ variables: { input: { id, expectedVersion } } }),
  };
}

/** What goes dark in each scenario for one campaign (from its migration plan). */
export function useScenarioImpacts(campaignId: string | null) {
  const query = useQuery(ShutdownScenarioImpactsDocument, { variables: { campaignId: campaignId ?? '' }, skip: !campaignId });
  return { impacts: query.data?.migrationPlan.shutdownScenarios ?? null, error: query.error, loading: query.loading };
}
