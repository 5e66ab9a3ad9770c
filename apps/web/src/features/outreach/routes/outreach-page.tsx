import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Badge, Button, Card, Group, Progress, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { EmptyState, ErrorState, LoadingState } from '../../../components/page-states';
import { CancelOutreachDocument, OutreachDocument } from '../../../gql/graphql';
import { errorCode, errorMessage, errorTitleKey } from '../../../lib/apollo/errors';
import { intlLocale } from '../../../lib/i18n/format';
import { useCanManageCampaign } from '../../collectives';

const COUNTS = ['sent', 'queued', 'bounced', 'unsubscribed', 'suppressed', 'failed', 'cancelled'] as const;
/** Shown only when some mails are in them: resent after an interruption, and the older outreaches' uncertain ones. */
const RARE_COUNTS = ['resentAfterInterruption', 'uncertain'] as const;
const RESULTS = ['sent', 'bounced', 'unsubscribed', 'offerOpened', 'offerAccepted'] as const;

/** An outreach's page: its template and where its mails stand, refreshed while it is sending. */
export function OutreachPage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const { data, error, loading, refetch, startPolling, stopPolling } = useQuery(OutreachDocument, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const outreach = data?.outreach ?? null;
  const canManage = useCanManageCampaign(outreach?.campaign.id);
  const [cancel, cancelling] = useMutation(CancelOutreachDocument);
  const sending = outreach?.status === 'sending';
  const number = (n: number) => new Intl.NumberFormat(intlLocale(i18n.language)).format(n);

  useEffect(() => {
    if (sending) startPolling(1000);
    else stopPolling();
    return stopPolling;
  }, [sending, startPolling, stopPolling]);

  if (error && !outreach) {
    if (errorCode(error) === 'NOT_FOUND' || errorCode(error) === 'BAD_USER_INPUT') return <EmptyState>{t('outreach.notFound')}</EmptyState>;
    return <ErrorState onRetry={() => void refetch()}>{t('outreach.error', { message: errorMessage(error) })}</ErrorState>;
  }
  if (loading && !outreach) return <LoadingState label={t('outreach.loading')} />;
  if (!outreach) return <EmptyState>{t('outreach.notFound')}</EmptyState>;

  const p = outreach.progress;
  const done = p.recipients - p.queued;
  const percent = p.recipients > 0 ? Math.round((done / p.recipients) * 100) : 100;

  async function stop() {
    try {
      await cancel({ variables: { input: { id } } });
      notifications.show({ color: 'green', message: t('outreach.stopped') });
    } catch (e) {
      notifications.show({ color: 'red', title: t(errorTitleKey(e)), message: errorMessage(e) });
    }
  }

  return (
    <Stack component="section" aria-labelledby="outreach-title" gap="md">
      <Group justify="space-between" align="flex-start" wrap="wrap">
        <div style={{ minWidth: 0 }}>
          <Title order={1} id="outreach-title" style={{ overflowWrap: 'anywhere' }}>
            {outreach.subject}
          </Title>
          <Text size="sm" c="dimmed">
            {outreach.collective ? t('outreach.toCollective', { name: outreach.collective.name }) : t('outreach.toList')} · {outreach.campaign.name} ·{' '}
            {t('outreach.by', { name: outreach.createdBy })}
          </Text>
        </div>
        <Group gap="xs">
          <Badge color={outreach.status === 'completed' ? 'green' : outreach.status === 'cancelled' ? 'gray' : 'blue'}>{t(`outreach.status.${outreach.status}`)}</Badge>
          {canManage && sending && (
            <Button variant="default" color="red" onClick={() => void stop()} loading={cancelling.loading}>
              {t('outreach.stop')}
            </Button>
          )}
        </Group>
      </Group>
      <Card withBorder component="section" aria-labelledby="outreach-progress">
        <Title order={2} size="h4" id="outreach-progress" mb="xs">
          {t('outreach.progress')}
        </Title>
        <Text size="sm" mb="xs" aria-live="polite">
          {t('outreach.doneOf', { done: number(done), total: number(p.recipients) })}
        </Text>
        <Progress value={percent} aria-label={t('outreach.progress')} mb="md" />
        <SimpleGrid cols={{ base: 2, sm: 4 }}>
          {[...COUNTS, ...RARE_COUNTS.filter((k) => p[k] > 0)].map((k) => (
            <div key={k}>
              <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
                {t(`outreach.counts.${k}`)}
              </Text>
              <Text fw={600}>{number(p[k])}</Text>
            </div>
          ))}
        </SimpleGrid>
        {p.skippedSuppressed > 0 && (
          <Text size="sm" c="dimmed" mt="sm">
            {t('outreach.skippedAtQueue', { count: p.skippedSuppressed })}
          </Text>
        )}
        {p.resentAfterInterruption > 0 && (
          <Text size="sm" c="dimmed" mt="sm">
            {t('outreach.resentHelp', { count: p.resentAfterInterruption })}
          </Text>
        )}
        {p.uncertain > 0 && (
          <Alert color="yellow" mt="sm">
            {t('outreach.uncertainHelp')}
          </Alert>
        )}
      </Card>
      <Card withBorder component="section" aria-labelledby="outreach-results">
        <Title order={2} size="h4" id="outreach-results" mb="xs">
          {t('outreach.results')}
        </Title>
        <SimpleGrid cols={{ base: 2, sm: 5 }}>
          {RESULTS.map((k) => (
            <div key={k}>
              <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
                {t(`outreach.counts.${k}`)}
              </Text>
              <Text fw={600}>{number(p[k])}</Text>
            </div>
          ))}
        </SimpleGrid>
        <Text size="sm" c="dimmed" mt="sm">
          {t('outreach.resultsHelp')}
        </Text>
      </Card>
      <Card withBorder component="section" aria-labelledby="outreach-template">
        <Title order={2} size="h4" id="outreach-template" mb="xs">
          {t('outreach.template')} ({outreach.language.toUpperCase()})
        </Title>
        <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          {outreach.body}
        </Text>
      </Card>
    </Stack>
  );
}

export default OutreachPage;
