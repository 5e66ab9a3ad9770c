import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LogActivityDialog } from '../../../components/log-activity-dialog';
import { EmptyState, ErrorState, LoadingState } from '../../../components/page-states';
import { errorCode, errorMessage, errorTitleKey } from '../../../lib/apollo/errors';
import { intlLocale, useFormat } from '../../../lib/i18n/format';
import { useMyQueue } from '../api/use-my-queue';
import { QueueItemCard, type QueueItemView } from '../components/queue-item-card';

/** The list stays as it was when reloading it fails: the error is on the query, and the next refresh tries again. */
const keepTheList = () => undefined;

/** "What do I do next?": the rep's queue, in the order the api ranks it, each item with its reason. */
export function MyQueuePage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { items, totalCount, totalCountCapped, hasMore, loadingMore, loadMore, error, refetch, refresh, claim } = useMyQueue();
  const [logging, setLogging] = useState<QueueItemView | null>(null);
  const [claiming, setClaiming] = useState<string | null>(null);
  // The list is an <ol>; Mantine types a Stack's ref as a div's, and only its children are read.
  const listRef = useRef<HTMLDivElement>(null);
  // Where the items "Show more" appends start: keyboard users carry on from the first of them.
  const focusFrom = useRef<number | null>(null);
  const shown = items?.length ?? 0;
  const number = (n: number) => new Intl.NumberFormat(intlLocale(format.language)).format(n);

  async function onClaim(item: QueueItemView) {
    setClaiming(item.account.id);
    try {
      await claim(item.account);
      notifications.show({ color: 'green', message: t('queue.claimed', { name: item.account.name }) });
      // It is now the rep's deal: the queue ranks it again (and the Claim button becomes a Log button).
      await refresh().catch(keepTheList);
    } catch (e) {
      const code = errorCode(e);
      notifications.show({ color: 'red', title: t(errorTitleKey(e)), message: errorMessage(e) });
      // Someone else claimed it first, or it changed: show the queue as it now stands.
      if (code === 'CONFLICT' || code === 'NOT_FOUND') await refresh().catch(keepTheList);
    } finally {
      setClaiming(null);
    }
  }

  useEffect(() => {
    const from = focusFrom.current;
    if (from === null || shown <= from) return;
    focusFrom.current = null;
    listRef.current?.children[from]?.querySelector<HTMLElement>('a[href]')?.focus();
  }, [shown]);

  async function onShowMore() {
    focusFrom.current = shown;
    try {
      await loadMore();
    } catch (e) {
      focusFrom.current = null;
      notifications.show({ color: 'red', message: t('queue.moreFailed', { message: errorMessage(e) }) });
    }
  }

  return (
    <Stack component="section" aria-labelledby="queue-title" gap="md" maw={960}>
      <div>
        <Title order={1} id="queue-title">
          {t('queue.title')}
        </Title>
        <Text c="dimmed">{t('queue.subtitle')}</Text>
      </div>
      {error && !items ? (
        <ErrorState onRetry={() => void refetch()}>{t('queue.error', { message: errorMessage(error) })}</ErrorState>
      ) : !items ? (
        <LoadingState label={t('queue.loading')} />
      ) : items.length === 0 ? (
        <EmptyState>{t('queue.empty')}</EmptyState>
      ) : (
        <>
          <Stack ref={listRef} component="ol" gap="sm" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('queue.title')}>
            {items.map((item, index) => (
              <QueueItemCard
                key={`${item.account.id}-${item.reason}`}
                item={item}
                position={index + 1}
                onLog={setLogging}
                onClaim={(it) => void onClaim(it)}
                claiming={claiming === item.account.id}
              />
            ))}
          </Stack>
          <Group justify="space-between" align="center" gap="sm">
            <Text size="sm" c="dimmed" aria-live="polite">
              {totalCountCapped
                ? t('queue.shownOfMore', { shown: number(shown), total: number(Math.max(totalCount, shown)) })
                : t('queue.shown', { shown: number(shown), total: number(Math.max(totalCount, shown)) })}
            </Text>
            {hasMore && (
              <Button variant="default" loading={loadingMore} onClick={() => void onShowMore()}>
                {t('queue.showMore')}
              </Button>
            )}
          </Group>
        </>
      )}
      {logging && (
        <LogActivityDialog account={logging.account} opportunityId={logging.opportunity?.id ?? null} opened onClose={() => setLogging(null)} refetchQueries={['MyQueue']} />
      )}
    </Stack>
  );
}

export default MyQueuePage;
