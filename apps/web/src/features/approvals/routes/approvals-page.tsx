import { Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState, ErrorState, LoadingState } from '../../../components/page-states';
import { errorMessage } from '../../../lib/apollo/errors';
import { useAuth } from '../../../lib/auth/auth-context';
import { useCampaignSelection } from '../../../lib/campaign-selection';
import { useApprovalActions, usePendingApprovals, type PendingProposal } from '../api/use-pending-approvals';
import { ApprovalCard } from '../components/approval-card';
import { RejectDialog } from '../components/reject-dialog';
import { CollectiveTermsApprovals } from '../components/collective-terms-approvals';

/** The managers' inbox: discounts beyond a rep's limit, to approve or send back with a reason. */
export function ApprovalsPage() {
  const { t } = useTranslation();
  const { campaignId } = useCampaignSelection();
  const { user } = useAuth();
  // Beyond the manager limit only an admin decides (DESIGN.md §4); the api refuses a manager's decision too.
  const canDecide = (proposal: PendingProposal) => user?.role === 'admin' || (user?.role === 'manager' && proposal.requiredApproval !== 'admin');
  const { proposals, error, refetch } = usePendingApprovals(campaignId);
  const actions = useApprovalActions();
  const [rejecting, setRejecting] = useState<PendingProposal | null>(null);

  const failed = (e: unknown) => {
    notifications.show({ color: 'red', message: t('approvals.failed', { message: errorMessage(e) }) });
    void refetch();
  };

  const approve = async (proposal: PendingProposal) => {
    try {
      await actions.approve(proposal);
      notifications.show({ color: 'teal', message: t('approvals.approved', { reference: proposal.reference }) });
    } catch (e) {
      failed(e);
    }
  };

  const reject = async (proposal: PendingProposal, reason: string) => {
    try {
      await actions.reject(proposal, reason);
      setRejecting(null);
      notifications.show({ color: 'teal', message: t('approvals.rejected', { reference: proposal.reference }) });
    } catch (e) {
      setRejecting(null);
      failed(e);
    }
  };

  return (
    <Stack component="section" aria-labelledby="approvals-title" gap="md" maw={960}>
      <div>
        <Title order={1} id="approvals-title">
          {t('approvals.title')}
        </Title>
        <Text c="dimmed">{t('approvals.subtitle')}</Text>
      </div>
      {error && !proposals ? (
        <ErrorState onRetry={() => void refetch()}>{t('approvals.error', { message: errorMessage(error) })}</ErrorState>
      ) : !proposals ? (
        <LoadingState label={t('approvals.loading')} />
      ) : proposals.length === 0 ? (
        <EmptyState>{t('approvals.empty')}</EmptyState>
      ) : (
        <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('approvals.list')}>
          {proposals.map((proposal) => (
            <ApprovalCard
              key={proposal.id}
              proposal={proposal}
              busy={actions.busy}
              canDecide={canDecide(proposal)}
              onApprove={() => void approve(proposal)}
              onReject={() => setRejecting(proposal)}
            />
          ))}
        </Stack>
      )}
      <CollectiveTermsApprovals campaignId={campaignId} />
      <RejectDialog
        proposal={rejecting}
        busy={actions.busy}
        onCancel={() => setRejecting(null)}
        onConfirm={(reason) => rejecting && void reject(rejecting, reason)}
      />
    </Stack>
  );
}

export default ApprovalsPage;
