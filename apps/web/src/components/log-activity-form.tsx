import { Button, Group, SegmentedControl, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { LOGGED_ACTIVITY_KINDS } from '@lifeboat/shared';

/** The kinds a person logs (the others are written by the system): libs/domain's vocabulary. */
export const LOGGABLE_KINDS = LOGGED_ACTIVITY_KINDS;
export type LoggableKind = (typeof LOGGABLE_KINDS)[number];

export interface ActivityDraft {
  kind: LoggableKind;
  body: string;
  outcome: string | null;
  nextStepAt: string | null;
}

/** Logging a call in seconds: kind, what happened, how it went, when to follow up. */
export function LogActivityForm({
  onSubmit,
  submitting,
  autoFocus,
}: {
  onSubmit: (draft: ActivityDraft) => Promise<boolean>;
  submitting: boolean;
  autoFocus?: boolean;
}) {
  const { t } = useTranslation();
  const kindLabel = useId();
  const [kind, setKind] = useState<LoggableKind>('call');
  const [body, setBody] = useState('');
  const [outcome, setOutcome] = useState('');
  const [nextStepAt, setNextStepAt] = useState('');

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!body.trim()) return;
    const ok = await onSubmit({
      kind,
      body: body.trim(),
      outcome: outcome.trim() || null,
      nextStepAt: nextStepAt ? new Date(nextStepAt).toISOString() : null,
    });
    if (ok) {
      setBody('');
      setOutcome('');
      setNextStepAt('');
    }
  }

  return (
    <form onSubmit={(e) => void submit(e)}>
      <Stack gap="xs">
        <div>
          <Text size="sm" fw={500} id={kindLabel} mb={4}>
            {t('account.kind')}
          </Text>
          <SegmentedControl
            aria-labelledby={kindLabel}
            fullWidth
            data={LOGGABLE_KINDS.map((k) => ({ value: k, label: t(`domain.activity.${k}`) }))}
            value={kind}
            onChange={(v) => setKind(v as LoggableKind)}
          />
        </div>
        <Textarea
          label={t('account.body')}
          required
          autosize
          minRows={2}
          value={body}
          onChange={(e) => setBody(e.currentTarget.value)}
          data-autofocus={autoFocus || undefined}
        />
        <Group grow align="flex-start" wrap="wrap">
          <TextInput label={t('account.outcome')} value={outcome} onChange={(e) => setOutcome(e.currentTarget.value)} miw={180} />
          <TextInput
            label={t('account.nextStepAt')}
            type="datetime-local"
            value={nextStepAt}
            onChange={(e) => setNextStepAt(e.currentTarget.value)}
            miw={180}
          />
        </Group>
        <Group justify="flex-end">
          <Button type="submit" loading={submitting} disabled={!body.trim()}>
            {t('account.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
