import { NavLink } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { IconStack2 } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { OpenQueueBoardDocument, QueueBoardDocument } from '../../gql/graphql';

/**
 * "Queues" in the admin navigation, when the server has a job queue board (Redis). The board is
 * a server page: the link asks for a single-use ticket and opens it in a new tab, where the
 * ticket becomes the board's own cookie (the access token never leaves the app's memory).
 */
export function QueueBoardLink({ onNavigate }: { onNavigate?: () => void }) {
  const { t } = useTranslation();
  const { data } = useQuery(QueueBoardDocument, { fetchPolicy: 'cache-first' });
  const [open, { loading }] = useMutation(OpenQueueBoardDocument);
  if (!data?.queueBoard.enabled) return null;
  const openBoard = async () => {
    // Opened at once (a popup blocker allows it only inside the click), pointed at the ticket once it is there.
    const tab = window.open('about:blank', '_blank');
    try {
      const result = await open({ variables: {} });
      const url = result.data?.openQueueBoard.url;
      if (!url) throw new Error(result.error?.message ?? 'no link');
      if (tab) tab.location.href = url;
      else window.location.assign(url);
      onNavigate?.();
    } catch (error) {
      tab?.close();
      notifications.show({ color: 'red', message: t('admin.nav.queuesFailed', { message: error instanceof Error ? error.message : String(error) }) });
    }
  };
  return (
    <NavLink
      component="button"
      type="button"
      label={t('admin.nav.queues')}
      leftSection={<IconStack2 size={18} />}
      disabled={loading}
      onClick={() => void openBoard()}
    />
  );
}
