import { Box, Button, Divider, Group, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconPrinter } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { OfferLinesTable, OfferTotals } from '../../../components/offer-document';
import { EmptyState, ErrorState, LoadingState } from '../../../components/page-states';
import { errorMessage } from '../../../lib/apollo/errors';
import { useFormat } from '../../../lib/i18n/format';
import { useProposal } from '../api/use-proposal';
import { EvidenceSheet, useOutageEvidence } from '../../rival-watch';

/** The evidence attached to the offer, as its account's sheet has it (printed after the offer). */
function AttachedEvidence({ accountId }: { accountId: string }) {
  const { account } = useOutageEvidence(accountId);
  const evidence = account?.outageEvidence;
  if (!account || !evidence) return null;
  return (
    <Box mt="xl" data-testid="offer-evidence">
      <EvidenceSheet
        level={2}
        rivalName={account.campaign.rival.name}
        customerName={account.name}
        services={evidence.services}
        availability={evidence.availability}
        outages={evidence.outages}
        now={new Date()}
      />
    </Box>
  );
}

export const PROVIDER_NAME = 'Lifeboat Networks';

/** The offer on one clean page, to print or save as PDF: who offers what, for how much, until when. */
export function ProposalPrintPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { id = '' } = useParams();
  const { proposal, loaded, error, refetch } = useProposal(id);

  if (error && !proposal) return <ErrorState onRetry={() => void refetch()}>{t('proposal.error', { message: errorMessage(error) })}</ErrorState>;
  if (!loaded) return <LoadingState label={t('proposal.loading')} />;
  if (!proposal) return <EmptyState>{t('proposal.notFound')}</EmptyState>;
  const tz = proposal.account.campaign.settings.timeZone;

  return (
    <Box maw={820} mx="auto" p="xl" bg="white" component="main">
      <Group justify="space-between" className="no-print" mb="lg">
        <Button component={Link} to={`/proposals/${encodeURIComponent(proposal.id)}`} variant="subtle" leftSection={<IconArrowLeft size={16} aria-hidden />}>
          {t('proposal.backToBuilder')}
        </Button>
        <Button leftSection={<IconPrinter size={16} aria-hidden />} onClick={() => window.print()}>
          {t('proposal.printNow')}
        </Button>
      </Group>
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={1} size="h2">
            {PROVIDER_NAME}
          </Title>
          <Text c="dimmed" size="sm">
            {t('offer.providerLine')}
          </Text>
        </div>
        <Stack gap={0} align="flex-end">
          <Text fw={700}>{t('offer.reference', { reference: proposal.reference })}</Text>
          <Text size="sm">{format.date(proposal.sentAt ?? proposal.createdAt, tz)}</Text>
        </Stack>
      </Group>
      <Divider my="md" />
      <Text size="sm" c="dimmed">
        {t('offer.preparedFor')}
      </Text>
      <Title order={2} size="h3" mb="md">
        {proposal.account.name}
      </Title>
      <OfferLinesTable lines={proposal.lines} />
      <Box maw={420} ml="auto" mt="md">
        <OfferTotals
          totals={proposal.totals}
          discountPercent={proposal.discountPercent}
          termMonths={proposal.termMonths}
          creditMonths={proposal.switchCredit.prepaidMonthsRemaining}
        />
      </Box>
      <Divider my="md" />
      <Stack gap={4}>
        <Text size="sm">{t('offer.term', { count: proposal.termMonths })}</Text>
        <Text size="sm">{t('offer.cutover', { date: format.date(proposal.plannedCutoverAt, tz) })}</Text>
        <Text size="sm">
          {proposal.validUntil ? t('offer.validUntil', { date: format.dateTime(proposal.validUntil, tz) }) : t('offer.validAfterSending')}
        </Text>
      </Stack>
      {proposal.attachOutageEvidence && <AttachedEvidence accountId={proposal.account.id} />}
    </Box>
  );
}

export default ProposalPrintPage;
