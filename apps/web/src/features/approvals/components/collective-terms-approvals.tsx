import { Anchor, Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorMessage } from '../../../lib/apollo/errors';
import { useAuth } from '../../../lib/auth/auth-context';
import { intlLocale, useFormat } from '../../../lib/i18n/format';
import {
  ApproveCollectiveTermsDocument,
  CollectivesAwaitingApprovalDocument,
  RejectCollectiveTermsDocument,
  type CollectivesAwaitingApprovalQuery,
} from '../../../gql/graphql';
import { RejectReasonDialog } from './reject-dialog';

type Pending = CollectivesAwaitingApprovalQuery['collectivesAwaitingApproval'][number];

/**
 * The approvals inbox's second list: collectives whose own deal waits for approval (same rule as
 * proposals: a manager of the campaign, an admin beyond the manager limit). Shown only when there is one.
 */
export function CollectiveTermsApprovals({ campaignId }: { campaignId: string | null }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { user } = useAuth();
  const query = useQuery(CollectivesAwaitingApprovalDocument, { variables: { campaignId }, fetchPolicy: 'cache-and-network' });
  const [approve, approving] = useMutation(ApproveCollectiveTermsDocument);
  const [reject, rejecting] = useMutation(RejectCollectiveTermsDocument);
  const [sendingBack, setSendingBack] = useState<Pending | null>(null);
  const busy = approving.loading || rejecting.loading;
  const pending = (query.data?.collectivesAwaitingApproval ?? []).filter((c) => c.agreement?.status === 'pending_approval');
  if (pending.length === 0) return null;

  const canDecide = (c: Pending) => user?.role === 'admin' || (user?.role === 'manager' && c.agreement?.requiredApproval !== 'admin');
  const decide = async (c: Pending, reason: string | null) => {
    const input = { collectiveId: c.id, expectedVersion: c.agreement?.version ?? 0 };
    try {
      if (reason === null) await approve({ variables: { input } });
      else await reject({ variables: { input: { ...input, reason } } });
      notifications.show({ color: 'teal', message: t(reason === null ? 'approvals.collectives.approved' : 'approvals.collectives.rejected', { name: c.name }) });
    } catch (e) {
      notifications.show({ color: 'red', message: t('approvals.failed', { message: errorMessage(e) }) });
    }
    setSendingBack(null);
    void query.refetch();
  };

  return (
    <Stack component="section" aria-labelledby="collective-approvals-title" gap="sm">
      <Title order={2} size="h3" id="collective-approvals-title">
        {t('approvals.collectives.title')}
      </Title>
      <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('approvals.collectives.list')}>
        {pending.map((c) => {
          const a = c.agreement;
          if (!a) return null;
          const percent = new Intl.NumberFormat(intlLocale(format.language), { style: 'percent', maximumFractionDigits: 2 }).format(a.discountPercent / 100);
          const headingId = `collective-approval-${c.id}`;
          return (
            <Card component="li" key={c.id} aria-labelledby={headingId} padding="md">
              <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
                <Stack gap={2} style={{ minWidth: 0 }}>
                  <Title order={3} size="h4" id={headingId} style={{ overflowWrap: 'anywhere' }}>
                    <Anchor component={Link} to={`/collectives/${encodeURIComponent(c.id)}`} inherit>
                      {c.name}
                    </Anchor>
                  </Title>
                  <Text size="sm" c="dimmed">
                    {[c.campaign.name, t('approvals.collectives.terms', { percent, months: a.termMonths })].join(' · ')}
                  </Text>
                  <Text size="sm">
                    {t('approvals.collectives.by', { name: a.proposedBy })} · {t('approvals.submitted', { date: format.dateTime(a.submittedAt) })}
                  </Text>
                  {a.conditions && (
                    <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                      {a.conditions}
                    </Text>
                  )}
                </Stack>
                <Badge color={a.requiredApproval === 'admin' ? 'red' : 'orange'} variant="light">
                  {t(`approvals.requires.${a.requiredApproval}`)}
                </Badge>
              </Group>
              {canDecide(c) ? (
                <Group gap="xs" mt="sm">
                  <Button onClick={() => void decide(c, null)} loading={busy}>
                    {t('approvals.approve')}
                  </Button>
                  <Button variant="default" color="red" onClick={() => setSendingBack(c)} disabled={busy}>
                    {t('approvals.reject')}
                  </Button>
                </Group>
              ) : (
                <Text size="sm" c="dimmed" mt="sm">
                  {t(a.requiredApproval === 'admin' ? 'approvals.whoDecides.admin' : 'approvals.whoDecides.manager')}
                </Text>
              )}
            </Card>
          );
        })}
      </Stack>
      <RejectReasonDialog
        opened={!!sendingBack}
        title={sendingBack ? t('approvals.collectives.rejectTitle', { name: sendingBack.name }) : ''}
        hint={t('approvals.collectives.reasonHint')}
        busy={busy}
        onCancel={() => setSendingBack(null)}
        onConfirm={(reason) => sendingBack && void decide(sendingBack, reason)}
      />
    </Stack>
  );
}
