import { Alert, Button, Checkbox, Chip, Group, SegmentedControl, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { IconFileText, IconPhoneCall } from '@tabler/icons-react';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { CALL_OUTCOMES, NEXT_STEP_SHORTCUTS, fromLocalMs, nextStepDate, suggestForOutcome, toLocalMs, type CallOutcome, type Stage } from '@lifeboat/domain';
import { LOGGED_ACTIVITY_KINDS } from '@lifeboat/shared';
import { useFormat } from '../lib/i18n/format';

/** The kinds a person logs (the others are written by the system): libs/domain's vocabulary. */
export const LOGGABLE_KINDS = LOGGED_ACTIVITY_KINDS;
export type LoggableKind = (typeof LOGGABLE_KINDS)[number];

/** What the rep means to do after logging: nothing more, draft the proposal, or open the live one. */
export type AfterLog = 'none' | 'draft' | 'open';

export interface ActivityDraft {
  kind: LoggableKind;
  body: string;
  outcome: string | null;
  outcomeCode: CallOutcome | null;
  nextStep: string | null;
  nextStepAt: string | null;
  /** The stage the account's open deal moves to with the log (one transaction), or null. */
  moveTo: Stage | null;
  after: AfterLog;
}

/** The account's open deal as the quick log sees it: its stage, and whether a proposal is already in play. */
export interface QuickLogDeal {
  stage: Stage;
  /** A draft, pending, approved or sent proposal of the deal: "wants an offer" opens it instead of drafting another. */
  liveProposalId: string | null;
}

/** The browser's time zone: the rep's "tomorrow" is theirs. */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

const DAY_MS = 86_400_000;
/**
 * The api's window for a planning date (up to a year in the past, before 2100): the field refuses
 * anything else, a six-digit year above all (a datetime-local lets the year take six digits).
 */
const PAST_DAYS = 365;
const LATEST = '2099-12-31T23:59';

/** An instant as <input type="datetime-local"> wants it, on the wall clock of `timeZone`. */
export function toLocalInput(instant: Date, timeZone: string): string {
  return new Date(toLocalMs(instant, timeZone)).toISOString().slice(0, 16);
}

/** The instant a datetime-local value stands for in `timeZone`; null when it is not a four-digit-year date and time. */
export function fromLocalInput(value: string, timeZone: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value)) return null;
  const local = Date.parse(`${value}:00Z`);
  return Number.isNaN(local) ? null : fromLocalMs(local, timeZone);
}

/**
 * Logging a call in seconds: kind, how it went with one click (which suggests the next step and,
 * when the deal calls for it, the stage move), what was said, the next step in words with a date
 * picked by a shortcut, and the move to make with it. With a deal whose customer wants an offer, the
 * main button logs and drafts the proposal (or opens the one already in play).
 */
export function LogActivityForm({
  onSubmit,
  submitting,
  autoFocus,
  deal = null,
  timeZone = browserTimeZone(),
  now = () => new Date(),
}: {
  onSubmit: (draft: ActivityDraft) => Promise<boolean>;
  submitting: boolean;
  autoFocus?: boolean;
  deal?: QuickLogDeal | null;
  /** Where "tomorrow" and business days are counted: the rep's zone. */
  timeZone?: string;
  now?: () => Date;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const kindLabel = useId();
  const outcomeLabel = useId();
  const shortcutsLabel = useId();
  const [kind, setKind] = useState<LoggableKind>('call');
  const [outcomeCode, setOutcomeCode] = useState<CallOutcome | null>(null);
  const [body, setBody] = useState('');
  const [outcome, setOutcome] = useState('');
  const [nextStep, setNextStep] = useState('');
  const [nextStepAt, setNextStepAt] = useState('');
  /** The rep's own choice about the move; null follows the outcome's suggestion (even when the deal is read after the pick). */
  const [moveChoice, setMoveChoice] = useState<boolean | null>(null);
  const [stepEdited, setStepEdited] = useState(false);
  const [dateEdited, setDateEdited] = useState(false);
  /** Which button sent the form: Enter in a field is a plain log. */
  const chosen = useRef<AfterLog>('none');

  const today = now();
  const min = toLocalInput(new Date(today.getTime() - PAST_DAYS * DAY_MS), timeZone).slice(0, 10) + 'T00:00';
  const max = LATEST;
  const when = nextStepAt ? fromLocalInput(nextStepAt, timeZone) : null;
  const dateError = nextStepAt && (!when || nextStepAt < min || nextStepAt > max);

  const suggestion = outcomeCode && deal && kind !== 'note' ? suggestForOutcome(outcomeCode, deal.stage) : null;
  const moveTo = suggestion?.moveTo ?? null;
  const move = moveChoice ?? moveTo !== null;
  const after: AfterLog = suggestion?.draftProposal ? (deal?.liveProposalId ? 'open' : 'draft') : 'none';
  const outcomeWords = outcomeCode ? t(`quickRun.outcomes.${outcomeCode}`) : '';
  const canSubmit = (!!body.trim() || !!outcomeCode) && !dateError;

  function pickOutcome(value: string) {
    const code = (value || null) as CallOutcome | null;
    setOutcomeCode(code);
    setMoveChoice(null);
    // The outcome suggests the next step until the rep writes their own.
    if (code && !stepEdited) setNextStep(t(`quickRun.suggestedNextStep.${code}`));
    if (code && !dateEdited) {
      setNextStepAt(toLocalInput(nextStepDate(code === 'reached_not_now' ? 'next_week' : code === 'reached_wants_offer' ? 'tomorrow' : 'two_business_days', now(), timeZone), timeZone));
    }
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const then = chosen.current;
    chosen.current = 'none';
    if (!canSubmit) return;
    const ok = await onSubmit({
      kind,
      body: body.trim() || outcomeWords,
      outcome: outcome.trim() || null,
      outcomeCode: kind === 'note' ? null : outcomeCode,
      nextStep: nextStep.trim() || null,
      nextStepAt: when ? when.toISOString() : null,
      moveTo: move ? moveTo : null,
      after: then === after ? after : 'none',
    });
    if (ok) {
      setBody('');
      setOutcome('');
      setOutcomeCode(null);
      setNextStep('');
      setNextStepAt('');
      setMoveChoice(null);
      setStepEdited(false);
      setDateEdited(false);
    }
  }

  const stageName = (stage: Stage) => t(`domain.stage.${stage}`);

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
        {kind !== 'note' && (
          <div role="radiogroup" aria-labelledby={outcomeLabel}>
            <Text size="sm" fw={500} id={outcomeLabel} mb={4}>
              {t('quickRun.outcomeLabel')}
            </Text>
            <Chip.Group multiple={false} value={outcomeCode ?? ''} onChange={pickOutcome}>
              <Group gap={6} wrap="wrap">
                {CALL_OUTCOMES.map((code) => (
                  <Chip key={code} value={code} size="sm" variant="outline" data-testid={`outcome-${code}`}>
                    {t(`quickRun.outcomes.${code}`)}
                  </Chip>
                ))}
              </Group>
            </Chip.Group>
          </div>
        )}
        <Textarea
          label={outcomeCode ? t('quickRun.bodyOptional') : t('account.body')}
          required={!outcomeCode}
          autosize
          minRows={2}
          value={body}
          onChange={(e) => setBody(e.currentTarget.value)}
          data-autofocus={autoFocus || undefined}
        />
        <TextInput label={t('quickRun.outcomeText')} value={outcome} onChange={(e) => setOutcome(e.currentTarget.value)} />
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="xs">
          <TextInput
            label={t('quickRun.nextStep')}
            placeholder={t('quickRun.nextStepPlaceholder')}
            value={nextStep}
            maxLength={500}
            onChange={(e) => {
              setNextStep(e.currentTarget.value);
              setStepEdited(true);
            }}
          />
          <TextInput
            label={t('quickRun.nextStepAt')}
            type="datetime-local"
            value={nextStepAt}
            min={min}
            max={max}
            onChange={(e) => {
              setNextStepAt(e.currentTarget.value);
              setDateEdited(true);
            }}
            error={
              dateError
                ? t('quickRun.dateOutOfRange', { from: format.date(new Date(today.getTime() - PAST_DAYS * DAY_MS).toISOString()), to: format.date('2099-12-31T12:00:00Z') })
                : null
            }
          />
        </SimpleGrid>
        <Group gap={6} role="group" aria-labelledby={shortcutsLabel} wrap="wrap">
          <Text size="xs" c="dimmed" id={shortcutsLabel}>
            {t('quickRun.shortcuts.label')}
          </Text>
          {NEXT_STEP_SHORTCUTS.map((shortcut) => (
            <Button key={shortcut} size="compact-xs" variant="default" onClick={() => {
                setNextStepAt(toLocalInput(nextStepDate(shortcut, now(), timeZone), timeZone));
                setDateEdited(true);
              }}>
              {t(`quickRun.shortcuts.${shortcut}`)}
            </Button>
          ))}
        </Group>
        {deal && moveTo && (
          <Alert variant="light" color="harbour" p="xs">
            <Checkbox
              checked={move}
              onChange={(e) => setMoveChoice(e.currentTarget.checked)}
              label={t('quickRun.move', { from: stageName(deal.stage), to: stageName(moveTo) })}
              description={t('quickRun.moveHint')}
            />
          </Alert>
        )}
        <Group justify="flex-end" gap="xs" wrap="wrap">
          {after !== 'none' && (
            <Button type="submit" variant="default" loading={submitting} disabled={!canSubmit} leftSection={<IconPhoneCall size={16} aria-hidden />}>
              {t('quickRun.save')}
            </Button>
          )}
          {after !== 'none' ? (
            <Button
              type="submit"
              onClick={() => (chosen.current = after)}
              loading={submitting}
              disabled={!canSubmit}
              leftSection={<IconFileText size={16} aria-hidden />}
              // A long label (French, on a phone) wraps instead of being cut.
              styles={{ root: { height: 'auto', minHeight: 36, maxWidth: '100%' }, label: { whiteSpace: 'normal', textAlign: 'left', paddingBlock: 6 } }}
            >
              {after === 'draft' ? t('quickRun.logAndDraft') : t('quickRun.logAndOpen')}
            </Button>
          ) : (
            <Button type="submit" loading={submitting} disabled={!canSubmit}>
              {t('account.save')}
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}
