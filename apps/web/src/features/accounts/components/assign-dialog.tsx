import { useMutation } from '@apollo/client/react';
import { Button, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AssignAccountDocument } from '../../../gql/graphql';
import { errorMessage } from '../../../lib/apollo/errors';

const NOBODY = '';

export interface AssignTarget {
  id: string;
  name: string;
  version: number;
  owner?: { id: string; name: string } | null;
}

/** A manager gives one account to a member of its campaign team, or unassigns it. */
export function AssignDialog({
  account,
  team,
  onClose,
}: {
  account: AssignTarget | null;
  team: Array<{ id: string; name: string }>;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [owner, setOwner] = useState<string | null>(null);
  const [assign, state] = useMutation(AssignAccountDocument, { refetchQueries: ['Accounts', 'MyQueue', 'Account'] });
  const chosen = owner ?? account?.owner?.id ?? NOBODY;

  async function save() {
    if (!account) return;
    try {
      await assign({ variables: { input: { accountId: account.id, expectedVersion: account.version, ownerId: chosen || null } } });
      notifications.show({ color: 'green', message: chosen ? t('assign.done', { name: team.find((m) => m.id === chosen)?.name ?? '' }) : t('assign.unassigned') });
      setOwner(null);
      onClose();
    } catch (e) {
      notifications.show({ color: 'red', title: t('errors.generic'), message: errorMessage(e) });
    }
  }

  return (
    <Modal
      opened={account !== null}
      onClose={() => {
        setOwner(null);
        onClose();
      }}
      title={account ? t('assign.title', { name: account.name }) : ''}
    >
      <Stack>
        <Text size="sm" c="dimmed">
          {account?.owner ? t('assign.current', { name: account.owner.name }) : t('assign.currentNone')}
        </Text>
        <Select
          label={t('assign.owner')}
          data={[{ value: NOBODY, label: t('accounts.unassigned') }, ...team.map((m) => ({ value: m.id, label: m.name }))]}
          value={chosen}
          onChange={(v) => setOwner(v ?? NOBODY)}
          allowDeselect={false}
          comboboxProps={{ withinPortal: true }}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('assign.cancel')}
          </Button>
          <Button onClick={() => void save()} loading={state.loading} disabled={chosen === (account?.owner?.id ?? NOBODY)}>
            {t('assign.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
