import { Badge, Button, Card, Group, Modal, NumberInput, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage, errorTitleKey } from '../../../lib/apollo/errors';
import { useAuth } from '../../../lib/auth/auth-context';
import { useCollectiveTerms, type CollectiveAgreement } from '../api/use-collective-terms';

const STATUS_COLOR: Record<CollectiveAgreement['status'], string> = {
  draft: 'gray',
  pending_approval: 'yellow',
  approved: 'harbour',
  signed: 'green',
  withdrawn: 'gray',
};

type Dialog = 'propose' | 'reject' | 'sign' | null;

/**
 * A collective's own deal: its terms, where they stand, who approved and who signed, and the actions
 * the viewer may take (the api decides in the end): anyone of the campaign proposes terms; a manager
 * of the campaign (an admin beyond the manager limit) approves or sends them back; a manager records
 * the spokesperson's signature or withdraws them.
 */
export function CollectiveDeal({
  collectiveId,
  agreement,
  canManage,
  spokespersonName,
  onChanged,
}: {
  collectiveId: string;
  agreement: CollectiveAgreement | null;
  canManage: boolean;
  spokespersonName: string | null;
  onChanged: () => void;
}) {
  const { t, i18n } = useTranslation();
  const { user } = useAuth();
  const terms = useCollectiveTerms();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [discount, setDiscount] = useState<number | string>(agreement?.discountPercent ?? 10);
  const [term, setTerm] = useState<number | string>(agreement?.termMonths ?? 12);
  const [conditions, setConditions] = useState(agreement?.conditions ?? '');
  const [text, setText] = useState('');
  const [touched, setTouched] = useState(false);

  const canDecide = canManage && (user?.role === 'admin' || agreement?.requiredApproval !== 'admin');
  const status = agreement?.status ?? null;
  const version = agreement?.version ?? null;
  const percent = (n: number) => new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 2 }).format(n / 100);
  const date = (iso: string) => new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' }).format(new Date(iso));

  const run = async (action: () => Promise<unknown>, done: string) => {
    try {
      await action();
      setDialog(null);
      setTouched(false);
      notifications.show({ color: 'green', message: done });
      onChanged();
    } catch (e) {
      notifications.show({ color: 'red', title: t(errorTitleKey(e)), message: errorMessage(e) });
      onChanged();
    }
  };

  const openPropose = () => {
    setDiscount(agreement?.discountPercent ?? 10);
    setTerm(agreement?.termMonths ?? 12);
    setConditions(agreement?.conditions ?? '');
    setDialog('propose');
  };
  const openText = (which: 'reject' | 'sign') => {
    setText(which === 'sign' ? (spokespersonName ?? '') : '');
    setTouched(false);
    setDialog(which);
  };
  const versionInput = { collectiveId, expectedVersion: version ?? 0 };
  const badDiscount = typeof discount !== 'number' || discount < 0 || discount > 100;
  const badTerm = typeof term !== 'number' || term < 1 || term > 120 || !Number.isInteger(term);

  return (
    <Card component="section" aria-labelledby="deal-title" withBorder>
      <Group justify="space-between" align="flex-start" gap="xs" mb="sm">
        <Title order={2} size="h4" id="deal-title">
          {t('collectives.deal.title')}
        </Title>
        {status && (
          <Badge variant="light" color={STATUS_COLOR[status]}>
            {t(`collectives.deal.status.${status}`)}
          </Badge>
        )}
      </Group>
      {!agreement ? (
        <Text size="sm" c="dimmed" mb="sm">
          {t('collectives.deal.none')}
        </Text>
      ) : (
        <Stack gap="xs" mb="sm">
          <SimpleGrid cols={2} spacing="xs">
            <div>
              <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
                {t('collectives.deal.discount')}
              </Text>
              <Text size="sm">{percent(agreement.discountPercent)}</Text>
            </div>
            <div>
              <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
                {t('collectives.deal.term')}
              </Text>
              <Text size="sm">{t('collectives.deal.months', { count: agreement.termMonths })}</Text>
            </div>
          </SimpleGrid>
          {agreement.conditions && (
            <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
              {agreement.conditions}
            </Text>
          )}
          <Text size="sm" c="dimmed">
            {t('collectives.deal.proposedBy', { name: agreement.proposedBy, date: date(agreement.submittedAt) })}
            {' · '}
            {t(`approvals.requires.${agreement.requiredApproval}`)}
          </Text>
          {agreement.approvedBy && agreement.approvedAt && (
            <Text size="sm">{t('collectives.deal.approvedBy', { name: agreement.approvedBy, date: date(agreement.approvedAt) })}</Text>
          )}
          {agreement.signedByName && agreement.signedAt && (
            <Text size="sm">{t('collectives.deal.signedBy', { name: agreement.signedByName, date: date(agreement.signedAt), by: agreement.signatureRecordedBy ?? '' })}</Text>
          )}
          {status === 'draft' && agreement.rejectionReason && (
            <Text size="sm" c="red">
              {t('collectives.deal.rejected', { reason: agreement.rejectionReason })}
            </Text>
          )}
          {status === 'pending_approval' && !canDecide && (
            <Text size="sm" c="dimmed">
              {t(agreement.requiredApproval === 'admin' ? 'approvals.whoDecides.admin' : 'approvals.whoDecides.manager')}
            </Text>
          )}
          {status === 'signed' && (
            <Text size="sm" c="dimmed">
              {t('collectives.deal.signedHint')}
            </Text>
          )}
        </Stack>
      )}
      <Group gap="xs">
        {status !== 'signed' && (
          <Button variant={agreement ? 'default' : 'light'} onClick={openPropose} disabled={terms.busy}>
            {t(agreement ? 'collectives.deal.change' : 'collectives.deal.propose')}
          </Button>
        )}
        {status === 'pending_approval' && canDecide && (
          <>
            <Button onClick={() => void run(() => terms.approve({ variables: { input: versionInput } }), t('collectives.deal.approvedDone'))} loading={terms.busy}>
              {t('collectives.deal.approve')}
            </Button>
            <Button variant="default" color="red" onClick={() => openText('reject')} disabled={terms.busy}>
              {t('collectives.deal.reject')}
            </Button>
          </>
        )}
        {status === 'approved' && canManage && (
          <Button onClick={() => openText('sign')} disabled={terms.busy}>
            {t('collectives.deal.sign')}
          </Button>
        )}
        {(status === 'draft' || status === 'pending_approval' || status === 'approved') && canManage && (
          <Button variant="subtle" color="red" onClick={() => void run(() => terms.withdraw({ variables: { input: versionInput } }), t('collectives.deal.withdrawnDone'))} disabled={terms.busy}>
            {t('collectives.deal.withdraw')}
          </Button>
        )}
      </Group>

      <Modal opened={dialog === 'propose'} onClose={() => setDialog(null)} title={t('collectives.deal.proposeTitle')}>
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            setTouched(true);
            if (badDiscount || badTerm) return;
            void run(
              () =>
                terms.propose({
                  variables: { input: { collectiveId, expectedVersion: version, discountPercent: Number(discount), termMonths: Number(term), conditions: conditions.trim() || null } },
                }),
              t('collectives.deal.proposedDone'),
            );
          }}
        >
          <Stack gap="sm">
            <NumberInput
              label={t('collectives.deal.discount')}
              description={t('collectives.deal.discountHint')}
              value={discount}
              onChange={setDiscount}
              min={0}
              max={100}
              decimalScale={2}
              suffix=" %"
              required
              error={touched && badDiscount ? t('collectives.deal.discountInvalid') : undefined}
              data-autofocus
            />
            <NumberInput
              label={t('collectives.deal.term')}
              value={term}
              onChange={setTerm}
              min={1}
              max={120}
              allowDecimal={false}
              required
              error={touched && badTerm ? t('collectives.deal.termInvalid') : undefined}
            />
            <Textarea label={t('collectives.deal.conditions')} value={conditions} onChange={(e) => setConditions(e.currentTarget.value)} autosize minRows={2} maxLength={5000} />
            <Group justify="flex-end" gap="xs">
              <Button variant="default" onClick={() => setDialog(null)}>
                {t('collectives.cancel')}
              </Button>
              <Button type="submit" loading={terms.busy}>
                {t('collectives.deal.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>

      <Modal opened={dialog === 'reject' || dialog === 'sign'} onClose={() => setDialog(null)} title={t(dialog === 'sign' ? 'collectives.deal.signTitle' : 'collectives.deal.rejectTitle')}>
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            setTouched(true);
            if (!text.trim()) return;
            if (dialog === 'sign') void run(() => terms.sign({ variables: { input: { ...versionInput, signedByName: text.trim() } } }), t('collectives.deal.signedDone'));
            else void run(() => terms.reject({ variables: { input: { ...versionInput, reason: text.trim() } } }), t('collectives.deal.rejectedDone'));
          }}
        >
          <Stack gap="sm">
            {dialog === 'sign' ? (
              <TextInput
                label={t('collectives.deal.signer')}
                value={text}
                onChange={(e) => setText(e.currentTarget.value)}
                maxLength={200}
                required
                error={touched && !text.trim() ? t('collectives.deal.signerRequired') : undefined}
                data-autofocus
              />
            ) : (
              <Textarea
                label={t('approvals.reason')}
                value={text}
                onChange={(e) => setText(e.currentTarget.value)}
                autosize
                minRows={3}
                maxLength={2000}
                required
                error={touched && !text.trim() ? t('approvals.reasonRequired') : undefined}
                data-autofocus
              />
            )}
            <Group justify="flex-end" gap="xs">
              <Button variant="default" onClick={() => setDialog(null)}>
                {t('collectives.cancel')}
              </Button>
              <Button type="submit" color={dialog === 'sign' ? undefined : 'red'} loading={terms.busy}>
                {t(dialog === 'sign' ? 'collectives.deal.confirmSign' : 'approvals.confirmReject')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </Card>
  );
}
