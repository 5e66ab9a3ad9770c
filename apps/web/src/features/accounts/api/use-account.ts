import { useMutation, useQuery } from '@apollo/client/react';
import { useOpportunityChanges } from '../../../lib/live/use-live';
import { AccountDocument, ClaimAccountDocument, DraftProposalDocument, EraseContactDocument, UpdateAccountDocument, type AccountDetailFragment } from '../../../gql/graphql';

export type AccountDetail = AccountDetailFragment;
export type ContactView = AccountDetail['contacts'][number];

/** One account, by its global id; null when it does not exist or is not visible. */
export function useAccount(id: string) {
  const query = useQuery(AccountDocument, { variables: { id } });
  const node = query.data?.node;
  const account = node && node.__typename === 'Account' ? (node as AccountDetail) : null;
  // Live: its deal moved or changed (a teammate, the customer accepting, a job).
  const { refetch } = query;
  useOpportunityChanges(account ? [account.campaign.id] : [], () => void refetch(), (change) => change.accountId === id);
  return { account, loaded: !!query.data, error: query.error, refetch: query.refetch };
}

export function useAccountMutations() {
  const [claim, claimState] = useMutation(ClaimAccountDocument);
  const [update, updateState] = useMutation(UpdateAccountDocument);
  const [draft, draftState] = useMutation(DraftProposalDocument);
  const [erase, eraseState] = useMutation(EraseContactDocument);
  return { claim, claimState, update, updateState, draft, draftState, erase, eraseState };
}
