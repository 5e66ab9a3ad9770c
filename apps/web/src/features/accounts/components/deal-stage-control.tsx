import { useMutation } from '@apollo/client/react';
import { Button, Group, Modal, NativeSelect, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowRight, IconX } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LOST_REASONS, manualTransitions, nextStage, type LostReason, type Role, type Stage } from '@lifeboat/domain';
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
  const [reason, setReason] = useState<LostReason | ''>('');
  const [lostTo, setLostTo] = useState('');
  const allowed = manualTransitions(deal.stage, role);
  const next = nextStage(deal.stage);
  const forward = next && allowed.includes(next) ? next : null;
  const canLose = allowed.includes('lost');
  if (!forward && !canLose) return null;

  async function moveTo(stage: Stage, lost?: { reason: LostReason; bidder: string | null }) {
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

  function confirmLost(event: FormEvent) {
    event.preventDefault();
    if (reason) void moveTo('lost', { reason, bidder: lostTo.trim() || null });
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
      <Modal opened={losing} onClose={() => setLosing(false)} title={t('pipeline.lostTitle', { name: accountName })}>
        <form onSubmit={confirmLost}>
          <Stack gap="sm">
            <NativeSelect
              label={t('pipeline.lostReason')}
              required
              data={[{ value: '', label: '—' }, ...LOST_REASONS.map((r) => ({ value: r, label: t(`domain.lostReason.${r}`) }))]}
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value as LostReason | '')}
            />
            <TextInput label={t('pipeline.lostTo')} value={lostTo} onChange={(e) => setLostTo(e.currentTarget.value)} maxLength={200} />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setLosing(false)}>
                {t('pipeline.cancel')}
              </Button>
              <Button type="submit" color="red" disabled={!reason} loading={loading}>
                {t('pipeline.confirmLost')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
