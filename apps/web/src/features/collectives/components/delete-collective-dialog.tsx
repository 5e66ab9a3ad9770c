import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { errorMessage, errorTitleKey } from '../../../lib/apollo/errors';
import { useCollectiveTerms } from '../api/use-collective-terms';

/**
 * Deleting a collective, confirmed: its members are unlinked (the accounts stay). A collective whose
 * terms were signed is kept (the api refuses it too): the dialog says why and offers no delete.
 */
export function DeleteCollectiveDialog({
  opened,
  collective,
  onClose,
  onDeleted,
}: {
  opened: boolean;
  collective: { id: string; name: string; version: number; members: { totalCount: number }; agreement?: { status: string } | null };
  onClose: () => void;
  onDeleted: () => void;
}) {
  const { t } = useTranslation();
  const { remove, removing } = useCollectiveTerms();
  const signed = collective.agreement?.status === 'signed';
  const confirm = async () => {
    try {
      await remove({ variables: { input: { id: collective.id, expectedVersion: collective.version } }, update: (cache) => cache.evict({ fieldName: 'collectives' }) });
      notifications.show({ color: 'green', message: t('collectives.delete.done', { name: collective.name }) });
      onClose();
      onDeleted();
    } catch (e) {
      notifications.show({ color: 'red', title: t(errorTitleKey(e)), message: errorMessage(e) });
      onClose();
    }
  };
  return (
    <Modal opened={opened} onClose={onClose} title={t('collectives.delete.title', { name: collective.name })}>
      <Stack gap="sm">
        <Text size="sm">{signed ? t('collectives.delete.signed') : t('collectives.delete.body', { count: collective.members.totalCount })}</Text>
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose}>
            {t('collectives.cancel')}
          </Button>
          {!signed && (
            <Button color="red" onClick={() => void confirm()} loading={removing} data-autofocus>
              {t('collectives.delete.confirm')}
            </Button>
          )}
        </Group>
      </Stack>
    </Modal>
  );
}
