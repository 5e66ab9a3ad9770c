import { Alert, Anchor, Badge, Card, Group, List, Stack, Text, Timeline, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowLeft, IconExternalLink } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { EmptyState, ErrorState, LoadingState } from '../../../components/page-states';
import { ShutdownWarnings } from '../../../components/shutdown-warning';
import type { RivalHealth } from '../../../gql/graphql';
import { errorMessage } from '../../../lib/apollo/errors';
import { useAuth } from '../../../lib/auth/auth-context';
import { useFormat } from '../../../lib/i18n/format';
import { useDurationLabel } from '../../../components/countdown';
import { timeLeft } from '@lifeboat/shared';
import { useDistressEventImpact, useRecordDistressEvent, useRivalWatch, type DistressImpact } from '../api/use-rival-watch';
import { RecordEventForm } from '../components/record-event-form';
import { ScenarioList } from '../../shutdown-scenarios';
import { RivalOutagesSection } from '../components/rival-outages-section';
import { RivalSignals } from '../components/rival-signals';

const HEALTH_COLOR: Record<RivalHealth, string> = {
  operating: 'gray',
  distressed: 'yellow',
  insolvent: 'orange',
  liquidating: 'red',
  shut_down: 'dark',
};

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
}

interface Change {
  health: [RivalHealth, RivalHealth];
  shutdown: [string | null, string | null];
  /** The recorded event and what it changed as the mutation answered (usually still pending). */
  eventId: string | null;
  impact: DistressImpact | null;
}

/** How many accounts' urgency and deals' deadlines the event changed, polled until the recomputation has run. */
function ImpactItems({ eventId, initial }: { eventId: string | null; initial: DistressImpact | null }) {
  const { t, i18n } = useTranslation();
  const impact = useDistressEventImpact(eventId, initial);
  const n = (count: number) => ({ count, n: new Intl.NumberFormat(i18n.language).format(count) });
  if (!impact || impact.status === 'unknown') return null;
  if (impact.status !== 'done') return <List.Item>{t('rivalWatch.changed.pending')}</List.Item>;
  return (
    <>
      <List.Item data-testid="impact-urgency" data-count={impact.urgencyChanged}>
        {t('rivalWatch.changed.urgency', n(impact.urgencyChanged))}
      </List.Item>
      <List.Item data-testid="impact-deadlines" data-count={impact.deadlinesChanged}>
        {t('rivalWatch.changed.deadlines', n(impact.deadlinesChanged))}
      </List.Item>
      <List.Item data-testid="impact-recomputed" data-count={impact.accountsRecomputed}>
        {t('rivalWatch.changed.recomputed', n(impact.accountsRecomputed))}
      </List.Item>
    </>
  );
}

/** One rival watched closely: health, countdown, the distress timeline with sources; managers record events. */
export function RivalWatchPage({ now = new Date() }: { now?: Date }) {
  const { t } = useTranslation();
  const format = useFormat();
  const duration = useDurationLabel();
  const { id = '' } = useParams();
  const { user } = useAuth();
  const { rival, loaded, error, refetch } = useRivalWatch(id);
  const { record, busy } = useRecordDistressEvent();
  const [change, setChange] = useState<Change | null>(null);
  const canRecord = user?.role === 'manager' || user?.role === 'admin';

  const back = (
    <Anchor component={Link} to="/rivals" size="sm">
      <Group gap={4} component="span">
        <IconArrowLeft size={14} aria-hidden />
        {t('rivalWatch.back')}
      </Group>
    </Anchor>
  );

  if (error && !rival) {
    return (
      <Stack gap="md">
        {back}
        <ErrorState onRetry={() => void refetch()}>{t('rivalWatch.error', { message: errorMessage(error) })}</ErrorState>
      </Stack>
    );
  }
  if (!loaded) return <LoadingState label={t('rivalWatch.loading')} />;
  if (!rival) {
    return (
      <Stack gap="md">
        {back}
        <EmptyState>{t('rivalWatch.notFound')}</EmptyState>
      </Stack>
    );
  }

  const shutdownText = (iso: string | null) => (iso ? format.dateTime(iso) : t('rivalWatch.changed.none'));
  const left = rival.shutdownExpectedAt ? timeLeft(rival.shutdownExpectedAt, now) : null;
  const events = [...rival.distressEvents].sort((a, b) => b.occurredAt.localeCompare(a.occurredAt));

  return (
    <Stack component="section" aria-labelledby="rival-title" gap="md" maw={960}>
      {back}
      <Group gap="sm" align="center">
        <Title order={1} id="rival-title">
          {rival.name}
        </Title>
        <Badge size="lg" color={HEALTH_COLOR[rival.health]} variant={rival.health === 'shut_down' ? 'filled' : 'light'}>
          {t(`rivals.health.${rival.health}`)}
        </Badge>
        <Text c="dimmed">{rival.country}</Text>
      </Group>
      <Text fw={700} size="lg" c={left !== null && left.days < 14 ? 'red.8' : undefined}>
        {!rival.shutdownExpectedAt || left === null
          ? t('rivalWatch.noShutdown')
          : left.passed
            ? t('rivalWatch.darkSince', { date: format.date(rival.shutdownExpectedAt) })
            : t('rivalWatch.darkIn', { duration: duration(left.ms), date: format.date(rival.shutdownExpectedAt) })}
      </Text>
      <ShutdownWarnings rivalId={rival.id} />
      <ScenarioList rivalId={rival.id} canEdit={canRecord} />

      {change && (
        <Alert color="harbour" variant="light" title={t('rivalWatch.changed.title')} withCloseButton onClose={() => setChange(null)} role="status">
          <List size="sm" spacing={2}>
            {change.health[0] === change.health[1] && change.shutdown[0] === change.shutdown[1] ? (
              <List.Item>{t('rivalWatch.changed.unchanged')}</List.Item>
            ) : (
              <>
                {/* What did not move is said so, not shown as a change ("Liquidating → Liquidating", issue #20). */}
                <List.Item>
                  {change.health[0] === change.health[1]
                    ? t('rivalWatch.changed.healthSame', { health: t(`rivals.health.${change.health[1]}`) })
                    : t('rivalWatch.changed.health', {
                        before: t(`rivals.health.${change.health[0]}`),
                        after: t(`rivals.health.${change.health[1]}`),
                      })}
                </List.Item>
                <List.Item>
                  {change.shutdown[0] === change.shutdown[1]
                    ? t('rivalWatch.changed.shutdownSame', { shutdown: shutdownText(change.shutdown[1]) })
                    : t('rivalWatch.changed.shutdown', { before: shutdownText(change.shutdown[0]), after: shutdownText(change.shutdown[1]) })}
                </List.Item>
              </>
            )}
            <ImpactItems key={change.eventId ?? ''} eventId={change.eventId} initial={change.impact} />
          </List>
        </Alert>
      )}

      {canRecord && (
        <RecordEventForm
          key={rival.version}
          rivalId={rival.id}
          version={rival.version}
          busy={busy}
          onSubmit={async (input) => {
            const before = { health: rival.health, shutdown: rival.shutdownExpectedAt };
            try {
              const { data } = await record(input);
              const after = data?.recordDistressEvent.rival;
              const event = data?.recordDistressEvent.distressEvent;
              if (after) {
                setChange({
                  health: [before.health, after.health],
                  shutdown: [before.shutdown, after.shutdownExpectedAt],
                  eventId: event?.id ?? null,
                  impact: event?.impact ?? null,
                });
              }
              return true;
            } catch (e) {
              notifications.show({ color: 'red', message: t('rivalWatch.record.failed', { message: errorMessage(e) }) });
              return false;
            }
          }}
        />
      )}

      <RivalSignals rivalId={rival.id} canManage={canRecord} />

      <Card component="section" aria-labelledby="timeline-title" padding="md">
        <Title order={2} size="h4" id="timeline-title" mb="sm">
          {t('rivalWatch.timeline')}
        </Title>
        {events.length === 0 ? (
          <Text c="dimmed" size="sm">
            {t('rivalWatch.noEvents')}
          </Text>
        ) : (
          <Timeline bulletSize={14} lineWidth={2} aria-labelledby="timeline-title">
            {events.map((event) => (
              <Timeline.Item
                key={event.id}
                color={event.severity >= 4 ? 'red' : event.severity >= 3 ? 'orange' : 'gray'}
                title={
                  <Group gap="xs" wrap="wrap">
                    <Text fw={600} size="sm">
                      {t(`domain.distress.${event.kind}`)}
                    </Text>
                    <Badge size="xs" variant="light" color={event.severity >= 4 ? 'red' : 'gray'}>
                      {t('rivalWatch.severity', { severity: event.severity })}
                    </Badge>
                  </Group>
                }
              >
                <Text size="xs" c="dimmed">
                  <time dateTime={event.occurredAt}>{format.dateTime(event.occurredAt)}</time>
                </Text>
                <Text size="sm">{event.summary}</Text>
                {event.announcedShutdownAt && (
                  <Text size="sm" c="red.8">
                    {t('rivalWatch.announces', { date: format.date(event.announcedShutdownAt) })}
                  </Text>
                )}
                {event.sourceUrl && (
                  <Anchor href={event.sourceUrl} target="_blank" rel="noopener noreferrer" size="xs">
                    <Group gap={2} component="span">
                      {t('rivalWatch.source', { host: hostOf(event.sourceUrl) })}
                      <IconExternalLink size={12} aria-hidden />
                    </Group>
                  </Anchor>
                )}
              </Timeline.Item>
            ))}
          </Timeline>
        )}
      </Card>

      <RivalOutagesSection rivalId={rival.id} services={rival.services} canRecord={canRecord} now={now} />
    </Stack>
  );
}

export default RivalWatchPage;
