import { Box, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EmptyState, ErrorState, LoadingState } from '../../../components/page-states';
import { errorMessage } from '../../../lib/apollo/errors';
import { useAllRivals } from '../api/use-all-rivals';
import { RivalCard } from '../components/rival-card';

/** The rivals Lifeboat tracks: how far gone each is, when its network may go dark, what happened. */
export function RivalsPage({ now = new Date() }: { now?: Date }) {
  const { t } = useTranslation();
  const { rivals, error, refetch } = useAllRivals();

  return (
    <Stack component="section" aria-labelledby="rivals-title" gap="md">
      <Title order={1} id="rivals-title">
        {t('rivals.title')}
      </Title>
      {error ? (
        <ErrorState onRetry={() => void refetch()}>{t('rivals.error', { message: errorMessage(error) })}</ErrorState>
      ) : !rivals ? (
        <LoadingState label={t('rivals.loading')} />
      ) : rivals.length === 0 ? (
        <EmptyState>{t('rivals.empty')}</EmptyState>
      ) : (
        <Box component="ul" className="card-grid">
          {rivals.map((rival) => (
            <RivalCard key={rival.id} rival={rival} now={now} />
          ))}
        </Box>
      )}
    </Stack>
  );
}

export default RivalsPage;
