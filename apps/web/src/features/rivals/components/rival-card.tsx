import { Anchor, Badge, Card, Group, List, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../../lib/i18n/format';
import type { RivalSummary } from '../api/use-all-rivals';
import { ShutdownCountdown } from './shutdown-countdown';

const HEALTH_COLOR: Record<RivalSummary['health'], string> = {
  operating: 'gray',
  distressed: 'yellow',
  insolvent: 'orange',
  liquidating: 'red',
  shut_down: 'dark',
};

/** One rival: how far gone, when its network may go dark, what happened to it. */
export function RivalCard({ rival, now }: { rival: RivalSummary; now: Date }) {
  const { t } = useTranslation();
  const format = useFormat();
  const headingId = `rival-${rival.id}`;
  return (
    <Card component="li" className="rival-card" aria-labelledby={headingId}>
      <Group gap="sm" align="center" wrap="wrap">
        <Title order={2} size="h4" id={headingId}>
          {/* The rival's own page: its full timeline with sources, and where managers record events. */}
          <Anchor component={Link} to={`/rivals/${rival.id}`} inherit>
            {rival.name}
          </Anchor>
        </Title>
        <Badge color={HEALTH_COLOR[rival.health]} variant={rival.health === 'shut_down' ? 'filled' : 'light'}>
          {t(`rivals.health.${rival.health}`)}
        </Badge>
        <Text c="dimmed" size="sm">
          {rival.country}
        </Text>
      </Group>
      <ShutdownCountdown shutdownAt={rival.shutdownExpectedAt} now={now} />
      {rival.services.length > 0 && (
        <Text c="dimmed" size="sm">
          {t('rivals.sells', { services: format.list(rival.services.map((s) => t(`domain.service.${s}`))) })}
        </Text>
      )}
      {rival.claimedAvailabilityPercent != null && (
        <Text c="dimmed" size="sm">
          {t('rivals.claimsAvailability', { percent: rival.claimedAvailabilityPercent.toLocaleString(format.language) })}
        </Text>
      )}
      {rival.distressEvents.length > 0 && (
        <List
          type="ordered"
          component="ol"
          size="sm"
          mt="xs"
          spacing={4}
          listStyleType="none"
          aria-label={t('rivals.timeline', { name: rival.name })}
        >
          {rival.distressEvents.map((event) => (
            <List.Item key={event.id}>
              <Text span size="sm" c="dimmed">
                <time dateTime={event.occurredAt}>{format.shortDate(event.occurredAt)}</time>
              </Text>{' '}
              <Text span fw={600} size="sm">
                {t(`domain.distress.${event.kind}`)}
              </Text>{' '}
              — {event.summary}
            </List.Item>
          ))}
        </List>
      )}
    </Card>
  );
}
