import { Alert, Badge, Button, Group, Paper, Progress, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { isImportField } from '@lifeboat/shared';
import { IconAlertTriangle, IconFileImport } from '@tabler/icons-react';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportStatus as Status } from '../../../gql/graphql';
import { EmptyState, ErrorState, LoadingState } from '../../../components/page-states';
import { errorMessage } from '../../../lib/apollo/errors';
import type { CampaignSummary } from '../../../lib/campaigns/use-campaigns';
import { intlLocale, useFormat } from '../../../lib/i18n/format';
import { ERRORS_SHOWN, isFinished, useAccountImport, useImportErrors, type AccountImport } from '../api/use-account-import';

const STATUS_COLOR: Record<Status, string> = { queued: 'gray', running: 'blue', completed: 'teal', failed: 'red' };

/** One import followed to its end: the progress bar (rows done / total), then what it did and the rows it refused. */
export function ImportStatus({ importId, campaigns, onAnother }: { importId: string; campaigns: CampaignSummary[] | null; onAnother: () => void }) {
  const { t } = useTranslation();
  const { accountImport, notFound, loading, error, refetch } = useAccountImport(importId);
  const another = (
    <Button variant="default" leftSection={<IconFileImport size={18} aria-hidden />} onClick={onAnother}>
      {t('imports.another')}
    </Button>
  );

  if (error && !accountImport) {
    return (
      <Stack gap="sm" align="flex-start">
        <ErrorState onRetry={() => void refetch()}>{t('imports.progress.error', { message: errorMessage(error) })}</ErrorState>
        {another}
      </Stack>
    );
  }
  if (notFound) return <EmptyState action={another}>{t('imports.progress.notFound')}</EmptyState>;
  if (loading || !accountImport) return <LoadingState label={t('imports.progress.loading')} />;
  const campaign = campaigns?.find((c) => c.id === accountImport.campaignId) ?? null;
  return <ImportReport accountImport={accountImport} campaign={campaign} action={another} />;
}

function ImportReport({ accountImport, campaign, action }: { accountImport: AccountImport; campaign: CampaignSummary | null; action: ReactNode }) {
  const { t } = useTranslation();
  const format = useFormat();
  const titleId = useId();
  const locale = intlLocale(format.language);
  const number = (n: number) => new Intl.NumberFormat(locale).format(n);
  const { status, rowsDone, totalRows } = accountImport;
  const finished = isFinished(accountImport);
  const percent = totalRows > 0 ? Math.min(100, Math.round((rowsDone / totalRows) * 100)) : finished ? 100 : 0;
  const rows = t('imports.progress.rows', { done: number(rowsDone), total: number(totalRows) });

  return (
    <Stack component="section" aria-labelledby={titleId} gap="md">
      <Paper withBorder p="md" radius="md">
        <Stack gap="sm">
          <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
            <div>
              <Title order={2} size="h3" id={titleId}>
                {accountImport.fileName ? t('imports.progress.title', { file: accountImport.fileName }) : t('imports.progress.untitled')}
              </Title>
              <Text size="sm" c="dimmed">
                {campaign ? `${campaign.name} · ` : ''}
                {t('imports.progress.submitted', {
                  name: accountImport.submittedBy,
                  date: format.dateTime(accountImport.createdAt, campaign?.settings.timeZone),
                })}
              </Text>
            </div>
            <Badge color={STATUS_COLOR[status]} variant="light" size="lg" role="status" aria-live="polite">
              {t(`imports.progress.status.${status}`)}
            </Badge>
          </Group>
          <Progress.Root
            size="xl"
            role="progressbar"
            aria-label={t('imports.progress.label')}
            aria-valuemin={0}
            aria-valuemax={totalRows}
            aria-valuenow={rowsDone}
            aria-valuetext={rows}
          >
            <Progress.Section
              value={percent}
              withAria={false}
              color={STATUS_COLOR[status]}
              striped={!finished}
              animated={status === 'running'}
            />
          </Progress.Root>
          <Group justify="space-between" gap="xs">
            <Text size="sm" fw={500}>
              {rows}
            </Text>
            <Text size="sm" c="dimmed">
              {new Intl.NumberFormat(locale, { style: 'percent' }).format(percent / 100)}
            </Text>
          </Group>
          {status === 'queued' && (
            <Text size="sm" c="dimmed">
              {t('imports.progress.queuedHint')}
            </Text>
          )}
          {status === 'failed' && (
            <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />} role="alert">
              {t('imports.progress.failed', { reason: accountImport.failureReason ?? '—' })}
            </Alert>
          )}
        </Stack>
      </Paper>
      {finished && <ImportSummary accountImport={accountImport} number={number} />}
      {finished && accountImport.failedCount > 0 && <RowErrors accountImport={accountImport} />}
      <Group>{action}</Group>
    </Stack>
  );
}

function ImportSummary({ accountImport, number }: { accountImport: AccountImport; number: (n: number) => string }) {
  const { t } = useTranslation();
  const titleId = useId();
  const figures = [
    { key: 'inserted', value: accountImport.insertedCount, color: 'teal' },
    { key: 'updated', value: accountImport.updatedCount, color: 'blue' },
    { key: 'failed', value: accountImport.failedCount, color: accountImport.failedCount > 0 ? 'red' : 'gray' },
  ] as const;
  return (
    <Stack component="section" aria-labelledby={titleId} gap="xs">
      <Title order={3} size="h4" id={titleId}>
        {t('imports.summary.title')}
      </Title>
      <SimpleGrid component="dl" cols={{ base: 1, xs: 3 }} spacing="sm" m={0}>
        {figures.map(({ key, value, color }) => (
          <Paper key={key} withBorder p="sm" radius="md">
            <Text component="dt" size="sm" c="dimmed">
              {t(`imports.summary.${key}`)}
            </Text>
            <Text component="dd" m={0} fz="xl" fw={700} c={color}>
              {number(value)}
            </Text>
          </Paper>
        ))}
      </SimpleGrid>
    </Stack>
  );
}

function RowErrors({ accountImport }: { accountImport: AccountImport }) {
  const { t } = useTranslation();
  const titleId = useId();
  const { errors, error, refetch } = useImportErrors(accountImport);
  let body;
  if (error && !errors) body = <ErrorState onRetry={() => void refetch()}>{t('imports.rowErrors.error', { message: errorMessage(error) })}</ErrorState>;
  else if (!errors) body = <LoadingState label={t('imports.rowErrors.loading')} />;
  else if (errors.length === 0) body = <EmptyState>{t('imports.rowErrors.none')}</EmptyState>;
  else {
    body = (
      <>
        <Table.ScrollContainer minWidth={520}>
          <Table striped verticalSpacing="xs" aria-label={t('imports.rowErrors.table')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col" w={80}>
                  {t('imports.rowErrors.line')}
                </Table.Th>
                <Table.Th scope="col" w={220}>
                  {t('imports.rowErrors.field')}
                </Table.Th>
                <Table.Th scope="col">{t('imports.rowErrors.reason')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {errors.map((e, index) => (
                <Table.Tr key={`${e.line}-${e.field}-${index}`}>
                  <Table.Td>{e.line}</Table.Td>
                  <Table.Td>{isImportField(e.field) ? t(`imports.fields.${e.field}`) : e.field}</Table.Td>
                  {/* The code in the reader's language; an error recorded before codes shows the api's English words. */}
                  <Table.Td>{e.code ? t(`imports.rowErrors.code.${e.code}`, { value: e.params.value ?? '', max: e.params.max ?? 0 }) : e.reason}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {errors.length >= ERRORS_SHOWN && (
          <Text size="sm" c="dimmed">
            {t('imports.rowErrors.truncated', { count: errors.length })}
          </Text>
        )}
      </>
    );
  }
  return (
    <Stack component="section" aria-labelledby={titleId} gap="xs">
      <Title order={3} size="h4" id={titleId}>
        {t('imports.rowErrors.title')}
      </Title>
      {body}
    </Stack>
  );
}
