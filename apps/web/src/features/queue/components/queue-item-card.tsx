import { Anchor, Badge, Button, Card, Group, List, Stack, Text } from '@mantine/core';
import { IconHandGrab, IconPhoneCall } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Countdown } from '../../../components/countdown';
import { UrgencyBadge, type UrgencyFactorView } from '../../../components/urgency-badge';
import { useFormat, type MoneyValue } from '../../../lib/i18n/format';
import { useUrgencyWords, type UrgencyContext } from '../../../lib/i18n/urgency-words';

export type QueueReasonView = 'OVERDUE' | 'DUE_SOON' | 'CLAIMABLE' | 'FOLLOW_UP';

export interface QueueItemView {
  reason: QueueReasonView;
  dueAt: string | null;
  urgency: number;
  urgencyFactors: UrgencyFactorView[];
  account: {
    id: string;
    version: number;
    name: string;
    monthlySpend: MoneyValue;
    countries: string[];
    lastContactAt: string | null;
    createdAt: string;
    rival: { id: string; name: string; shutdownExpectedAt: string | null };
  };
  opportunity: { id: string; stage: string; overdue: boolean } | null;
  /** Why it is where it is: the shutdowns ahead, earliest first, and when to sign for each. */
  priority: { deadlines: QueueDeadlineView[] };
}

export interface QueueDeadlineView {
  goesDarkAt: string;
  /** The scenario's weight among those ahead, percent (100: the one date known). */
  weightPercent: number;
  migrationLeadDays: number;
  signBy: string;
  nowPercent: number;
  laterPercent: number;
}

/**
 * The deadline a rep acts on: among those whose signing date is still ahead, the one a day's wait
 * costs most (weight × the chance lost), else the first; when every one is past, the last (too late
 * to migrate before it); none when no shutdown date is known.
 */
export function deadlineToShow(deadlines: QueueDeadlineView[], now: Date): { deadline: QueueDeadlineView; tooLate: boolean } | null {
  if (deadlines.length === 0) return null;
  const ahead = deadlines.filter((d) => new Date(d.signBy).getTime() > now.getTime());
  if (ahead.length === 0) return { deadline: deadlines[deadlines.length - 1], tooLate: true };
  const cost = (d: QueueDeadlineView) => d.weightPercent * (d.nowPercent - d.laterPercent);
  return { deadline: ahead.reduce((best, d) => (cost(d) > cost(best) ? d : best)), tooLate: false };
}

const REASON_COLOR: Record<QueueReasonView, string> = {
  OVERDUE: 'red',
  DUE_SOON: 'orange',
  CLAIMABLE: 'harbour',
  FOLLOW_UP: 'gray',
};

const WEEK = 7 * 24 * 3600 * 1000;

/**
 * One thing to do: the account, why it is here (in the reader's language), how long is left, and the one
 * action it asks for: a quick log for the rep's own deals, a claim for an account nobody owns yet.
 */
export function QueueItemCard({
  item,
  position,
  onLog,
  onClaim,
  claiming = false,
}: {
  item: QueueItemView;
  position: number;
  onLog?: (item: QueueItemView) => void;
  onClaim?: (item: QueueItemView) => void;
  /** This item's claim is on its way. */
  claiming?: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const words = useUrgencyWords();
  const shutdownAt = item.account.rival.shutdownExpectedAt;
  const context: UrgencyContext = {
    accountName: item.account.name,
    rivalName: item.account.rival.name,
    shutdownExpectedAt: shutdownAt,
    monthlySpend: item.account.monthlySpend,
    countries: item.account.countries,
    lastContactAt: item.account.lastContactAt,
    createdAt: item.account.createdAt,
  };
  const factorLines = item.urgencyFactors.map((factor) => words.factorLine(factor, context));
  const sign = deadlineToShow(item.priority.deadlines, new Date());
  return (
    <Card component="li" padding="md" aria-label={`${position}. ${item.account.name}`}>
      <Group align="flex-start" wrap="nowrap" gap="md">
        <UrgencyBadge score={item.urgency} factors={factorLines} />
        <Stack gap={4} style={{ flex: 1, minWidth: 0 }}>
          <Group gap="xs" wrap="wrap" justify="space-between">
            <Group gap="xs" wrap="wrap">
              <Anchor component={Link} to={`/accounts/${encodeURIComponent(item.account.id)}`} fw={600} size="lg">
                {item.account.name}
              </Anchor>
              <Badge color={REASON_COLOR[item.reason]} variant="light" tt="none" style={{ maxWidth: '100%' }}>
                {words.queueReason(item.reason, item.opportunity?.stage ?? null)}
              </Badge>
            </Group>
            {onLog && item.reason !== 'CLAIMABLE' && (
              <Button
                size="xs"
                variant="light"
                leftSection={<IconPhoneCall size={14} aria-hidden />}
                onClick={() => onLog(item)}
                aria-label={t('queue.logFor', { name: item.account.name })}
              >
                {t('queue.log')}
              </Button>
            )}
            {onClaim && item.reason === 'CLAIMABLE' && (
              <Button
                size="xs"
                leftSection={<IconHandGrab size={14} aria-hidden />}
                loading={claiming}
                onClick={() => onClaim(item)}
                aria-label={t('queue.claimFor', { name: item.account.name })}
              >
                {t('queue.claim')}
              </Button>
            )}
          </Group>
          <Group gap="md" wrap="wrap">
            {item.opportunity && (
              <Text size="sm" c="dimmed">
                {t(`domain.stage.${item.opportunity.stage}` as 'domain.stage.identified')}
              </Text>
            )}
            {item.dueAt && (
              <Countdown
                at={item.dueAt}
                future={(duration) => t('queue.dueIn', { duration, date: format.dateTime(item.dueAt as string) })}
                past={(duration) => t('queue.overdueBy', { duration, date: format.dateTime(item.dueAt as string) })}
              />
            )}
            {shutdownAt && (
              <Countdown
                at={shutdownAt}
                urgentWithinMs={2 * WEEK}
                future={(duration) => t('queue.darkIn', { rival: item.account.rival.name, duration })}
                past={() => t('queue.darkSince', { rival: item.account.rival.name, date: format.date(shutdownAt) })}
              />
            )}
            <Text size="sm" c="dimmed">
              {t('queue.monthly', { amount: format.money(item.account.monthlySpend) })}
            </Text>
          </Group>
          {sign && (
            <Text size="sm" fw={500} c={sign.tooLate ? 'red' : undefined} data-testid="queue-sign-by">
              {sign.tooLate
                ? t('queue.tooLate', { rival: item.account.rival.name, date: format.weekdayDate(sign.deadline.goesDarkAt) })
                : t(sign.deadline.weightPercent < 100 ? 'queue.signByIf' : 'queue.signBy', {
                    count: sign.deadline.migrationLeadDays,
                    date: format.weekdayDate(sign.deadline.signBy),
                    rival: item.account.rival.name,
                    dark: format.shortDate(sign.deadline.goesDarkAt),
                    weight: format.percent(sign.deadline.weightPercent),
                    now: format.percent(sign.deadline.nowPercent),
                    later: format.percent(sign.deadline.laterPercent),
                  })}
            </Text>
          )}
          {item.urgencyFactors.length > 0 && (
            <List size="xs" c="dimmed" aria-label={t('queue.why')} spacing={0}>
              {item.urgencyFactors.map((factor, i) => (
                <List.Item key={factor.key}>{factorLines[i]}</List.Item>
              ))}
            </List>
          )}
        </Stack>
      </Group>
    </Card>
  );
}
