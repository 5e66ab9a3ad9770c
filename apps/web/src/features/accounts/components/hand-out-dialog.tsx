import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Group, Modal, MultiSelect, Progress, SegmentedControl, Stack, Table, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  BulkAssignmentPreviewDocument,
  BulkAssignmentProgressDocument,
  StartBulkAssignmentDocument,
  type AccountListFilterInput,
  type DistributionStrategy,
} from '../../../gql/graphql';
import { errorMessage } from '../../../lib/apollo/errors';
import { intlLocale } from '../../../lib/i18n/format';

/**
 * "Hand out": the filtered list of the accounts page, given to chosen reps of the campaign,
 * round-robin or by load. A preview says how many go to whom; once confirmed, a job does it and a
 * progress bar follows it.
 */
export function HandOutDialog({
  opened,
  onClose,
  campaignId,
  filter,
  reps,
}: {
  opened: boolean;
  onClose: () => void;
  campaignId: string;
  filter: AccountListFilterInput;
  reps: Array<{ id: string; name: string }>;
}) {
  const { t, i18n } = useTranslation();
  const count = (n: number) => new Intl.NumberFormat(intlLocale(i18n.language)).format(n);
  const [repIds, setRepIds] = useState<string[]>([]);
  const [strategy, setStrategy] = useState<DistributionStrategy>('round_robin');
  const [jobId, setJobId] = useState<string | null>(null);
  const input = { campaignId, filter, repIds, strategy };
  const preview = useQuery(BulkAssignmentPreviewDocument, { variables: { input }, skip: !opened || repIds.length === 0 || jobId !== null, fetchPolicy: 'network-only' });
  const [start, starting] = useMutation(StartBulkAssignmentDocument);
  const progress = useQuery(BulkAssignmentProgressDocument, { variables: { id: jobId ?? '' }, skip: jobId === null, pollInterval: 700, fetchPolicy: 'network-only' });
  const job = progress.data?.bulkAssignment ?? null;
  const finished = job?.status === 'completed' || job?.status === 'failed';
  const { stopPolling, client } = progress;

  useEffect(() => {
    if (!finished) return;
    stopPolling();
    void client.refetchQueries({ include: ['Accounts', 'MyQueue'] });
  }, [finished, stopPolling, client]);

  function close() {
    setJobId(null);
    setRepIds([]);
    onClose();
  }

  async function confirm() {
    const res = await start({ variables: { input } }).catch(() => null);
    const id = res?.data?.startBulkAssignment.bulkAssignment.id;
    if (id) setJobId(id);
  }

  const shares = preview.data?.bulkAssignmentPreview.shares ?? [];
  const total = preview.data?.bulkAssignmentPreview.total ?? null;
  const percent = job && job.total > 0 ? Math.round((job.done / job.total) * 100) : 0;

  return (
    <Modal opened={opened} onClose={close} title={t('handOut.title')} size="lg">
      <Stack>
        {jobId === null ? (
          <>
            <Text size="sm" c="dimmed">
              {t('handOut.intro')}
            </Text>
            <MultiSelect
              label={t('handOut.reps')}
              placeholder={repIds.length ? undefined : t('handOut.repsPlaceholder')}
              data={reps.map((r) => ({ value: r.id, label: r.name }))}
              value={repIds}
              onChange={setRepIds}
              searchable
              comboboxProps={{ withinPortal: true }}
            />
            <div>
              <Text size="sm" fw={500} mb={4} id="hand-out-strategy">
                {t('handOut.strategy')}
              </Text>
              <SegmentedControl
                aria-labelledby="hand-out-strategy"
                fullWidth
                value={strategy}
                onChange={(v) => setStrategy(v as DistributionStrategy)}
                data={[
                  { value: 'round_robin', label: t('handOut.roundRobin') },
                  { value: 'by_load', label: t('handOut.byLoad') },
                ]}
              />
              <Text size="xs" c="dimmed" mt={4}>
                {strategy === 'round_robin' ? t('handOut.roundRobinHelp') : t('handOut.byLoadHelp')}
              </Text>
            </div>
            {repIds.length === 0 ? null : preview.error ? (
              <Alert color="red">{errorMessage(preview.error)}</Alert>
            ) : total === null ? (
              <Text size="sm">{t('handOut.previewing')}</Text>
            ) : total === 0 ? (
              <Alert color="yellow">{t('handOut.nothing')}</Alert>
            ) : (
              <>
                <Text size="sm" fw={500} aria-live="polite">
                  {t('handOut.previewTotal', { count: total })}
                </Text>
                <Table.ScrollContainer minWidth={300}>
                  <Table striped aria-label={t('handOut.previewTable')}>
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th>{t('handOut.rep')}</Table.Th>
                        <Table.Th ta="right">{t('handOut.openNow')}</Table.Th>
                        <Table.Th ta="right">{t('handOut.gets')}</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {shares.map((s) => (
                        <Table.Tr key={s.repId}>
                          <Table.Td>{s.rep?.name ?? '—'}</Table.Td>
                          <Table.Td ta="right">{count(s.openAccounts)}</Table.Td>
                          <Table.Td ta="right" fw={600}>
                            {count(s.count)}
                          </Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </Table.ScrollContainer>
              </>
            )}
            {starting.error && <Alert color="red">{errorMessage(starting.error)}</Alert>}
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t('handOut.cancel')}
              </Button>
              <Button onClick={() => void confirm()} loading={starting.loading} disabled={!total || repIds.length === 0}>
                {t('handOut.confirm', { count: total ?? 0 })}
              </Button>
            </Group>
          </>
        ) : (
          <>
            <Text size="sm" aria-live="polite">
              {job
                ? t(job.status === 'running' && job.done === job.total ? 'handOut.status.finishing' : `handOut.status.${job.status}`, { done: job.done, total: job.total })
                : t('handOut.status.queued', { done: 0, total: 0 })}
            </Text>
            <Progress value={finished ? 100 : percent} animated={!finished} aria-label={t('handOut.progress')} size="lg" />
            {job?.status === 'completed' && (
              <Alert color={job.skippedCount > 0 ? 'yellow' : 'green'}>
                {t('handOut.done', { count: job.assignedCount })}
                {job.skippedCount > 0 ? ` ${t('handOut.skipped', { count: job.skippedCount })}` : ''}
              </Alert>
            )}
            <Group justify="flex-end">
              <Button onClick={close}>{finished ? t('handOut.close') : t('handOut.hide')}</Button>
            </Group>
          </>
        )}
      </Stack>
    </Modal>
  );
}
