import { useMutation } from '@apollo/client/react';
import { Modal } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { LogActivityDocument } from '../gql/graphql';
import { errorMessage, errorTitleKey } from '../lib/apollo/errors';
import { LogActivityForm, type ActivityDraft } from './log-activity-form';

/** Logging a call or an email with its next step, in one dialog, from wherever the account shows. */
export function LogActivityDialog({
  account,
  opened,
  onClose,
  refetchQueries = [],
}: {
  account: { id: string; name: string };
  opened: boolean;
  onClose: () => void;
  refetchQueries?: string[];
}) {
  const { t } = useTranslation();
  const [logActivity, { loading }] = useMutation(LogActivityDocument, { refetchQueries, awaitRefetchQueries: false });

  async function submit(draft: ActivityDraft): Promise<boolean> {
    try {
      await logActivity({ variables: { input: { accountId: account.id, ...draft } } });
      notifications.show({ color: 'green', message: t('account.logged') });
      onClose();
      return true;
    } catch (error) {
      notifications.show({ color: 'red', title: t(errorTitleKey(error)), message: errorMessage(error) });
      return false;
    }
  }

  return (
    <Modal opened={opened} onClose={onClose} title={t('account.logActivityFor', { name: account.name })} size="lg">
      <LogActivityForm onSubmit={submit} submitting={loading} autoFocus />
    </Modal>
  );
}
