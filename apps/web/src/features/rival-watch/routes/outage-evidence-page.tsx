import { Box, Button, Group } from '@mantine/core';
import { IconArrowLeft, IconPrinter } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { EmptyState, ErrorState, LoadingState } from '../../../components/page-states';
import { errorMessage } from '../../../lib/apollo/errors';
import { useOutageEvidence } from '../api/use-outage-evidence';
import { EvidenceSheet } from '../components/evidence-sheet';

/**
 * The evidence sheet of one account, on a clean page to print or save as PDF (FR/EN): the rival's
 * outages that touched the services the account buys, the availability they leave month by month
 * against the availability the rival claims, the shortfall, and the sources.
 */
export function OutageEvidencePage({ now = new Date() }: { now?: Date }) {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { account, loaded, error, refetch } = useOutageEvidence(id);

  if (error && !account) return <ErrorState onRetry={() => void refetch()}>{t('evidence.error', { message: errorMessage(error) })}</ErrorState>;
  if (!loaded) return <LoadingState label={t('evidence.loading')} />;
  if (!account || !account.outageEvidence) return <EmptyState>{t('evidence.notFound')}</EmptyState>;
  const evidence = account.outageEvidence;

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
      <EvidenceSheet
        rivalName={account.campaign.rival.name}
        customerName={account.name}
        services={evidence.services}
        availability={evidence.availability}
        outages={evidence.outages}
        now={now}
      />
    </Box>
  );
}

export default OutageEvidencePage;
