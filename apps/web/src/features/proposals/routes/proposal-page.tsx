import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Checkbox,
  CopyButton,
  Grid,
  Group,
  NumberInput,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowLeft, IconCheck, IconCopy, IconMail, IconPrinter, IconSend } from '@tabler/icons-react';
import { useState } from 'react';
import { canApprove, type Role } from '@lifeboat/domain';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { OfferLinesTable, OfferTotals } from '../../../components/offer-document';
import { EmptyState, ErrorState, LoadingState } from '../../../components/page-states';
import type { ServiceKind } from '../../../gql/graphql';
import { errorMessage, errorTitleKey } from '../../../lib/apollo/errors';
import { useAuth } from '../../../lib/auth/auth-context';
import { useFormat } from '../../../lib/i18n/format';
import { useOutgoingMail, useProposal, useProposalMutations, type ProposalDetail } from '../api/use-proposal';
import { LineEditor } from '../components/line-editor';
import { SendByEmailDialog, type EmailedProposal } from '../components/send-by-email-dialog';
import { previewProposal, type LineDraft } from '../lib/preview';

const APPROVAL_COLOR = { rep: 'green', manager: 'orange', admin: 'red' } as const;
const STATUS_COLOR: Record<string, string> = {
  draft: 'gray',
  pending_approval: 'orange',
  approved: 'teal',
  sent: 'harbour',
  accepted: 'green',
  expired: 'red',
  superseded: 'gray',
};

function linesOf(proposal: ProposalDetail): LineDraft[] {
  return proposal.lines.map((l) => ({
    serviceKind: l.serviceKind as ServiceKind,
    description: l.description ?? '',
    quantity: l.quantity,
    monthlyUnitPrice: l.monthlyUnitPrice.amount,
    oneTimeFee: l.oneTimeFee.amount,
  }));
}

/** The editable part: lines, term and discount with the approval it needs, the live totals, and the next step. */
function Builder({
  proposal,
  onSent,
  mailing,
  setMailing,
}: {
  proposal: ProposalDetail;
  onSent: (path: string) => void;
  /** The email dialog is open (kept by the page: saving a draft first re-mounts the builder). */
  mailing: boolean;
  setMailing: (open: boolean) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const { user } = useAuth();
  const { update, submit, send, busy } = useProposalMutations();
  const mail = useOutgoingMail();
  const editable = proposal.status === 'draft';
  const [lines, setLines] = useState<LineDraft[]>(() => linesOf(proposal));
  const [termMonths, setTermMonths] = useState<number>(proposal.termMonths);
  const [discountText, setDiscountText] = useState<string>(String(proposal.discountPercent));
  const [attachEvidence, setAttachEvidence] = useState<boolean>(proposal.attachOutageEvidence);
  const [dirty, setDirty] = useState(false);
  const settings = proposal.account.campaign.settings;
  const discountPercent = Number(discountText.replace(',', '.'));
  const currency = proposal.currency;

  const preview = previewProposal({
    lines,
    discountPercent: discountText.trim() === '' ? 0 : discountPercent,
    termMonths,
    plannedCutoverAt: proposal.plannedCutoverAt,
    account: { prepaidUntil: proposal.account.prepaidUntil, monthlySpend: proposal.account.monthlySpend.amount },
    settings,
  });
  const money = (amount: number) => ({ amount, currency });
  const discountError = !preview.ok && preview.field === 'discountPercent' ? t('proposal.discountInvalid') : null;

  const edit = <T,>(setter: (v: T) => void) => (v: T) => {
    setter(v);
    setDirty(true);
  };

  async function save(): Promise<number | null> {
    try {
      const { data } = await update({
        variables: {
          input: {
            proposalId: proposal.id,
            expectedVersion: proposal.version,
            termMonths,
            discountPercent,
            attachOutageEvidence: attachEvidence,
            lines: lines.map((l) => ({ ...l, description: l.description.trim() || null })),
          },
        },
      });
      notifications.show({ color: 'green', message: t('proposal.saved') });
      return data?.updateProposal.proposal.version ?? null;
    } catch (e) {
      notifications.show({ color: 'red', title: t(errorTitleKey(e)), message: errorMessage(e) });
      return null;
    }
  }

  async function submitIt() {
    const version = dirty ? await save() : proposal.version;
    if (version === null) return;
    try {
      const { data } = await submit({ variables: { input: { proposalId: proposal.id, expectedVersion: version } } });
      const status = data?.submitProposal.proposal.status;
      notifications.show({ color: 'green', message: status === 'approved' ? t('proposal.approvedAtOnce') : t('proposal.sentForApproval') });
    } catch (e) {
      notifications.show({ color: 'red', title: t(errorTitleKey(e)), message: errorMessage(e) });
    }
  }

  async function sendIt() {
    try {
      const { data } = await send({ variables: { input: { proposalId: proposal.id, expectedVersion: proposal.version } } });
      if (data) onSent(data.sendProposal.acceptancePath);
      notifications.show({ color: 'green', message: t('proposal.sentToCustomer') });
    } catch (e) {
      notifications.show({ color: 'red', title: t(errorTitleKey(e)), message: errorMessage(e) });
    }
  }

  function emailed(result: EmailedProposal) {
    setMailing(false);
    const who = { name: result.recipient.name, email: result.recipient.email };
    notifications.show({ color: 'green', message: result.resent ? t('proposalMail.resent', who) : t('proposalMail.sent', who) });
  }

  // A draft shows what its discount will need as it is typed; past the draft, what it needed and where it stands
  // (a sent proposal no longer says "approved when you submit", issue #20).
  const approval = editable ? (preview.ok ? preview.approval : null) : proposal.requiredApproval;
  const limits = { rep: settings.discountLimits.repPercent, manager: settings.discountLimits.managerPercent };
  const approvalText = !approval
    ? ''
    : editable
      ? t(`proposal.approval.${approval}`, limits)
      : proposal.status === 'pending_approval' && approval !== 'rep'
        ? t(`proposal.approvalPending.${approval}`, limits)
        : t(`proposal.approvalDone.${approval}`, limits);
  // A draft the caller may approve themselves goes out by email in one step (submitDraft).
  const selfApprovable = approval !== null && !!user && canApprove(user.role as Role, approval);

  async function sendDraftByEmail() {
    if (dirty && (await save()) === null) return;
    setMailing(true);
  }

  return (
    <Grid gap="md">
      <Grid.Col span={{ base: 12, lg: 8 }}>
        <Card component="section" aria-labelledby="lines-title">
          <Stack gap="sm">
            <Title order={2} size="h4" id="lines-title">
              {t('proposal.lines')}
            </Title>
            {editable ? (
              <LineEditor lines={lines} onChange={edit(setLines)} />
            ) : (
              <OfferLinesTable lines={proposal.lines} />
            )}
            <Group align="flex-start" wrap="wrap" gap="md">
              <NumberInput
                label={t('proposal.termMonths')}
                w={150}
                min={1}
                max={120}
                allowDecimal={false}
                value={termMonths}
                onChange={(v) => edit(setTermMonths)(Number(v) || 1)}
                disabled={!editable}
              />
              <TextInput
                label={t('proposal.discount')}
                w={150}
                inputMode="decimal"
                rightSection="%"
                value={discountText}
                onChange={(e) => edit(setDiscountText)(e.currentTarget.value)}
                error={discountError}
                disabled={!editable}
              />
              <Stack gap={2} mt={24} style={{ flex: 1, minWidth: 200 }} aria-live="polite">
                {approval && (
                  <Group gap={6}>
                    <Badge color={APPROVAL_COLOR[approval]} variant="light">
                      {t(`proposal.approvalLevel.${approval}`)}
                    </Badge>
                    <Text size="sm" data-testid="approval-level">
                      {approvalText}
                    </Text>
                  </Group>
                )}
              </Stack>
            </Group>
            {!preview.ok && !discountError && (
              <Alert color="red" variant="light">
                {preview.message}
              </Alert>
            )}
            <Group gap="xs" wrap="wrap" align="flex-start">
              <Checkbox
                label={t('proposal.attachEvidence')}
                description={t('proposal.attachEvidenceHint')}
                checked={attachEvidence}
                onChange={(e) => edit(setAttachEvidence)(e.currentTarget.checked)}
                disabled={!editable}
                style={{ flex: 1, minWidth: 220 }}
              />
              <Anchor component={Link} to={`/accounts/${encodeURIComponent(proposal.account.id)}/outage-evidence`} size="sm">
                {t('proposal.seeEvidence')}
              </Anchor>
            </Group>
          </Stack>
        </Card>
      </Grid.Col>
      <Grid.Col span={{ base: 12, lg: 4 }}>
        <Stack gap="md">
          <Card component="section" aria-labelledby="totals-title">
            <Title order={2} size="h4" id="totals-title" mb="xs">
              {editable && dirty ? t('proposal.previewTotals') : t('proposal.savedTotals')}
            </Title>
            {editable && dirty && preview.ok ? (
              <OfferTotals
                label={t('proposal.previewTotals')}
                totals={{
                  monthlySubtotal: money(preview.totals.monthlySubtotal),
                  monthlyDiscount: money(preview.totals.monthlyDiscount),
                  monthlyTotal: money(preview.totals.monthlyTotal),
                  oneTimeTotal: money(preview.totals.oneTimeTotal),
                  switchCredit: money(preview.totals.switchCredit),
                  totalOverTerm: money(preview.totals.totalOverTerm),
                }}
                discountPercent={discountPercent || 0}
                termMonths={termMonths}
                creditMonths={preview.credit.prepaidMonthsRemaining}
              />
            ) : (
              <OfferTotals
                label={t('proposal.savedTotals')}
                totals={proposal.totals}
                discountPercent={proposal.discountPercent}
                termMonths={proposal.termMonths}
                creditMonths={proposal.switchCredit.prepaidMonthsRemaining}
              />
            )}
            <Text size="xs" c="dimmed" mt="xs">
              {proposal.switchCredit.prepaidDaysRemaining > 0
                ? t('proposal.creditExplained', {
                    days: proposal.switchCredit.prepaidDaysRemaining,
                    date: format.date(proposal.plannedCutoverAt),
                    rate: settings.switchCredit.ratePercent,
                    cap: settings.switchCredit.capMonths,
                  })
                : t('proposal.noCredit', { date: format.date(proposal.plannedCutoverAt) })}
            </Text>
          </Card>
          <Card component="section" aria-labelledby="next-title">
            <Title order={2} size="h4" id="next-title" mb="xs">
              {t('proposal.nextStep')}
            </Title>
            {proposal.status === 'draft' && (
              <Stack gap="xs" align="flex-start">
                {mail?.enabled && selfApprovable && (
                  <>
                    <Button leftSection={<IconMail size={16} aria-hidden />} onClick={() => void sendDraftByEmail()} loading={busy} disabled={!preview.ok}>
                      {t('quickRun.sendNow')}
                    </Button>
                    <Text size="xs" c="dimmed">
                      {t('quickRun.sendNowHint')}
                    </Text>
                  </>
                )}
                {approval && !selfApprovable && (
                  <Text size="sm" data-testid="needs-approval">
                    {approval === 'admin'
                      ? t('quickRun.needsAdminApproval', { percent: discountPercent })
                      : t('quickRun.needsApproval', { percent: discountPercent, limit: settings.discountLimits.repPercent })}
                  </Text>
                )}
                <Group gap="xs" wrap="wrap">
                  {dirty && (
                    <Button variant="default" onClick={() => void save().then(() => setDirty(false))} loading={busy} disabled={!preview.ok}>
                      {t('proposal.save')}
                    </Button>
                  )}
                  <Button
                    variant={mail?.enabled && selfApprovable ? 'default' : 'filled'}
                    onClick={() => void submitIt()}
                    loading={busy}
                    disabled={!preview.ok}
                  >
                    {selfApprovable ? t('proposal.submitAndApprove') : t('proposal.submitForApproval')}
                  </Button>
                </Group>
              </Stack>
            )}
            {proposal.status === 'pending_approval' && <Text size="sm">{t('proposal.waiting')}</Text>}
            {proposal.status === 'approved' && mail?.enabled && (
              <Stack gap="xs" align="flex-start">
                <Button leftSection={<IconMail size={16} aria-hidden />} onClick={() => setMailing(true)}>
                  {t('proposalMail.send')}
                </Button>
                <Button variant="subtle" size="compact-sm" leftSection={<IconSend size={14} aria-hidden />} onClick={() => void sendIt()} loading={busy}>
                  {t('proposalMail.copyInstead')}
                </Button>
              </Stack>
            )}
            {proposal.status === 'approved' && !mail?.enabled && (
              <Stack gap="xs" align="flex-start">
                <Button leftSection={<IconSend size={16} aria-hidden />} onClick={() => void sendIt()} loading={busy}>
                  {t('proposal.send')}
                </Button>
                {mail && (
                  <Text size="xs" c="dimmed" data-testid="no-mail-reason">
                    {t('proposalMail.notConfigured', { missing: mail.missing.join(', ') })}
                  </Text>
                )}
              </Stack>
            )}
            {proposal.status === 'sent' && proposal.validUntil && (
              <Stack gap="xs" align="flex-start">
                <Text size="sm">{t('proposal.validUntil', { date: format.dateTime(proposal.validUntil, settings.timeZone) })}</Text>
                {mail?.enabled && (
                  <Button variant="default" leftSection={<IconMail size={16} aria-hidden />} onClick={() => setMailing(true)}>
                    {t('proposalMail.resend')}
                  </Button>
                )}
              </Stack>
            )}
            {(proposal.status === 'approved' || proposal.status === 'sent' || (proposal.status === 'draft' && selfApprovable)) && (
              <SendByEmailDialog proposal={proposal} opened={mailing} onClose={() => setMailing(false)} onSent={emailed} />
            )}
            {proposal.status === 'accepted' && proposal.signer && (
              <Text size="sm">
                {t('proposal.acceptedBy', {
                  name: proposal.signer.name,
                  title: proposal.signer.title,
                  date: proposal.acceptedAt ? format.dateTime(proposal.acceptedAt) : '',
                })}
              </Text>
            )}
            {(proposal.status === 'expired' || proposal.status === 'superseded') && <Text size="sm">{t(`proposal.is.${proposal.status}`)}</Text>}
          </Card>
        </Stack>
      </Grid.Col>
    </Grid>
  );
}

/** The proposal builder: from the deal's prefilled draft to the acceptance link sent to the customer. */
export function ProposalPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { proposal, loaded, error, refetch } = useProposal(id);
  const [acceptancePath, setAcceptancePath] = useState<string | null>(null);
  const [mailing, setMailing] = useState(false);

  if (error && !proposal) return <ErrorState onRetry={() => void refetch()}>{t('proposal.error', { message: errorMessage(error) })}</ErrorState>;
  if (!loaded) return <LoadingState label={t('proposal.loading')} />;
  if (!proposal) return <EmptyState>{t('proposal.notFound')}</EmptyState>;
  const link = acceptancePath ? `${window.location.origin}${acceptancePath}` : null;

  return (
    <Stack gap="md" component="article" aria-labelledby="proposal-title">
      <Anchor component={Link} to={`/accounts/${encodeURIComponent(proposal.account.id)}`} size="sm">
        <Group gap={4}>
          <IconArrowLeft size={14} aria-hidden /> {proposal.account.name}
        </Group>
      </Anchor>
      <Group justify="space-between" wrap="wrap">
        <Group gap="sm">
          <Title order={1} id="proposal-title">
            {t('proposal.title', { reference: proposal.reference, name: proposal.account.name })}
          </Title>
          <Badge size="lg" color={STATUS_COLOR[proposal.status]} variant="light">
            {t(`proposal.status.${proposal.status}`)}
          </Badge>
        </Group>
        <Button component={Link} to={`/proposals/${encodeURIComponent(proposal.id)}/print`} variant="default" leftSection={<IconPrinter size={16} aria-hidden />}>
          {t('proposal.print')}
        </Button>
      </Group>
      {proposal.rejectionReason && proposal.status === 'draft' && (
        <Alert color="orange" variant="light" title={t('proposal.rejected')}>
          {proposal.rejectionReason}
        </Alert>
      )}
      {link && (
        <Alert color="green" variant="light" title={t('proposal.linkTitle')}>
          <Stack gap="xs">
            <Text size="sm">{t('proposal.linkOnce')}</Text>
            <Group gap="xs" wrap="nowrap">
              <TextInput readOnly value={link} label={t('proposal.link')} style={{ flex: 1 }} onFocus={(e) => e.currentTarget.select()} />
              <CopyButton value={link}>
                {({ copied, copy }) => (
                  <Button mt={24} color={copied ? 'teal' : 'harbour'} onClick={copy} leftSection={copied ? <IconCheck size={16} /> : <IconCopy size={16} />}>
                    {copied ? t('proposal.copied') : t('proposal.copy')}
                  </Button>
                )}
              </CopyButton>
            </Group>
          </Stack>
        </Alert>
      )}
      <Builder key={proposal.version} proposal={proposal} onSent={setAcceptancePath} mailing={mailing} setMailing={setMailing} />
    </Stack>
  );
}

export default ProposalPage;
