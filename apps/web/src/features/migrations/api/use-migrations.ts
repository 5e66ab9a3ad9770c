import { useMutation, useQuery } from '@apollo/client/react';
import {
  MigrationPlanDocument,
  MigrationsDocument,
  SetMigrationPlanCapacityDocument,
  UpdateMigrationCutoverDocument,
  type MigrationPlanQuery,
  type MigrationsQuery,
} from '../../../gql/graphql';

export type MigrationPlan = MigrationPlanQuery['migrationPlan'];
export type PlanWeek = MigrationPlan['weeks'][number];
export type Placement = MigrationPlan['placements'][number];
export type MigrationItem = MigrationsQuery['migrations']['edges'][number]['node'];

/** Migrations per page of the list (the api's default page size). */
export const MIGRATIONS_PAGE_SIZE = 50;

/**
 * The campaign's migration plan (weeks, load against the capacity, who would go dark) and its
 * migrations. `MigrationPlan` has no id, so Apollo cannot update it from a mutation's answer
 * by itself: setting the capacity writes the plan it answers in its place, and moving a cutover
 * reads the plan again.
 */
export function useMigrations(campaignId: string | null) {
  const plan = useQuery(MigrationPlanDocument, { variables: { campaignId: campaignId ?? '' }, skip: !campaignId, notifyOnNetworkStatusChange: false });
  const list = useQuery(MigrationsDocument, {
    variables: { campaignId: campaignId ?? '', first: MIGRATIONS_PAGE_SIZE },
    skip: !campaignId,
    notifyOnNetworkStatusChange: false,
  });
  const [setCapacity, settingCapacity] = useMutation(SetMigrationPlanCapacityDocument);
  const [updateMigration] = useMutation(UpdateMigrationCutoverDocument);

  return {
    plan: plan.data?.migrationPlan ?? null,
    planError: plan.error,
    refetchPlan: () => plan.refetch(),
    migrations: list.data?.migrations.edges.map((edge) => edge.node) ?? null,
    total: list.data?.migrations.totalCount ?? 0,
    hasMore: list.data?.migrations.pageInfo.hasNextPage ?? false,
    listError: list.error,
    refetchList: () => list.refetch(),
    /** The next page of migrations, appended. */
    loadMore: () =>
      list.fetchMore({
        variables: { after: list.data?.migrations.pageInfo.endCursor },
        updateQuery: (previous, { fetchMoreResult }) => ({
          migrations: { ...fetchMoreResult.migrations, edges: [...previous.migrations.edges, ...fetchMoreResult.migrations.edges] },
        }),
      }),
    /** Sets the weekly capacity against the campaign version the plan was read at; the plan it answers replaces the one shown. */
    setCapacity: (current: MigrationPlan, weeklyCapacity: number) =>
      setCapacity({
        variables: { input: { campaignId: current.campaign.id, expectedVersion: current.campaign.version, weeklyCapacity } },
        update: (cache, { data }) => {
          if (!data || !campaignId) return;
          cache.writeQuery({ query: MigrationPlanDocument, variables: { campaignId }, data: { migrationPlan: data.setMigrationCapacity.migrationPlan } });
        },
      }),
    settingCapacity: settingCapacity.loading,
    /** Moves a migration's target cutover (the migration's answer updates its row), then reads the plan again. */
    moveCutover: async (migration: Pick<MigrationItem, 'id' | 'version'>, targetCutoverAt: string) => {
      const result = await updateMigration({ variables: { input: { migrationId: migration.id, expectedVersion: migration.version, targetCutoverAt } } });
      // Saved either way: a plan that cannot be read again shows as the plan's error.
      await plan.refetch().catch(() => undefined);
      return result;
    },
  };
}
