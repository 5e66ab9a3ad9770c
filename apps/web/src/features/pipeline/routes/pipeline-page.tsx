import { useApolloClient, useMutation } from '@apollo/client/react';
import { Alert, Group, Select, Stack, Switch, Text, Title } from '@mantine/core';
import { SEGMENTS, type Role } from '@lifeboat/shared';
import { notifications } from '@mantine/notifications';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DealDocument, MoveOpportunityDocument, type LostReason, type Segment, type Stage } from '../../../gql/graphql';
import { errorCode, errorMessage } from '../../../lib/apollo/errors';
import { useAuth } from '../../../lib/auth/auth-context';
import { useCampaigns } from '../../../lib/campaigns/use-campaigns';
import { useOpportunityChanges } from '../../../lib/live/use-live';
import { MarkLostDialog } from '../../../components/mark-lost-dialog';
import { PipelineBoard, type BoardFilters, type DealView } from '../components/pipeline-board';

const ANY = '';

/** The pipeline board: the deals of the chosen campaign by stage, to move on by drag or by menu. */
export function PipelinePage() {
  const { t } = useTranslation();
  const { user } = useAuth();
  const client = useApolloClient();
  const { campaigns, campaignId } = useCampaigns();
  const [ownerId, setOwnerId] = useState<string | null>(null);
  const [segment, setSegment] = useState<Segment | null>(null);
  const [rivalId, setRivalId] = useState<string | null>(null);
  const [overdue, setOverdue] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [losing, setLosing] = useState<DealView | null>(null);
  const [move, { loading: moving }] = useMutation(MoveOpportunityDocument, { refetchQueries: ['PipelineDeals', 'MyQueue'] });

  const filters: BoardFilters = { campaignId, ownerId, overdue, segment, rivalId };
  const scope = useMemo(() => campaigns?.filter((c) => !campaignId || c.id === campaignId) ?? [], [campaigns, campaignId]);
  // Live: the board follows every move made by a teammate, a customer or a job, within a second or two.
  useOpportunityChanges(
    scope.map((c) => c.id),
    () => void client.refetchQueries({ include: ['PipelineDeals'] }),
  );
  const owners = useMemo(() => {
    const seen = new Map<string, string>();
    for (const c of scope) for (const m of c.team) if (m.user) seen.set(m.user.id, m.user.name);
    return [...seen].map(([value, label]) => ({ value, label }));
  }, [scope]);
  const rivals = useMemo(() => {
    const seen = new Map<string, string>();
    for (const c of scope) seen.set(c.rival.id, c.rival.name);
    return [...seen].map(([value, label]) => ({ value, label }));
  }, [scope]);

  async function doMove(deal: DealView, to: Stage, lost?: { reason: LostReason; bidder: string | null }) {
    setRefusal(null);
    try {
      await move({
        variables: {
          input: {
            opportunityId: deal.id,
            expectedVersion: deal.version,
            stage: to,
            lostReason: lost?.reason,
            lostToBidder: lost?.bidder || undefined,
          },
        },
      });
      notifications.show({ color: 'green', message: t('pipeline.moved', { name: deal.account.name, stage: t(`domain.stage.${to}`) }) });
    } catch (error) {
      if (errorCode(error) === 'CONFLICT') {
        // Someone moved it first: say where it is now, and show the board as it stands.
        const { data } = await client.query({ query: DealDocument, variables: { id: deal.id }, fetchPolicy: 'network-only' }).catch(() => ({ data: null }));
        const node = data?.node;
        const stage = node && node.__typename === 'Opportunity' ? node.stage : null;
        setRefusal(stage ? t('pipeline.conflict', { name: deal.account.name, stage: t(`domain.stage.${stage}`) }) : t('errors.CONFLICT'));
        void client.refetchQueries({ include: ['PipelineDeals'] });
      } else {
        setRefusal(t('pipeline.refused', { name: deal.account.name, message: errorMessage(error) }));
      }
    }
  }

  function onMove(deal: DealView, to: Stage) {
    if (to === 'lost') {
      setLosing(deal);
      return;
    }
    void doMove(deal, to);
  }

  return (
    <Stack gap="md" component="section" aria-labelledby="pipeline-title">
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <div>
          <Title order={1} id="pipeline-title">
            {t('pipeline.title')}
          </Title>
          <Text c="dimmed" size="sm">
            {t('pipeline.dragHint')}
          </Text>
        </div>
        <Group gap="sm" align="flex-end" wrap="wrap" role="group" aria-label={t('pipeline.filters')}>
          <Select
            size="xs"
            w={170}
            label={t('accounts.owner')}
            data={[{ value: ANY, label: t('filters.anyone') }, ...(user ? [{ value: user.id, label: t('filters.me') }] : []), ...owners.filter((o) => o.value !== user?.id)]}
            value={ownerId ?? ANY}
            onChange={(v) => setOwnerId(v || null)}
            allowDeselect={false}
          />
          <Select
            size="xs"
            w={170}
            label={t('accounts.segment')}
            data={[{ value: ANY, label: t('filters.all') }, ...SEGMENTS.map((s) => ({ value: s, label: t(`domain.segment.${s}`) }))]}
            value={segment ?? ANY}
            onChange={(v) => setSegment((v || null) as Segment | null)}
            allowDeselect={false}
          />
          <Select
            size="xs"
            w={150}
            label={t('pipeline.rival')}
            data={[{ value: ANY, label: t('filters.all') }, ...rivals]}
            value={rivalId ?? ANY}
            onChange={(v) => setRivalId(v || null)}
            allowDeselect={false}
          />
          <Switch label={t('filters.overdueOnly')} checked={overdue} onChange={(e) => setOverdue(e.currentTarget.checked)} mb={4} />
        </Group>
      </Group>
      {refusal && (
        <Alert color="red" variant="light" role="alert" withCloseButton onClose={() => setRefusal(null)} closeButtonLabel={t('common.close')}>
          {refusal}
        </Alert>
      )}
      <PipelineBoard filters={filters} role={(user?.role ?? 'rep') as Role} onMove={onMove} />
      <MarkLostDialog
        accountName={losing?.account.name ?? ''}
        opened={!!losing}
        loading={moving}
        onClose={() => setLosing(null)}
        onConfirm={(lost) => {
          if (!losing) return;
          const deal = losing;
          setLosing(null);
          void doMove(deal, 'lost', lost);
        }}
      />
    </Stack>
  );
}

export default PipelinePage;
