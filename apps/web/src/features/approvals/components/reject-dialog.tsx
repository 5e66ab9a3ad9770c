import { Button, Group, Modal, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PendingProposal } from '../api/use-pending-approvals';

/** Sending terms back needs a reason: whoever proposed them reads it to revise them. */
export function RejectReasonDialog({
  opened,
  title,
  hint,
  busy,
  onCancel,
  onConfirm,
}: {
  opened: boolean;
  title: string;
  /** Who reads the reason, and what becomes of what is sent back. */
  hint: string;
  busy: boolean;
  onCancel: () => void;
  onConfirm: (reason: string) => void;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [touched, setTouched] = useState(false);
  const missing = reason.trim().length === 0;
  const close = () => {
    setReason('');
    setTouched(false);
    onCancel();
  };
  return (
    <Modal opened={opened} onClose={close} title={title}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          setTouched(true);
          if (missing) return;
          onConfirm(reason.trim());
          setReason('');
          setTouched(false);
        }}
        noValidate
      >
        <Stack gap="sm">
          <Textarea
            label={t('approvals.reason')}
            description={hint}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
            error={touched && missing ? t('approvals.reasonRequired') : undefined}
            required
            autosize
            minRows={3}
            maxLength={2000}
            data-autofocus
          />
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={close}>
              {t('approvals.cancel')}
            </Button>
            <Button type="submit" color="red" loading={busy}>
              {t('approvals.confirmReject')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** Rejecting a discount needs a reason: the rep reads it to revise the offer. */
export function RejectDialog({
  proposal,
  busy,
  onCancel,
  onConfirm,
}: {
  proposal: PendingProposal | null;
  busy: boolean;
  onCancel: () => void;
  onConfirm: (reason: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <RejectReasonDialog
      opened={!!proposal}
      title={proposal ? t('approvals.rejectTitle', { reference: proposal.reference }) : ''}
      hint={t('approvals.reasonHint')}
      busy={busy}
      onCancel={onCancel}
      onConfirm={onConfirm}
    />
  );
}
