import { Anchor, Card, Group, List, Text, Title } from '@mantine/core';
import { IconPlugConnectedX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PipelineDashboard } from '../api/use-pipeline-dashboard';

const SHOWN = 6;

/** Won customers whose migration would be cut over after the rival's shutdown: they would go dark. The plan itself is on /migrations. */
export function GoDarkCard({ plan }: { plan: PipelineDashboard['migrationPlan'] }) {
  const { t } = useTranslation();
  const shown = plan.willGoDarkAccounts.slice(0, SHOWN);
  const more = plan.willGoDark - shown.length;
  return (
    <Card component="section" aria-labelledby="go-dark-title" h="100%" padding="md">
      <Group gap={6} wrap="nowrap">
        <IconPlugConnectedX size={18} aria-hidden />
        <Title order={2} size="h5" id="go-dark-title">
          {t('dashboard.goDark.title')}
        </Title>
      </Group>
      <Group gap="sm" align="baseline" mt="sm" wrap="nowrap">
        <Text fz={40} fw={750} lh={1.1} c={plan.willGoDark > 0 ? 'red.8' : 'teal.8'} data-testid="go-dark-count">
          {plan.willGoDark}
        </Text>
        <Text size="sm" c="dimmed">
          {t('dashboard.goDark.of', { count: plan.planned })}
        </Text>
      </Group>
      {plan.willGoDark === 0 ? (
        <Text size="sm" c="dimmed" mt={4}>
          {t('dashboard.goDark.none')}
        </Text>
      ) : (
        <List size="sm" mt="xs" spacing={2} aria-label={t('dashboard.goDark.list')}>
          {shown.map((name) => (
            <List.Item key={name}>{name}</List.Item>
          ))}
          {more > 0 && <List.Item c="dimmed">{t('dashboard.goDark.more', { count: more })}</List.Item>}
        </List>
      )}
      {plan.overCapacityWeeks > 0 && (
        <Text size="xs" c="orange.8" fw={600} mt="xs">
          {t('dashboard.goDark.overCapacity', { count: plan.overCapacityWeeks })}
        </Text>
      )}
      <Anchor component={Link} to="/migrations" size="sm" mt="xs" display="block">
        {t('dashboard.goDark.plan')}
      </Anchor>
    </Card>
  );
}
