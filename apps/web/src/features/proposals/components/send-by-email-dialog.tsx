import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Group, Modal, SegmentedControl, Select, Stack, Text } from '@mantine/core';
import { IconMail } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { proposalMailSubject, type ProposalMailLanguage } from '@lifeboat/shared';
import { EmailProposalDocument, ProposalRecipientsDocument, type EmailProposalMutation, type ProposalDetailFragment } from '../../../gql/graphql';
import { errorCode, errorMessage, errorTitleKey } from '../../../lib/apollo/errors';
import { useFormat } from '../../../lib/i18n/format';

export type EmailedProposal = EmailProposalMutation['emailProposal'];

/** Countries where an offer is written in French by default; elsewhere in English. The rep can change it. */
const FRENCH_SPEAKING = new Set(['FR', 'BE', 'LU', 'MC', 'CH']);

export function defaultMailLanguage(countries: readonly string[]): ProposalMailLanguage {
  return countries.length > 0 && FRENCH_SPEAKING.has(countries[0].toUpperCase()) ? 'fr' : 'en';
}

/**
 * Sends a proposal by email from Lifeboat to a contact of its account (the first one with an
 * address by default: the account lists decision makers first), in English or French, with a
 * preview of the subject; or, for a proposal already sent, sends a new link (the previous one stops
 * working). A refused delivery keeps the dialog open and says that nothing changed.
 */
export function SendByEmailDialog({
  proposal,
  opened,
  onClose,
  onSent,
}: {
  proposal: ProposalDetailFragment;
  opened: boolean;
  onClose: () => void;
  onSent: (result: EmailedProposal) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const resend = proposal.status === 'sent';
  // A fresh draft within the sender's limit is submitted, approved and emailed in one step.
  const submitDraft = proposal.status === 'draft';
  const recipients = useQuery(ProposalRecipientsDocument, { variables: { accountId: proposal.account.id }, skip: !opened });
  const [emailProposal, { loading: sending }] = useMutation(EmailProposalDocument, { refetchQueries: ['Account', 'PipelineDeals', 'MyQueue'] });
  const [picked, setPicked] = useState<string | null>(null);
  const [language, setLanguage] = useState<ProposalMailLanguage>(() => defaultMailLanguage(proposal.account.countries));
  const [failure, setFailure] = useState<unknown>(null);

  const node = recipients.data?.node;
  const account = node && node.__typename === 'Account' ? node : null;
  const contacts = account?.contacts ?? [];
  // The decision maker first (the one who signs), else the first contact with an address.
  const contactId = picked ?? contacts.find((c) => c.email && c.decisionMaker)?.id ?? contacts.find((c) => c.email)?.id ?? null;
  const subject = proposalMailSubject(language, {
    customerName: proposal.account.name,
    monthlyTotal: proposal.totals.monthlyTotal.amount,
    currency: proposal.currency,
    termMonths: proposal.termMonths,
  });

  async function send() {
    if (!contactId) return;
    setFailure(null);
    try {
      const { data } = await emailProposal({ variables: { input: { proposalId: proposal.id, expectedVersion: proposal.version, contactId, language, ...(submitDraft ? { submitDraft: true } : {}) } } });
      if (data) onSent(data.emailProposal);
    } catch (error) {
      setFailure(error);
    }
  }

  const code = failure ? errorCode(failure) : null;

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t(resend ? 'proposalMail.resendTitle' : 'proposalMail.title', { reference: proposal.reference })}
      size="lg"
    >
      <Stack gap="sm">
        {recipients.loading && <Text size="sm">{t('proposalMail.loadingContacts')}</Text>}
        {recipients.error && (
          <Alert color="red" variant="light">
            {errorMessage(recipients.error)}
          </Alert>
        )}
        {account && !contacts.some((c) => c.email) && (
          <Alert color="orange" variant="light">
            {t('proposalMail.noContactWithEmail', { name: proposal.account.name })}
          </Alert>
        )}
        {account && (
          <Select
            label={t('proposalMail.contact')}
            placeholder={t('proposalMail.contactPlaceholder')}
            data={contacts.map((c) => ({
              value: c.id,
              label: c.email ? t('proposalMail.contactOption', { name: c.name, email: c.email }) : t('proposalMail.contactNoEmail', { name: c.name }),
              disabled: !c.email,
            }))}
            value={contactId}
            onChange={(value) => setPicked(value)}
            allowDeselect={false}
            required
          />
        )}
        <Stack gap={4}>
          <Text component="div" size="sm" fw={500} id="proposal-mail-language-label">
            {t('proposalMail.language')}
          </Text>
          <SegmentedControl
            role="radiogroup"
            aria-labelledby="proposal-mail-language-label"
            value={language}
            onChange={(value) => setLanguage(value as ProposalMailLanguage)}
            data={[
              { value: 'en', label: t('proposalMail.languages.en') },
              { value: 'fr', label: t('proposalMail.languages.fr') },
            ]}
            style={{ alignSelf: 'flex-start' }}
          />
        </Stack>
        <Stack gap={2}>
          {account && (
            <Text size="sm">
              <Text span fw={600}>
                {t('proposalMail.from')}
              </Text>{' '}
              {t('proposalMail.fromValue', { campaign: account.campaign.name })}
            </Text>
          )}
          <Text size="sm">
            <Text span fw={600}>
              {t('proposalMail.subject')}
            </Text>{' '}
            <span data-testid="proposal-mail-subject" lang={language}>
              {subject}
            </span>
          </Text>
          <Text size="xs" c="dimmed">
            {t('proposalMail.contents')}
          </Text>
          {submitDraft && (
            <Text size="xs" c="dimmed">
              {t('quickRun.sendNowHint')}
            </Text>
          )}
        </Stack>
        {resend && proposal.validUntil && (
          <Alert color="orange" variant="light">
            {t('proposalMail.resendWarning', { date: format.dateTime(proposal.validUntil, proposal.account.campaign.settings.timeZone) })}
          </Alert>
        )}
        {failure !== null && (
          <Alert
            color="red"
            variant="light"
            role="alert"
            title={
              code === 'MAIL_DELIVERY_FAILED'
                ? t('proposalMail.deliveryFailedTitle')
                : code === 'MAIL_NOT_CONFIGURED'
                  ? t('proposalMail.notConfiguredTitle')
                  : t(errorTitleKey(failure))
            }
          >
            <Stack gap={4}>
              {code === 'MAIL_DELIVERY_FAILED' && <Text size="sm">{t('proposalMail.deliveryFailed')}</Text>}
              {code === 'MAIL_NOT_CONFIGURED' && <Text size="sm">{t('proposalMail.notConfiguredNow')}</Text>}
              <Text size="xs">{t('proposalMail.serverSaid', { message: errorMessage(failure) })}</Text>
            </Stack>
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('proposalMail.cancel')}
          </Button>
          <Button leftSection={<IconMail size={16} aria-hidden />} onClick={() => void send()} loading={sending} disabled={!contactId}>
            {t(resend ? 'proposalMail.resend' : 'proposalMail.send')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
