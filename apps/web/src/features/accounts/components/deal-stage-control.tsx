import { useMutation } from '@apollo/client/react';
import { Button, Group } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowRight, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { manualTransitions, nextStage, type Role, type Stage } from '@lifeboat/domain';
import { MarkLostDialog, type LostDetails } from '../../../components/mark-lost-dialog';
import { MoveOpportunityDocument } from '../../../gql/graphql';
import { errorMessage, errorTitleKey } from '../../../lib/apollo/errors';

/**
 * Moving the account's deal from its page, by the same rules as the pipeline board (the api is the
 * judge; its refusal is shown): on to the next stage, or lost with a reason.
 */
export function DealStageControl({
  deal,
  accountName,
  role,
}: {
  deal: { id: string; version: number; stage: Stage };
  accountName: string;
  role: Role;
}) {
  const { t } = useTranslation();
  const [move, { loading }] = useMutation(MoveOpportunityDocument, { refetchQueries: ['Account', 'MyQueue'] });
  const [losing, setLosing] = useState(false);
  const allowed = manualTransitions(deal.stage, role);
  const next = nextStage(deal.stage);
  const forward = next && allowed.includes(next) ? next : null;
  const canLose = allowed.includes('lost');
  if (!forward && !canLose) return null;

  async function moveTo(stage: Stage, lost?: LostDetails) {
    try {
      await move({
        variables: { input: { opportunityId: deal.id, expectedVersion: deal.version, stage, lostReason: lost?.reason ?? null, lostToBidder: lost?.bidder ?? null } },
      });
      notifications.show({ color: 'green', message: t('quickRun.moved', { stage: t(`domain.stage.${stage}`) }) });
      setLosing(false);
    } catch (error) {
      notifications.show({ color: 'red', title: t(errorTitleKey(error)), message: errorMessage(error) });
    }
  }

  return (
    <>
      <Group gap="xs" wrap="wrap" role="group" aria-label={t('quickRun.moveTitle')}>
        {forward && (
          <Button size="xs" variant="light" leftSection={<IconArrowRight size={14} aria-hidden />} onClick={() => void moveTo(forward)} loading={loading}>
            {t('quickRun.moveNext', { stage: t(`domain.stage.${forward}`) })}
          </Button>
        )}
        {canLose && (
          <Button size="xs" variant="subtle" color="red" leftSection={<IconX size={14} aria-hidden />} onClick={() => setLosing(true)}>
            {t('quickRun.markLost')}
          </Button>
        )}
      </Group>
      <MarkLostDialog
        accountName={accountName}
        opened={losing}
        loading={loading}
        onClose={() => setLosing(false)}
        onConfirm={(lost) => void moveTo('lost', lost)}
      />
    </>
  );
}
