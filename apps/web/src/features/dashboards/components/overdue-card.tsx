import { Anchor, Badge, Card, Group, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { IconAlarm } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../../lib/i18n/format';
import type { PipelineDashboard } from '../api/use-pipeline-dashboard';

const SHOWN = 5;

/** Deals past their due time: how many, what is at stake, and the worst few with their rep. */
export function OverdueCard({ overdue, onOpen }: { overdue: PipelineDashboard['overdue']; onOpen: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const shown = overdue.deals.slice(0, SHOWN);
  return (
    <Card component="section" aria-labelledby="overdue-title" h="100%" padding="md">
      <Group gap={6} wrap="nowrap">
        <IconAlarm size={18} aria-hidden />
        <Title order={2} size="h5" id="overdue-title">
          {t('dashboard.overdue.title')}
        </Title>
      </Group>
      <Group gap="sm" align="baseline" mt="sm" wrap="nowrap">
        <UnstyledButton onClick={onOpen} aria-label={t('dashboard.overdue.open', { count: overdue.count })} disabled={overdue.count === 0}>
          <Text fz={40} fw={750} lh={1.1} c={overdue.count > 0 ? 'red.8' : 'teal.8'} td={overdue.count > 0 ? 'underline' : undefined} data-testid="overdue-count">
            {format.number(overdue.count)}
          </Text>
        </UnstyledButton>
        {overdue.count > 0 && (
          <Text size="sm" c="dimmed">
            {t('dashboard.overdue.atStake', { amount: format.money(overdue.monthlyValue, { compact: true }) })}
          </Text>
        )}
      </Group>
      {overdue.count === 0 ? (
        <Text size="sm" c="dimmed" mt={4}>
          {t('dashboard.overdue.none')}
        </Text>
      ) : (
        <Stack component="ol" gap={4} mt="xs" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('dashboard.overdue.list')}>
          {shown.map((deal) => (
            <Group component="li" key={deal.opportunityId} justify="space-between" wrap="nowrap" gap="xs">
              <Stack gap={0} miw={0}>
                {/* A long name wraps rather than being cut: the whole name is read. */}
                <Anchor component={Link} to={`/accounts/${deal.accountId}`} size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
                  {deal.accountName}
                </Anchor>
                <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                  {deal.owner?.name ?? t('dashboard.overdue.unassigned')} · {t(`domain.stage.${deal.stage}`)}
                </Text>
              </Stack>
              <Badge color="red" variant="light" style={{ flexShrink: 0 }}>
                {t('dashboard.overdue.hours', { count: Math.round(deal.hoursOverdue) })}
              </Badge>
            </Group>
          ))}
        </Stack>
      )}
      {overdue.count > shown.length && (
        // After the list, not in it: an <ol> holds only <li>.
        <Anchor component="button" type="button" size="sm" onClick={onOpen} ta="left" mt={4}>
          {t('dashboard.overdue.more', { count: overdue.count - shown.length })}
        </Anchor>
      )}
    </Card>
  );
}
