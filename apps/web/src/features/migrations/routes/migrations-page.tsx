import { Alert, Box, Button, Card, Grid, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState, ErrorState, LoadingState } from '../../../components/page-states';
import { errorMessage } from '../../../lib/apollo/errors';
import { OneCampaignSelect } from '../../../lib/campaigns/one-campaign-select';
import { useOneCampaign } from '../../../lib/campaigns/use-campaigns';
import { useFormat } from '../../../lib/i18n/format';
import { useNow } from '../../../lib/use-now';
import { useMigrations, type MigrationPlan } from '../api/use-migrations';
import { CapacityForm } from '../components/capacity-form';
import { GoDarkAlert } from '../components/go-dark-alert';
import { ScenarioImpactCard } from '../../shutdown-scenarios';
import { MigrationsTable } from '../components/migrations-table';
import { PlanWeeksTable } from '../components/plan-weeks-table';
import { cutoverOn, localDay } from '../lib/cutover-date';

// recharts is heavy: the figures, the customers that would go dark and the lists paint before it arrives.
const MigrationPlanChart = lazy(() => import('../components/migration-plan-chart'));

function Figure({ label, value, alarm }: { label: string; value: number; alarm: boolean }) {
  const format = useFormat();
  return (
    // Each figure is a term and its value.
    <Card component="dl" padding="sm" m={0}>
      <Text component="dt" size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text component="dd" m={0} fz={28} fw={750} lh={1.2} c={alarm ? 'red.8' : undefined}>
        {format.number(value)}
      </Text>
    </Card>
  );
}

/** What `migrationPlan` reports, in four figures. */
function PlanFigures({ plan }: { plan: MigrationPlan }) {
  const { t } = useTranslation();
  const late = plan.placements.filter((p) => p.late).length;
  const dark = plan.willGoDarkMigrationIds.length;
  return (
    <Box component="section" aria-label={t('migrations.figures.title')}>
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
        <Figure label={t('migrations.figures.planned')} value={plan.placements.length} alarm={false} />
        <Figure label={t('migrations.figures.late')} value={late} alarm={late > 0} />
        <Figure label={t('migrations.figures.goDark')} value={dark} alarm={dark > 0} />
        <Figure label={t('migrations.figures.overCapacity')} value={plan.overCapacityWeeks} alarm={plan.overCapacityWeeks > 0} />
      </SimpleGrid>
    </Box>
  );
}

/**
 * "Will every won customer cut over before the rival goes dark?" — one campaign's migration
 * plan for its managers: the weeks against the weekly capacity, the customers that would go dark,
 * the capacity to set, and every migration with a cutover to move. Each change shows the plan
 * it gives.
 */
export function MigrationsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const now = useNow(60_000);
  const { campaigns, campaignId, chosen, setCampaignId, error: campaignsError } = useOneCampaign();
  const data = useMigrations(campaignId);
  const { plan, migrations } = data;
  const [capacityConflict, setCapacityConflict] = useState(false);

  const heading = (
    <Group justify="space-between" align="flex-end" wrap="wrap" gap="xs">
      <div>
        <Title order={1} id="migrations-title">
          {t('migrations.title')}
          {plan ? ` · ${plan.campaign.name}` : ''}
        </Title>
        {plan && (
          <Text c="dimmed" size="sm">
            {plan.rivalShutdownExpectedAt
              ? t('migrations.shutdown', { rival: plan.campaign.rival.name, date: format.dateTime(plan.rivalShutdownExpectedAt, plan.timeZone) })
              : t('migrations.noShutdown', { rival: plan.campaign.rival.name })}
          </Text>
        )}
      </div>
      <OneCampaignSelect label={t('migrations.campaign')} campaigns={campaigns} campaignId={campaignId} chosen={chosen} onChange={setCampaignId} />
    </Group>
  );

  let body;
  if (campaignsError && !campaigns) {
    body = <ErrorState>{t('migrations.error', { message: errorMessage(campaignsError) })}</ErrorState>;
  } else if (campaigns && campaigns.length === 0) {
    body = <EmptyState>{t('migrations.noCampaign')}</EmptyState>;
  } else if (data.planError && !plan) {
    body = <ErrorState onRetry={() => void data.refetchPlan()}>{t('migrations.error', { message: errorMessage(data.planError) })}</ErrorState>;
  } else if (!plan || !campaignId) {
    body = <LoadingState label={t('migrations.loading')} />;
  } else {
    const reload = () => {
      void data.refetchPlan();
      void data.refetchList();
    };
    body = (
      <>
        <PlanFigures plan={plan} />
        <GoDarkAlert plan={plan} />
        <ScenarioImpactCard campaignId={campaignId} />
        <Grid gap="md">
          <Grid.Col span={{ base: 12, md: 4 }}>
            <Stack gap="sm">
              {capacityConflict && (
                <Alert color="orange" variant="light" role="alert" title={t('migrations.capacity.conflictTitle')}>
                  <Text size="sm">{t('migrations.capacity.conflict', { capacity: plan.weeklyCapacity })}</Text>
                </Alert>
              )}
              {/* A new version (saved here, or read again after a conflict) starts the field afresh from the campaign's capacity. */}
              <CapacityForm
                key={`${plan.campaign.id}:${plan.campaign.version}`}
                plan={plan}
                saving={data.settingCapacity}
                onSave={async (capacity) => {
                  await data.setCapacity(plan, capacity);
                  setCapacityConflict(false);
                }}
                onConflict={() => {
                  setCapacityConflict(true);
                  void data.refetchPlan();
                }}
              />
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 8 }}>
            <Card component="section" aria-labelledby="plan-chart-title" padding="md">
              <Title order={2} size="h5" id="plan-chart-title">
                {t('migrations.chart.title')}
              </Title>
              <Text size="xs" c="dimmed">
                {t('migrations.chart.subtitle', { capacity: plan.weeklyCapacity })}
              </Text>
              {plan.weeks.length === 0 ? (
                <Text size="sm" c="dimmed" mt="sm">
                  {t('migrations.chart.empty')}
                </Text>
              ) : (
                <>
                  <Suspense fallback={<LoadingState label={t('migrations.chart.loading')} />}>
                    <MigrationPlanChart plan={plan} />
                  </Suspense>
                  <PlanWeeksTable plan={plan} />
                </>
              )}
            </Card>
          </Grid.Col>
        </Grid>
        <Card component="section" aria-labelledby="migrations-list-title" padding="md">
          <Title order={2} size="h5" id="migrations-list-title">
            {t('migrations.list.title')}
          </Title>
          <Text size="xs" c="dimmed" mb="xs">
            {t('migrations.list.hint')}
          </Text>
          {data.listError && !migrations ? (
            <ErrorState onRetry={() => void data.refetchList()}>{t('migrations.list.error', { message: errorMessage(data.listError) })}</ErrorState>
          ) : !migrations ? (
            <LoadingState label={t('migrations.list.loading')} />
          ) : migrations.length === 0 ? (
            <EmptyState>{t('migrations.list.empty')}</EmptyState>
          ) : (
            <>
              <MigrationsTable
                migrations={migrations}
                placements={plan.placements}
                timeZone={plan.timeZone}
                today={localDay(now.toISOString(), plan.timeZone)}
                onMove={(migration, day) => data.moveCutover(migration, cutoverOn(day, plan.timeZone))}
                onConflict={reload}
              />
              {data.hasMore && (
                <Group justify="center" mt="sm">
                  <Button variant="light" onClick={() => void data.loadMore()}>
                    {t('migrations.list.more', { shown: migrations.length, total: data.total })}
                  </Button>
                </Group>
              )}
            </>
          )}
        </Card>
      </>
    );
  }

  return (
    <Stack component="section" aria-labelledby="migrations-title" gap="md">
      {heading}
      {body}
    </Stack>
  );
}

export default MigrationsPage;
