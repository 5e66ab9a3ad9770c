import { useQuery } from '@apollo/client/react';
import { Group, Progress, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CursorPager, useCursorPages } from '../../../components/cursor-pager';
import { EmptyState, ErrorState, LoadingState } from '../../../components/page-states';
import { PersonalOfferBatchesDocument } from '../../../gql/graphql';
import { errorMessage } from '../../../lib/apollo/errors';
import { OneCampaignSelect } from '../../../lib/campaigns/one-campaign-select';
import { useOneCampaign } from '../../../lib/campaigns/use-campaigns';
import { useFormat } from '../../../lib/i18n/format';

/** Batches shown a page at a time, newest first. */
export const BATCHES_PAGE_SIZE = 20;

/** A campaign's personal offers: each batch with its terms and how many offers were opened, accepted, expired; a page at a time. */
export function OffersPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { campaigns, campaignId, chosen, setCampaignId } = useOneCampaign();
  const pages = useCursorPages();
  const after = pages.after;
  const { data, error, refetch } = useQuery(PersonalOfferBatchesDocument, {
    variables: { campaignId: campaignId ?? '', first: BATCHES_PAGE_SIZE, after },
    skip: !campaignId,
    fetchPolicy: 'cache-and-network',
    pollInterval: 5_000,
  });
  const connection = data?.personalOfferBatches;
  const batches = connection?.edges.map((e) => e.node);
  const pageInfo = connection?.pageInfo;

  let body;
  if (error && !batches) body = <ErrorState onRetry={() => void refetch()}>{t('personalOffers.error', { message: errorMessage(error) })}</ErrorState>;
  else if (!batches) body = <LoadingState label={t('personalOffers.loading')} />;
  else if (batches.length === 0) body = <EmptyState>{t('personalOffers.empty')}</EmptyState>;
  else
    body = (
      <Table className="data-table" aria-label={t('personalOffers.batches')} verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('personalOffers.created')}</Table.Th>
            <Table.Th>{t('personalOffers.terms')}</Table.Th>
            <Table.Th>{t('personalOffers.generated')}</Table.Th>
            <Table.Th>{t('personalOffers.opened')}</Table.Th>
            <Table.Th>{t('personalOffers.accepted')}</Table.Th>
            <Table.Th>{t('personalOffers.expired')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {batches.map((b) => {
            const { generated, opened, accepted, expired } = b.progress;
            return (
              <Table.Tr key={b.id}>
                <Table.Td data-label={t('personalOffers.created')}>
                  <Text size="sm">{format.dateTime(b.createdAt)}</Text>
                  <Text size="xs" c="dimmed">
                    {b.status === 'queued' ? t('personalOffers.statusQueued') : t('personalOffers.by', { name: b.createdBy })}
                  </Text>
                </Table.Td>
                <Table.Td data-label={t('personalOffers.terms')}>
                  {t('personalOffers.termsValue', { percent: b.discountPercent, count: b.termMonths, date: format.date(b.expiresAt) })}
                </Table.Td>
                <Table.Td data-label={t('personalOffers.generated')}>{generated}</Table.Td>
                <Table.Td data-label={t('personalOffers.opened')}>{opened}</Table.Td>
                <Table.Td data-label={t('personalOffers.accepted')}>
                  <Text size="sm">{accepted}</Text>
                  <Progress value={generated ? (accepted / generated) * 100 : 0} size="sm" aria-hidden />
                </Table.Td>
                <Table.Td data-label={t('personalOffers.expired')}>{expired}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    );

  return (
    <Stack component="section" aria-labelledby="offers-title" gap="md">
      <Group justify="space-between" align="flex-end" wrap="wrap" gap="xs">
        <div>
          <Title order={1} id="offers-title">
            {t('personalOffers.pageTitle')}
          </Title>
          <Text c="dimmed" size="sm" maw={720}>
            {t('personalOffers.pageIntro')}
          </Text>
        </div>
        <OneCampaignSelect
          label={t('personalOffers.campaign')}
          campaigns={campaigns}
          campaignId={campaignId}
          chosen={chosen}
          onChange={(id) => {
            pages.reset();
            setCampaignId(id);
          }}
        />
      </Group>
      {body}
      {connection && (pages.page > 1 || pageInfo?.hasNextPage) && (
        <CursorPager pages={pages} pageInfo={pageInfo} label={t('personalOffers.pageOf', { page: pages.page, count: connection.totalCount })} />
      )}
    </Stack>
  );
}

export default OffersPage;
