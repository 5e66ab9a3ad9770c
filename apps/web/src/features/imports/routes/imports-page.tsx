import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { EmptyState, ErrorState, LoadingState } from '../../../components/page-states';
import { errorMessage } from '../../../lib/apollo/errors';
import { useOneCampaign } from '../../../lib/campaigns/use-campaigns';
import { ImportForm } from '../components/import-form';
import { ImportStatus } from '../components/import-status';

/**
 * Managers and admins bring a customer list into a campaign: the file and its layout, then its
 * progress (polled every second) and what it did, row by row. The import followed is in the address
 * (`?import=<id>`), so a reload or a shared link keeps following it.
 */
export function ImportsPage() {
  const { t } = useTranslation();
  const { campaigns, campaignId, setCampaignId, error } = useOneCampaign();
  const [params, setParams] = useSearchParams();
  const importId = params.get('import');

  let body;
  if (importId) {
    body = <ImportStatus importId={importId} campaigns={campaigns} onAnother={() => setParams({})} />;
  } else if (error && !campaigns) {
    body = <ErrorState>{t('imports.error', { message: errorMessage(error) })}</ErrorState>;
  } else if (!campaigns) {
    body = <LoadingState label={t('imports.loading')} />;
  } else if (campaigns.length === 0) {
    body = <EmptyState>{t('imports.noCampaign')}</EmptyState>;
  } else {
    body = (
      <ImportForm campaigns={campaigns} campaignId={campaignId} onCampaign={setCampaignId} onStarted={(id) => setParams({ import: id })} />
    );
  }

  return (
    <Stack component="section" aria-labelledby="imports-title" gap="md" maw={1100}>
      <div>
        <Title order={1} id="imports-title">
          {t('imports.title')}
        </Title>
        <Text c="dimmed">{t('imports.subtitle')}</Text>
      </div>
      {body}
    </Stack>
  );
}

export default ImportsPage;
