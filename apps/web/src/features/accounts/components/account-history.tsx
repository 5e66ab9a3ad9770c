import { Badge, Button, Card, Group, List, Stack, Text, Timeline, Title, Tooltip } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState, LoadingState } from '../../../components/page-states';
import { errorMessage } from '../../../lib/apollo/errors';
import { useFormat } from '../../../lib/i18n/format';
import { useNow } from '../../../lib/use-now';
import { useAccountHistory, type AuditEntryView } from '../api/use-account-history';
import { useHistoryWords, type WordedChange } from '../lib/history-words';

export interface AccountHistoryProps {
  accountId: string;
  /** Changes when the account or its deal changes: the history is read again. */
  refreshKey: string;
  currency: string;
  /** Users' names by global id (the campaign's team and the owner), for owner changes. */
  userNames: ReadonlyMap<string, string>;
}

function Change({ change }: { change: WordedChange }) {
  const { t } = useTranslation();
  const separator = t('accountHistory.separator');
  if (change.summary) {
    return (
      <>
        <Text span inherit fw={600}>
          {change.label}
        </Text>
        {separator}
        {change.summary}
      </>
    );
  }
  return (
    <>
      <Text span inherit fw={600}>
        {change.label}
      </Text>
      {separator}
      {change.before !== null && (
        <>
          <Text span inherit c="dimmed" td="line-through">
            {change.before}
          </Text>
          {' → '}
        </>
      )}
      {change.after === null ? (
        <Text span inherit c="dimmed">
          —
        </Text>
      ) : (
        change.after
      )}
    </>
  );
}

/** Who changed what on the account and its deals, before and after, oldest first, a page at a time. */
export function AccountHistory({ accountId, refreshKey, currency, userNames }: AccountHistoryProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const now = useNow();
  const history = useAccountHistory(accountId, refreshKey);
  const words = useHistoryWords({ currency, userNames });
  const references = useMemo(() => new Map(history.sources.flatMap((s) => (s.proposalReference ? [[s.entityId, s.proposalReference] as const] : []))), [history.sources]);

  let body;
  if (history.entries === null) {
    body = history.error ? (
      <ErrorState onRetry={() => void history.retry()}>{t('accountHistory.error', { message: errorMessage(history.error) })}</ErrorState>
    ) : (
      <LoadingState label={t('accountHistory.loading')} />
    );
  } else if (history.entries.length === 0) {
    body = (
      <Text c="dimmed" size="sm">
        {t('accountHistory.empty')}
      </Text>
    );
  } else {
    body = (
      <>
        <Timeline bulletSize={14} lineWidth={2} aria-label={t('accountHistory.title')}>
          {history.entries.map((entry: AuditEntryView) => {
            const { worded, unreadable } = words.changes(entry);
            const reference = references.get(entry.entityId);
            return (
              <Timeline.Item
                key={entry.id}
                title={
                  <Group gap={6} wrap="wrap">
                    <Text size="sm" fw={600}>
                      {words.action(entry.action)}
                    </Text>
                    {reference && (
                      <Badge size="sm" variant="light" color="gray">
                        {t('accountHistory.proposal', { reference })}
                      </Badge>
                    )}
                  </Group>
                }
              >
                <Text size="xs" c="dimmed">
                  {t('accountHistory.by', { who: words.actor(entry.actorType, entry.actorLabel) })} ·{' '}
                  <Tooltip label={format.fullDateTime(entry.at)} withArrow>
                    <time dateTime={entry.at} tabIndex={0}>
                      {format.relative(entry.at, now)}
                    </time>
                  </Tooltip>
                </Text>
                {(worded.length > 0 || unreadable > 0) && (
                  <List size="sm" spacing={2} mt={4} style={{ overflowWrap: 'anywhere' }}>
                    {worded.map((change) => (
                      <List.Item key={change.field}>
                        <Change change={change} />
                      </List.Item>
                    ))}
                    {unreadable > 0 && (
                      <List.Item>
                        <Text span c="dimmed" size="sm">
                          {t('accountHistory.otherChanges', { count: unreadable })}
                        </Text>
                      </List.Item>
                    )}
                  </List>
                )}
              </Timeline.Item>
            );
          })}
        </Timeline>
        {history.error !== null && <ErrorState onRetry={() => void history.showMore()}>{t('accountHistory.error', { message: errorMessage(history.error) })}</ErrorState>}
        <Group justify="space-between" mt="sm" wrap="wrap">
          <Text size="xs" c="dimmed">
            {t('accountHistory.shown', { shown: history.entries.length, total: history.totalCount })}
          </Text>
          {history.hasMore && (
            <Button size="xs" variant="light" onClick={() => void history.showMore()} loading={history.loadingMore}>
              {t('accountHistory.showMore')}
            </Button>
          )}
        </Group>
      </>
    );
  }

  return (
    <Card component="section" aria-labelledby="history-title">
      <Stack gap={2} mb="sm">
        <Title order={2} size="h4" id="history-title">
          {t('accountHistory.title')}
        </Title>
        <Text size="xs" c="dimmed">
          {t('accountHistory.subtitle')}
        </Text>
      </Stack>
      {body}
    </Card>
  );
}
