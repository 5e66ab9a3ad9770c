import { Box, Button, Divider, Group, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconPrinter } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { EmptyState, ErrorState, LoadingState } from '../../../components/page-states';
import { errorMessage } from '../../../lib/apollo/errors';
import { useFormat } from '../../../lib/i18n/format';
import { useOutageEvidence } from '../api/use-outage-evidence';
import { AvailabilityTable } from '../components/availability-table';
import { useMinutes, usePercent } from '../components/availability-chart';
import { OutageList } from '../components/outage-list';

/**
 * The evidence sheet of one account, on a clean page to print or save as PDF (FR/EN): the rival's
 * outages that touched the services the account buys, the availability they leave month by month
 * against the availability the rival claims, the shortfall, and the sources.
 */
export function OutageEvidencePage({ now = new Date() }: { now?: Date }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const percent = usePercent();
  const minutes = useMinutes();
  const { id = '' } = useParams();
  const { account, loaded, error, refetch } = useOutageEvidence(id);

  if (error && !account) return <ErrorState onRetry={() => void refetch()}>{t('evidence.error', { message: errorMessage(error) })}</ErrorState>;
  if (!loaded) return <LoadingState label={t('evidence.loading')} />;
  if (!account || !account.outageEvidence) return <EmptyState>{t('evidence.notFound')}</EmptyState>;
  const evidence = account.outageEvidence;
  const { availability } = evidence;
  const rival = account.campaign.rival;
  const totalShortfall = availability.months.reduce((sum, m) => sum + (m.shortfallMinutes ?? 0), 0);
  const weight = (n: number) => new Intl.NumberFormat(i18n.language).format(n);

  return (
    <Box maw={880} mx="auto" p={{ base: 'md', sm: 'xl' }} bg="white" component="main">
      <Group justify="space-between" className="no-print" mb="lg" wrap="wrap">
        <Button component={Link} to={`/accounts/${encodeURIComponent(account.id)}`} variant="subtle" leftSection={<IconArrowLeft size={16} aria-hidden />}>
          {t('evidence.back')}
        </Button>
        <Button leftSection={<IconPrinter size={16} aria-hidden />} onClick={() => window.print()}>
          {t('evidence.print')}
        </Button>
      </Group>
      <Title order={1} size="h2">
        {t('evidence.title', { rival: rival.name })}
      </Title>
      <Text c="dimmed" size="sm">
        {t('evidence.preparedFor', { account: account.name, date: format.date(now.toISOString(), availability.timeZone) })}
      </Text>
      <Divider my="md" />
      <Stack gap={4}>
        <Text size="sm">
          {evidence.services.length === 0
            ? t('evidence.noServices')
            : t('evidence.services', { services: format.list(evidence.services.map((s) => t(`domain.service.${s}`))) })}
        </Text>
        <Text size="sm">
          {availability.claimedAvailabilityPercent === null
            ? t('evidence.noClaim', { rival: rival.name })
            : t('evidence.claim', { rival: rival.name, value: percent(availability.claimedAvailabilityPercent) })}
        </Text>
        {availability.claimedAvailabilityPercent !== null && (
          <Text size="sm" fw={700} c={totalShortfall > 0 ? 'red.8' : undefined} data-testid="evidence-shortfall">
            {totalShortfall > 0 ? t('evidence.shortfall', { minutes: minutes(totalShortfall) }) : t('evidence.met')}
          </Text>
        )}
      </Stack>
      <Title order={2} size="h4" mt="lg" mb="xs" id="evidence-months">
        {t('evidence.monthsTitle')}
      </Title>
      <AvailabilityTable months={availability.months} labelledBy="evidence-months" />
      <Text size="xs" c="dimmed" mt="xs">
        {t('outages.rules', {
          zone: availability.timeZone,
          major: weight(availability.weights.major),
          partial: weight(availability.weights.partial),
          degraded: weight(availability.weights.degraded),
        })}
      </Text>
      <Title order={2} size="h4" mt="lg" mb="xs">
        {t('evidence.outagesTitle', { count: evidence.outages.length })}
      </Title>
      <OutageList outages={evidence.outages} now={now} />
      {evidence.outages.some((o) => o.sourceUrl) && (
        <>
          <Title order={2} size="h4" mt="lg" mb="xs">
            {t('evidence.sources')}
          </Title>
          <Stack gap={2} component="ol" pl="md" m={0}>
            {evidence.outages
              .filter((o) => o.sourceUrl)
              .map((o) => (
                <Text key={o.id} component="li" size="xs" style={{ overflowWrap: 'anywhere' }}>
                  {format.date(o.startedAt, availability.timeZone)} — {o.sourceUrl}
                </Text>
              ))}
          </Stack>
        </>
      )}
    </Box>
  );
}

export default OutageEvidencePage;
