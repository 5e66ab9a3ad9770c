import { Button, Group, Menu, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconChevronDown, IconDownload } from '@tabler/icons-react';
import { useCsvDownload } from '../../../components/export-button';
import { exportUrl } from '../../../lib/files/exports';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState, ErrorState, LoadingState } from '../../../components/page-states';
import { ShutdownWarnings } from '../../../components/shutdown-warning';
import { errorMessage } from '../../../lib/apollo/errors';
import { OneCampaignSelect } from '../../../lib/campaigns/one-campaign-select';
import { useOneCampaign } from '../../../lib/campaigns/use-campaigns';
import { useFormat } from '../../../lib/i18n/format';
import type { DealsFilter } from '../api/use-dashboard-deals';
import { usePipelineDashboard } from '../api/use-pipeline-dashboard';
import { DashboardTables } from '../components/dashboard-tables';
import { DealsDrawer } from '../components/deals-drawer';
import { GoDarkCard } from '../components/go-dark-card';
import { formatPercent } from '../components/number-format';
import { OverdueCard } from '../components/overdue-card';
import { RepTable } from '../components/rep-table';
import { ShutdownCard } from '../components/shutdown-card';
import { ScenarioImpactCard } from '../../shutdown-scenarios';

// recharts is most of the dashboard's weight: the figures at the top paint before it arrives.
const DashboardCharts = lazy(() => import('../components/dashboard-charts'));

/**
 * "Will we win the rival's customers before its network goes dark?" — one campaign at a glance:
 * the countdown, the overdue deals and the customers that would go dark first, then the charts,
 * the reps, and the other figures as compact tables.
 */
export function DashboardPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { campaigns, campaignId, chosen, setCampaignId, error: campaignsError } = useOneCampaign();
  const { dashboard, error, refetch } = usePipelineDashboard(campaignId);
  const [filter, setFilter] = useState<DealsFilter | null>(null);

  const heading = (
    <Group justify="space-between" align="flex-end" wrap="wrap" gap="xs">
      <div>
        <Title order={1} id="dashboard-title">
          {t('dashboard.title')}
          {dashboard ? ` · ${dashboard.campaign.name}` : ''}
        </Title>
        {dashboard && (
          <Text c="dimmed" size="sm">
            {t('dashboard.subtitle', { rival: dashboard.shutdown.rival.name })}{' '}
            <Text span size="xs" c="dimmed">
              {t('dashboard.updated', { time: format.dateTime(dashboard.asOf, dashboard.timeZone) })}
            </Text>
          </Text>
        )}
      </div>
      <Group gap="xs" align="flex-end" wrap="wrap">
        {campaignId && <CampaignExports campaignId={campaignId} />}
        <OneCampaignSelect label={t('dashboard.campaign')} campaigns={campaigns} campaignId={campaignId} chosen={chosen} onChange={setCampaignId} />
      </Group>
    </Group>
  );

  let body;
  if (campaignsError && !campaigns) {
    body = <ErrorState>{t('dashboard.error', { message: errorMessage(campaignsError) })}</ErrorState>;
  } else if (campaigns && campaigns.length === 0) {
    body = <EmptyState>{t('dashboard.noCampaign')}</EmptyState>;
  } else if (error && !dashboard) {
    body = <ErrorState onRetry={() => void refetch()}>{t('dashboard.error', { message: errorMessage(error) })}</ErrorState>;
  } else if (!dashboard || !campaignId) {
    body = <LoadingState label={t('dashboard.loading')} />;
  } else {
    const { openPipeline, capture } = dashboard;
    body = (
      <>
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
          <ShutdownCard shutdown={dashboard.shutdown} timeZone={dashboard.timeZone} forecastHref={`/campaigns/${dashboard.campaign.id}/forecast`} />
          <OverdueCard overdue={dashboard.overdue} onOpen={() => setFilter({ kind: 'overdue' })} />
          <GoDarkCard plan={dashboard.migrationPlan} />
        </SimpleGrid>
        <ScenarioImpactCard campaignId={campaignId} />
        <Group gap="lg" wrap="wrap">
          <Text size="sm">
            {t('dashboard.summary.pipeline', {
              deals: openPipeline.deals,
              monthly: format.money(openPipeline.monthlyValue, { compact: true }),
              weighted: format.money(openPipeline.weightedValue, { compact: true }),
            })}
          </Text>
          <Text size="sm">
            {t('dashboard.summary.capture', {
              won: capture.won.accounts,
              total: capture.total.accounts,
              share: formatPercent(capture.wonShareOfSpend ?? 0, format.language),
            })}
          </Text>
        </Group>
        <Suspense fallback={<LoadingState label={t('dashboard.chartsLoading')} />}>
          <DashboardCharts
            dashboard={dashboard}
            onStage={(stage) => setFilter({ kind: 'stage', stage })}
            onCycleBucket={(bucket, label) =>
              setFilter({ kind: 'cycle', fromDays: bucket.fromDays, from: dashboard.period.from, to: dashboard.period.to, label })
            }
          />
        </Suspense>
        <RepTable reps={dashboard.reps} onOpen={(rep) => setFilter({ kind: 'owner', ownerId: rep.id, name: rep.name })} />
        <DashboardTables dashboard={dashboard} />
        <DealsDrawer campaignId={campaignId} filter={filter} timeZone={dashboard.timeZone} onClose={() => setFilter(null)} />
      </>
    );
  }

  return (
    <Stack component="section" aria-labelledby="dashboard-title" gap="md">
      {heading}
      {campaignId && <ShutdownWarnings campaignIds={[campaignId]} />}
      {body}
    </Stack>
  );
}

export default DashboardPage;

/** The campaign's deals and activities as CSV files the api writes (one menu: the figures stay above the fold). */
function CampaignExports({ campaignId }: { campaignId: string }) {
  const { t } = useTranslation();
  const { download, busy } = useCsvDownload();
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button variant="default" leftSection={<IconDownload size={16} aria-hidden />} rightSection={<IconChevronDown size={14} aria-hidden />} loading={busy}>
          {t('exports.menu')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item onClick={() => void download(exportUrl('deals', { campaignId }), 'lifeboat-deals.csv')}>{t('exports.deals')}</Menu.Item>
        <Menu.Item onClick={() => void download(exportUrl('activities', { campaignId }), 'lifeboat-activities.csv')}>{t('exports.activities')}</Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
