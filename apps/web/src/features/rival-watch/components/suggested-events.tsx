import { Anchor, Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconExternalLink } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../lib/apollo/errors';
import { useFormat } from '../../../lib/i18n/format';
import type { SuggestedEvent } from '../api/use-rival-signals';

const STATUS_COLOR = { pending: 'yellow', confirmed: 'green', dismissed: 'gray' } as const;

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
}

/** What the rival's feeds suggest happened, pending first: a manager confirms (one click) or dismisses each. */
export function SuggestedEvents({
  suggestions,
  canManage,
  onConfirm,
  onDismiss,
}: {
  suggestions: readonly SuggestedEvent[];
  canManage: boolean;
  onConfirm: (id: string) => Promise<unknown>;
  onDismiss: (id: string) => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const [busy, setBusy] = useState<string | null>(null);
  const act = async (id: string, action: (id: string) => Promise<unknown>) => {
    setBusy(id);
    try {
      await action(id);
    } catch (e) {
      notifications.show({ color: 'red', message: t('rivalSignals.failed', { message: errorMessage(e) }) });
    } finally {
      setBusy(null);
    }
  };
  const pending = suggestions.filter((s) => s.status === 'pending').length;

  return (
    <Card component="section" aria-labelledby="suggestions-title" padding="md">
      <Group justify="space-between" mb="sm" wrap="wrap">
        <Title order={2} size="h4" id="suggestions-title">
          {t('rivalSignals.suggestions.title')}
        </Title>
        {pending > 0 && <Badge color="yellow">{t('rivalSignals.suggestions.pending', { count: pending })}</Badge>}
      </Group>
      {suggestions.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('rivalSignals.suggestions.none')}
        </Text>
      ) : (
        <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {suggestions.map((s) => (
            <Stack key={s.id} component="li" gap={4} data-testid="suggestion" data-status={s.status} p="xs" style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
              <Group gap="xs" wrap="wrap">
                <Text fw={600} size="sm">
                  {t(`domain.distress.${s.kind}`)}
                </Text>
                <Badge size="xs" variant="light" color={s.severity >= 4 ? 'red' : 'gray'}>
                  {t('rivalWatch.severity', { severity: s.severity })}
                </Badge>
                <Badge size="xs" variant="outline" color={STATUS_COLOR[s.status]}>
                  {t(`rivalSignals.status.${s.status}`)}
                </Badge>
              </Group>
              <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                {s.title}
              </Text>
              <Text size="xs" c="dimmed">
                {s.publishedAt ? <time dateTime={s.publishedAt}>{format.dateTime(s.publishedAt)}</time> : null}
                {s.feedName ? ` · ${t('rivalSignals.suggestions.from', { feed: s.feedName })}` : ''}
                {s.decidedBy && s.status !== 'pending' ? ` · ${t('rivalSignals.suggestions.decidedBy', { who: s.decidedBy })}` : ''}
              </Text>
              {s.incident && (
                <Text size="xs" c="dimmed">
                  {s.incident.resolvedAt
                    ? t('rivalSignals.suggestions.incidentResolved', { resolved: format.dateTime(s.incident.resolvedAt) })
                    : t('rivalSignals.suggestions.incidentOngoing')}
                  {s.incident.components.length > 0 ? ` · ${s.incident.components.join(', ')}` : ''}
                </Text>
              )}
              <Group gap="sm" wrap="wrap">
                {s.sourceUrl && (
                  <Anchor href={s.sourceUrl} target="_blank" rel="noopener noreferrer" size="xs">
                    <Group gap={2} component="span">
                      {t('rivalWatch.source', { host: hostOf(s.sourceUrl) })}
                      <IconExternalLink size={12} aria-hidden />
                    </Group>
                  </Anchor>
                )}
                {canManage && s.status === 'pending' && (
                  <>
                    <Button size="compact-xs" loading={busy === s.id} onClick={() => void act(s.id, onConfirm)} aria-label={t('rivalSignals.suggestions.confirmLabel', { title: s.title })}>
                      {t('rivalSignals.suggestions.confirm')}
                    </Button>
                    <Button size="compact-xs" variant="default" disabled={busy === s.id} onClick={() => void act(s.id, onDismiss)} aria-label={t('rivalSignals.suggestions.dismissLabel', { title: s.title })}>
                      {t('rivalSignals.suggestions.dismiss')}
                    </Button>
                  </>
                )}
              </Group>
            </Stack>
          ))}
        </Stack>
      )}
    </Card>
  );
}
