import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState, ErrorState, LoadingState } from '../../../components/page-states';
import { OutreachesDocument } from '../../../gql/graphql';
import { errorMessage } from '../../../lib/apollo/errors';
import { OneCampaignSelect } from '../../../lib/campaigns/one-campaign-select';
import { useOneCampaign } from '../../../lib/campaigns/use-campaigns';
import { intlLocale } from '../../../lib/i18n/format';

/** A campaign's outreaches, newest first: each with where its mails stand. */
export function OutreachesPage() {
  const { t, i18n } = useTranslation();
  const { campaigns, campaignId, chosen, setCampaignId } = useOneCampaign();
  const { data, error, refetch } = useQuery(OutreachesDocument, { variables: { campaignId: campaignId ?? '', first: 50 }, skip: !campaignId, fetchPolicy: 'cache-and-network' });
  const number = (n: number) => new Intl.NumberFormat(intlLocale(i18n.language)).format(n);
  const when = (at: string) => new Intl.DateTimeFormat(intlLocale(i18n.language), { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(at));
  const rows = data?.outreaches.edges.map((e) => e.node) ?? null;

  let body;
  if (error && !rows) body = <ErrorState onRetry={() => void refetch()}>{t('outreach.listError', { message: errorMessage(error) })}</ErrorState>;
  else if (!rows) body = <LoadingState label={t('outreach.loading')} />;
  else if (rows.length === 0) body = <EmptyState>{t('outreach.none')}</EmptyState>;
  else
    body = (
      <Table.ScrollContainer minWidth={600}>
        <Table aria-label={t('outreach.listTitle')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('outreach.subject')}</Table.Th>
              <Table.Th>{t('outreach.when')}</Table.Th>
              <Table.Th ta="right">{t('outreach.counts.sent')}</Table.Th>
              <Table.Th ta="right">{t('outreach.counts.bounced')}</Table.Th>
              <Table.Th ta="right">{t('outreach.counts.unsubscribed')}</Table.Th>
              <Table.Th>{t('outreach.statusLabel')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((o) => (
              <Table.Tr key={o.id}>
                <Table.Td style={{ overflowWrap: 'anywhere' }}>
                  <Anchor component={Link} to={`/outreaches/${encodeURIComponent(o.id)}`} size="sm">
                    {o.subject}
                  </Anchor>
                  <Text size="xs" c="dimmed">
                    {o.collective ? t('outreach.toCollective', { name: o.collective.name }) : t('outreach.toList')}
                  </Text>
                </Table.Td>
                <Table.Td>{when(o.createdAt)}</Table.Td>
                <Table.Td ta="right">
                  {number(o.progress.sent)} / {number(o.progress.recipients)}
                </Table.Td>
                <Table.Td ta="right">{number(o.progress.bounced)}</Table.Td>
                <Table.Td ta="right">{number(o.progress.unsubscribed)}</Table.Td>
                <Table.Td>
                  <Badge color={o.status === 'completed' ? 'green' : o.status === 'cancelled' ? 'gray' : 'blue'}>{t(`outreach.status.${o.status}`)}</Badge>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    );

  return (
    <Stack component="section" aria-labelledby="outreaches-title" gap="md">
      <Group justify="space-between" align="flex-end" wrap="wrap" gap="xs">
        <Title order={1} id="outreaches-title">
          {t('outreach.listTitle')}
        </Title>
        <OneCampaignSelect label={t('outreach.campaign')} campaigns={campaigns} campaignId={campaignId} chosen={chosen} onChange={setCampaignId} />
      </Group>
      {body}
    </Stack>
  );
}

export default OutreachesPage;
