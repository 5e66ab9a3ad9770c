import { Button, Group, Modal, NativeSelect, Stack, TextInput } from '@mantine/core';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LOST_REASONS, type LostReason } from '@lifeboat/domain';

export interface LostDetails {
  reason: LostReason;
  /** The bidder it was lost to, when known. */
  bidder: string | null;
}

/**
 * Asks why before a deal is marked lost (a reason is required by the pipeline rules; the bidder is
 * optional), wherever a deal can be lost: the pipeline board and the account page.
 */
export function MarkLostDialog({
  accountName,
  opened,
  loading = false,
  onClose,
  onConfirm,
}: {
  accountName: string;
  opened: boolean;
  loading?: boolean;
  onClose: () => void;
  onConfirm: (lost: LostDetails) => void;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState<LostReason | ''>('');
  const [bidder, setBidder] = useState('');
  // Each opening starts blank: the previous deal's reason must not carry over.
  useEffect(() => {
    if (opened) {
      setReason('');
      setBidder('');
    }
  }, [opened]);

  function confirm(event: FormEvent) {
    event.preventDefault();
    if (reason) onConfirm({ reason, bidder: bidder.trim() || null });
  }

  return (
    <Modal opened={opened} onClose={onClose} title={t('pipeline.lostTitle', { name: accountName })}>
      <form onSubmit={confirm}>
        <Stack gap="sm">
          <NativeSelect
            label={t('pipeline.lostReason')}
            required
            data={[{ value: '', label: '—' }, ...LOST_REASONS.map((r) => ({ value: r, label: t(`domain.lostReason.${r}`) }))]}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value as LostReason | '')}
            data-autofocus
          />
          <TextInput label={t('pipeline.lostTo')} value={bidder} onChange={(e) => setBidder(e.currentTarget.value)} maxLength={200} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color="red" disabled={!reason} loading={loading}>
              {t('pipeline.confirmLost')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
