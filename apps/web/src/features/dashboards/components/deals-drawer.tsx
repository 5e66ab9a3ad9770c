import { Anchor, Badge, Drawer, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState, ErrorState, LoadingState } from '../../../components/page-states';
import { errorMessage } from '../../../lib/apollo/errors';
import { useFormat } from '../../../lib/i18n/format';
import { dealsExportUrl, useDashboardDeals, type DealsFilter } from '../api/use-dashboard-deals';
import { ExportButton } from '../../../components/export-button';

/** The deals behind a figure of the dashboard, each linking to its account. */
export function DealsDrawer({
  campaignId,
  filter,
  timeZone,
  onClose,
}: {
  campaignId: string;
  filter: DealsFilter | null;
  timeZone: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const { deals, totalCount, error, refetch } = useDashboardDeals(campaignId, filter);
  const title = !filter
    ? ''
    : filter.kind === 'stage'
      ? t(filter.stage === 'won' ? 'dashboard.deals.won' : 'dashboard.deals.stage', { stage: t(`domain.stage.${filter.stage}`) })
      : filter.kind === 'overdue'
        ? t('dashboard.deals.overdue')
        : filter.kind === 'cycle'
          ? t('dashboard.deals.cycle', { bucket: filter.label })
          : t('dashboard.deals.owner', { name: filter.name });
  return (
    <Drawer opened={!!filter} onClose={onClose} title={title} position="right" size="md" closeButtonProps={{ 'aria-label': t('dashboard.deals.close') }}>
      {error ? (
        <ErrorState onRetry={() => void refetch()}>{t('dashboard.deals.error', { message: errorMessage(error) })}</ErrorState>
      ) : !deals ? (
        <LoadingState label={t('dashboard.deals.loading')} />
      ) : deals.length === 0 ? (
        <EmptyState>{t('dashboard.deals.empty')}</EmptyState>
      ) : (
        <Stack gap="xs">
          <Group justify="space-between" align="center" gap="xs">
            <Text size="sm" c="dimmed">
              {t('dashboard.deals.count', { count: totalCount })}
            </Text>
            {filter && (
              <ExportButton size="xs" url={dealsExportUrl(campaignId, filter)} fallbackName="lifeboat-deals.csv">
                {t('accounts.export')}
              </ExportButton>
            )}
          </Group>
          <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }} aria-label={title}>
            {deals.map((deal) => (
              <Stack component="li" key={deal.id} gap={2} py={6} style={{ borderBottom: '1px solid var(--mantine-color-gray-2)' }}>
                <Group justify="space-between" wrap="nowrap" gap="xs">
                  <Anchor component={Link} to={`/accounts/${deal.account.id}`} fw={600} size="sm" onClick={onClose}>
                    {deal.account.name}
                  </Anchor>
                  <Badge variant="light" color={deal.overdue ? 'red' : 'gray'}>
                    {t(`domain.stage.${deal.stage}`)}
                  </Badge>
                </Group>
                <Text size="xs" c="dimmed">
                  {[
                    deal.account.owner?.name ?? t('dashboard.deals.unassigned'),
                    t('dashboard.deals.perMonth', { amount: format.money(deal.monthlyValue) }),
                    deal.dueAt
                      ? t(deal.overdue ? 'dashboard.deals.overdueSince' : 'dashboard.deals.due', {
                          date: format.dateTime(deal.dueAt, timeZone),
                        })
                      : null,
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </Text>
              </Stack>
            ))}
          </Stack>
        </Stack>
      )}
    </Drawer>
  );
}
