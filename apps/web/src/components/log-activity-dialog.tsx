import { useMutation, useQuery } from '@apollo/client/react';
import { Modal } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Stage } from '@lifeboat/domain';
import { DraftProposalDocument, LogActivityDocument, QuickLogDealDocument } from '../gql/graphql';
import { errorMessage, errorTitleKey } from '../lib/apollo/errors';
import { LogActivityForm, type ActivityDraft, type QuickLogDeal } from './log-activity-form';

const LIVE_PROPOSAL = new Set(['draft', 'pending_approval', 'approved', 'sent']);

/**
 * Logging a call or an email with its outcome and next step, in one dialog, from wherever the
 * account shows; with its open deal (`opportunityId`), the same dialog moves the deal when the
 * outcome calls for it (one mutation: both or neither) and, for a customer who wants an offer,
 * drafts the proposal and lands on it.
 */
export function LogActivityDialog({
  account,
  opportunityId = null,
  opened,
  onClose,
  refetchQueries = [],
}: {
  account: { id: string; name: string };
  /** The account's open deal, if any. */
  opportunityId?: string | null;
  opened: boolean;
  onClose: () => void;
  refetchQueries?: string[];
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  // Read fresh when the dialog opens: the move carries the deal's version.
  const dealQuery = useQuery(QuickLogDealDocument, { variables: { id: opportunityId ?? '' }, skip: !opened || !opportunityId, fetchPolicy: 'network-only' });
  const [logActivity, logState] = useMutation(LogActivityDocument, { refetchQueries, awaitRefetchQueries: false });
  const [draftProposal, draftState] = useMutation(DraftProposalDocument, { refetchQueries: ['Account', 'MyQueue'] });

  const node = dealQuery.data?.node;
  const dealNode = node && node.__typename === 'Opportunity' ? node : null;
  const deal: QuickLogDeal | null = dealNode
    ? { stage: dealNode.stage as Stage, liveProposalId: dealNode.proposals.find((p) => LIVE_PROPOSAL.has(p.status))?.id ?? null }
    : null;

  async function submit(draft: ActivityDraft): Promise<boolean> {
    const { after, moveTo, ...fields } = draft;
    let loggedMove: string | null = null;
    try {
      const { data } = await logActivity({
        variables: {
          input: {
            accountId: account.id,
            ...fields,
            moveTo: moveTo && dealNode ? { opportunityId: dealNode.id, expectedVersion: dealNode.version, stage: moveTo } : null,
          },
        },
      });
      loggedMove = data?.logActivity.opportunity?.stage ?? null;
    } catch (error) {
      notifications.show({ color: 'red', title: t(errorTitleKey(error)), message: errorMessage(error) });
      void dealQuery.refetch();
      return false;
    }
    if (after === 'open' && deal?.liveProposalId) {
      onClose();
      void navigate(`/proposals/${encodeURIComponent(deal.liveProposalId)}`);
      return true;
    }
    if (after === 'draft' && dealNode) {
      try {
        const { data } = await draftProposal({ variables: { input: { opportunityId: dealNode.id } } });
        onClose();
        if (data) void navigate(`/proposals/${encodeURIComponent(data.draftProposal.proposal.id)}`);
        return true;
      } catch (error) {
        notifications.show({ color: 'orange', message: t('quickRun.draftFailed', { message: errorMessage(error) }) });
        onClose();
        return true;
      }
    }
    notifications.show({ color: 'green', message: loggedMove ? t('quickRun.loggedAndMoved', { stage: t(`domain.stage.${loggedMove}` as 'domain.stage.identified') }) : t('account.logged') });
    onClose();
    return true;
  }

  return (
    <Modal opened={opened} onClose={onClose} title={t('account.logActivityFor', { name: account.name })} size="lg">
      <LogActivityForm onSubmit={submit} submitting={logState.loading || draftState.loading} autoFocus deal={deal} />
    </Modal>
  );
}
