import { Anchor, Badge, Button, Group, Stack, Text } from '@mantine/core';
import { IconExternalLink } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { OutageImpact, ServiceKind } from '../../../gql/graphql';
import { useFormat } from '../../../lib/i18n/format';

export const IMPACT_COLOR: Record<OutageImpact, string> = { major: 'red', partial: 'orange', degraded: 'yellow' };

export interface OutageItem {
  id: string;
  startedAt: string;
  endedAt: string | null;
  impact: OutageImpact;
  services: readonly ServiceKind[];
  summary: string;
  sourceUrl: string | null;
  version?: number;
}

export function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
}

/** "3 h 20 min": how long an outage lasted (or has lasted so far). */
export function useOutageDuration() {
  const { t } = useTranslation();
  return (from: string, to: string | null, now: Date) => {
    const minutes = Math.max(0, Math.floor(((to ? new Date(to) : now).getTime() - new Date(from).getTime()) / 60_000));
    const days = Math.floor(minutes / 1440);
    const hours = Math.floor((minutes % 1440) / 60);
    const rest = minutes % 60;
    if (days > 0) return t('outages.duration.days', { d: days, h: hours });
    if (hours > 0) return t('outages.duration.hours', { h: hours, m: rest });
    return t('outages.duration.minutes', { m: rest });
  };
}

/** The outages, newest first: impact, services, when and how long, what happened, where it was reported; managers end or remove one. */
export function OutageList({
  outages,
  now,
  onEnd,
  onRemove,
  busy = false,
}: {
  outages: readonly OutageItem[];
  now: Date;
  onEnd?: (outage: OutageItem) => void;
  onRemove?: (outage: OutageItem) => void;
  busy?: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const duration = useOutageDuration();
  if (outages.length === 0) {
    return (
      <Text c="dimmed" size="sm">
        {t('outages.none')}
      </Text>
    );
  }
  return (
    <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {outages.map((o) => (
        <Stack key={o.id} gap={2} component="li" data-testid="outage">
          <Group gap="xs" wrap="wrap">
            <Badge size="sm" color={IMPACT_COLOR[o.impact]} variant="light">
              {t(`outages.impact.${o.impact}`)}
            </Badge>
            {o.services.map((s) => (
              <Badge key={s} size="sm" color="gray" variant="outline">
                {t(`domain.service.${s}`)}
              </Badge>
            ))}
            {!o.endedAt && (
              <Badge size="sm" color="red" variant="filled">
                {t('outages.ongoing')}
              </Badge>
            )}
          </Group>
          <Text size="xs" c="dimmed">
            {o.endedAt
              ? t('outages.span', { start: format.dateTime(o.startedAt), end: format.dateTime(o.endedAt), duration: duration(o.startedAt, o.endedAt, now) })
              : t('outages.since', { start: format.dateTime(o.startedAt), duration: duration(o.startedAt, null, now) })}
          </Text>
          <Text size="sm">{o.summary}</Text>
          <Group gap="sm" wrap="wrap">
            {o.sourceUrl && (
              <Anchor href={o.sourceUrl} target="_blank" rel="noopener noreferrer" size="xs">
                <Group gap={2} component="span">
                  {t('outages.source', { host: hostOf(o.sourceUrl) })}
                  <IconExternalLink size={12} aria-hidden />
                </Group>
              </Anchor>
            )}
            {onEnd && !o.endedAt && (
              <Button size="compact-xs" variant="light" onClick={() => onEnd(o)} disabled={busy}>
                {t('outages.endNow')}
              </Button>
            )}
            {onRemove && (
              <Button size="compact-xs" variant="subtle" color="red" onClick={() => onRemove(o)} disabled={busy} aria-label={t('outages.removeLabel', { summary: o.summary })}>
                {t('outages.remove')}
              </Button>
            )}
          </Group>
        </Stack>
      ))}
    </Stack>
  );
}
