import { Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LogActivityDialog } from '../../../components/log-activity-dialog';
import { EmptyState, ErrorState, LoadingState } from '../../../components/page-states';
import { errorMessage } from '../../../lib/apollo/errors';
import { useMyQueue } from '../api/use-my-queue';
import { QueueItemCard, type QueueItemView } from '../components/queue-item-card';

/** "What do I do next?": the rep's queue, in the order the api ranks it, each item with its reason. */
export function MyQueuePage() {
  const { t } = useTranslation();
  const { items, error, refetch } = useMyQueue();
  const [logging, setLogging] = useState<QueueItemView | null>(null);
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
        <Stack component="ol" gap="sm" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('queue.title')}>
          {items.map((item, index) => (
            <QueueItemCard key={`${item.account.id}-${item.reason}`} item={item} position={index + 1} onLog={setLogging} />
          ))}
        </Stack>
      )}
      {logging && (
        <LogActivityDialog account={logging.account} opened onClose={() => setLogging(null)} refetchQueries={['MyQueue']} />
      )}
    </Stack>
  );
}

export default MyQueuePage;
