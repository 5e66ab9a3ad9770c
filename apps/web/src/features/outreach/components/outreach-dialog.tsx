import { useMutation } from '@apollo/client/react';
import { Alert, Button, Code, Group, List, Modal, SegmentedControl, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { MERGE_FIELD_HELP, MERGE_FIELDS, type OutreachLanguage } from '@lifeboat/domain';
import { QueueOutreachDocument, type AccountListFilterInput, type QueueOutreachMutation } from '../../../gql/graphql';
import { errorMessage } from '../../../lib/apollo/errors';

type Counts = QueueOutreachMutation['queueOutreach'];

/**
 * "Email these customers": a template (language, subject, body with {{merge fields}}) mailed to the
 * accounts list's current filters or to a collective's members. "Check" is a dry run: recipients,
 * suppressed addresses (skipped) and unsourced contacts (refused, listed); "Send" queues it and
 * opens the outreach's page.
 */
export function OutreachDialog({
  opened,
  onClose,
  campaignId,
  filter,
  collectiveId,
}: {
  opened: boolean;
  onClose: () => void;
  campaignId: string;
  filter?: AccountListFilterInput;
  collectiveId?: string;
}) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [language, setLanguage] = useState<OutreachLanguage>(i18n.language.startsWith('fr') ? 'fr' : 'en');
  const [subject, setSubject] = useState('');
  const [body, setBody] = useState('');
  const [checked, setChecked] = useState<Counts | null>(null);
  const [queue, queuing] = useMutation(QueueOutreachDocument);
  const input = { campaignId, ...(collectiveId ? { collectiveId } : { filter }), language, subject, body };

  async function check() {
    setChecked(null);
    const res = await queue({ variables: { input: { ...input, dryRun: true } } }).catch(() => null);
    if (res?.data) setChecked(res.data.queueOutreach);
  }

  async function send() {
    const res = await queue({ variables: { input } }).catch(() => null);
    const id = res?.data?.queueOutreach.outreach?.id;
    if (id) {
      onClose();
      navigate(`/outreaches/${encodeURIComponent(id)}`);
    }
  }

  const edit = (set: (v: string) => void) => (e: { currentTarget: { value: string } }) => {
    set(e.currentTarget.value);
    setChecked(null);
  };

  return (
    <Modal opened={opened} onClose={onClose} title={t('outreach.title')} size="lg">
      <Stack>
        <Text size="sm" c="dimmed">
          {collectiveId ? t('outreach.introCollective') : t('outreach.introList')}
        </Text>
        <div>
          <Text size="sm" fw={500} mb={4} id="outreach-language">
            {t('outreach.language')}
          </Text>
          <SegmentedControl
            aria-labelledby="outreach-language"
            value={language}
            onChange={(v) => {
              setLanguage(v as OutreachLanguage);
              setChecked(null);
            }}
            data={[
              { value: 'fr', label: t('outreach.french') },
              { value: 'en', label: t('outreach.english') },
            ]}
          />
        </div>
        <TextInput label={t('outreach.subject')} value={subject} onChange={edit(setSubject)} required maxLength={300} />
        <Textarea label={t('outreach.body')} value={body} onChange={edit(setBody)} required autosize minRows={6} maxRows={16} />
        <div>
          <Text size="sm" fw={500}>
            {t('outreach.mergeFields')}
          </Text>
          <List size="xs" spacing={2}>
            {MERGE_FIELDS.map((f) => (
              <List.Item key={f}>
                <Code>{`{{${f}}}`}</Code> — {MERGE_FIELD_HELP[language][f]}
              </List.Item>
            ))}
          </List>
          <Text size="xs" c="dimmed" mt={4}>
            {t('outreach.footerNote')}
          </Text>
        </div>
        {queuing.error && <Alert color="red">{errorMessage(queuing.error)}</Alert>}
        {checked && (
          <Stack gap={4} aria-live="polite">
            <Text size="sm" fw={600}>
              {t('outreach.recipients', { count: checked.recipients })}
            </Text>
            {checked.suppressed > 0 && <Text size="sm">{t('outreach.suppressed', { count: checked.suppressed })}</Text>}
            {checked.withoutOffer > 0 && <Text size="sm">{t('outreach.withoutOffer', { count: checked.withoutOffer })}</Text>}
            {checked.unsourced > 0 && (
              <Alert color="red" title={t('outreach.unsourced', { count: checked.unsourced })}>
                <Text size="sm">{t('outreach.unsourcedHelp')}</Text>
                <List size="xs">
                  {checked.unsourcedContacts.map((c) => (
                    <List.Item key={c.id}>
                      {c.accountName} — {c.name} &lt;{c.email}&gt;
                    </List.Item>
                  ))}
                </List>
              </Alert>
            )}
          </Stack>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('outreach.cancel')}
          </Button>
          <Button variant="light" onClick={() => void check()} loading={queuing.loading && !checked} disabled={!subject.trim() || !body.trim()}>
            {t('outreach.check')}
          </Button>
          <Button onClick={() => void send()} loading={queuing.loading && !!checked} disabled={!checked || checked.unsourced > 0 || checked.recipients === 0}>
            {t('outreach.send', { count: checked?.recipients ?? 0 })}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
