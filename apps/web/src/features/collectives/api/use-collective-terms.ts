import { useMutation } from '@apollo/client/react';
import {
  ApproveCollectiveTermsDocument,
  DeleteCollectiveDocument,
  ProposeCollectiveTermsDocument,
  RecordCollectiveTermsSignedDocument,
  RejectCollectiveTermsDocument,
  WithdrawCollectiveTermsDocument,
  type CollectiveAgreementFieldsFragment,
} from '../../../gql/graphql';

export type CollectiveAgreement = CollectiveAgreementFieldsFragment;

/** The collective's own deal: propose, decide, record the signature, withdraw; and deleting the collective. */
export function useCollectiveTerms() {
  const [propose, proposeState] = useMutation(ProposeCollectiveTermsDocument);
  const [approve, approveState] = useMutation(ApproveCollectiveTermsDocument);
  const [reject, rejectState] = useMutation(RejectCollectiveTermsDocument);
  const [sign, signState] = useMutation(RecordCollectiveTermsSignedDocument);
  const [withdraw, withdrawState] = useMutation(WithdrawCollectiveTermsDocument);
  const [remove, removeState] = useMutation(DeleteCollectiveDocument);
  const busy = proposeState.loading || approveState.loading || rejectState.loading || signState.loading || withdrawState.loading;
  return { propose, approve, reject, sign, withdraw, remove, busy, removing: removeState.loading };
}
