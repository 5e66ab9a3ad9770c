import { Anchor, Badge, Button, Card, Group, NumberInput, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CREDIBLE_SCENARIO_PERCENT } from '@lifeboat/domain';
import { errorMessage } from '../../../lib/apollo/errors';
import { useFormat } from '../../../lib/i18n/format';
import { useShutdownScenarios, type ShutdownScenario } from '../api/use-shutdown-scenarios';

/** "2026-11-23T09:30" in the browser's zone, as <input type="datetime-local"> wants it. */
function localInputValue(iso: string): string {
  const date = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

type Field = 'label' | 'goesDarkAt' | 'probabilityPercent' | 'sourceUrl';
export interface ScenarioDraft {
  label: string;
  goesDarkAt: string;
  probabilityPercent: number;
  sourceUrl: string | null;
  sourceNote: string | null;
}

/** Add or edit one scenario; checks what it can before sending (the api checks again). */
function ScenarioForm({
  initial,
  othersPercent,
  busy,
  onSubmit,
  onCancel,
}: {
  initial: ShutdownScenario | null;
  /** The probabilities of the rival's other scenarios, added up. */
  othersPercent: number;
  busy: boolean;
  onSubmit: (draft: ScenarioDraft, dateChanged: boolean) => Promise<boolean>;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const [label, setLabel] = useState(initial?.label ?? '');
  const [goesDarkAt, setGoesDarkAt] = useState(initial ? localInputValue(initial.goesDarkAt) : '');
  const [percent, setPercent] = useState<number | string>(initial?.probabilityPercent ?? Math.max(0, Math.min(50, 100 - othersPercent)));
  const [sourceUrl, setSourceUrl] = useState(initial?.sourceUrl ?? '');
  const [sourceNote, setSourceNote] = useState(initial?.sourceNote ?? '');
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});

  const submit = async () => {
    const next: Partial<Record<Field, string>> = {};
    const at = goesDarkAt ? new Date(goesDarkAt) : null;
    const dateChanged = !initial || !at || at.getTime() !== new Date(initial.goesDarkAt).getTime();
    if (!label.trim()) next.label = t('scenarios.form.labelRequired');
    if (!at || Number.isNaN(at.getTime())) next.goesDarkAt = t('scenarios.form.dateRequired');
    else if (dateChanged && at.getTime() <= Date.now()) next.goesDarkAt = t('scenarios.form.dateFuture');
    const p = typeof percent === 'number' ? percent : Number.NaN;
    if (!Number.isInteger(p) || p < 0 || p > 100) next.probabilityPercent = t('scenarios.form.percentRange');
    else if (p + othersPercent > 100) next.probabilityPercent = t('scenarios.form.percentSum', { others: othersPercent, max: 100 - othersPercent });
    if (sourceUrl.trim() && !/^https?:\/\/\S+$/i.test(sourceUrl.trim())) next.sourceUrl = t('scenarios.form.urlInvalid');
    setErrors(next);
    if (Object.keys(next).length > 0 || !at) return;
    const ok = await onSubmit(
      { label: label.trim(), goesDarkAt: at.toISOString(), probabilityPercent: p, sourceUrl: sourceUrl.trim() || null, sourceNote: sourceNote.trim() || null },
      dateChanged,
    );
    if (ok && !initial) {
      setLabel('');
      setGoesDarkAt('');
      setSourceUrl('');
      setSourceNote('');
    }
  };

  return (
    <Stack gap="xs" component="form" onSubmit={(e) => (e.preventDefault(), void submit())} aria-label={initial ? t('scenarios.form.editTitle') : t('scenarios.form.addTitle')}>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="xs">
        <TextInput label={t('scenarios.form.label')} value={label} onChange={(e) => setLabel(e.currentTarget.value)} error={errors.label} maxLength={200} required />
        <TextInput
          type="datetime-local"
          label={t('scenarios.form.goesDarkAt')}
          value={goesDarkAt}
          onChange={(e) => setGoesDarkAt(e.currentTarget.value)}
          error={errors.goesDarkAt}
          required
        />
        <NumberInput
          label={t('scenarios.form.probability')}
          min={0}
          max={100}
          allowDecimal={false}
          suffix=" %"
          value={percent}
          onChange={setPercent}
          error={errors.probabilityPercent}
          required
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
        <TextInput label={t('scenarios.form.sourceUrl')} value={sourceUrl} onChange={(e) => setSourceUrl(e.currentTarget.value)} error={errors.sourceUrl} type="url" />
        <Textarea label={t('scenarios.form.sourceNote')} value={sourceNote} onChange={(e) => setSourceNote(e.currentTarget.value)} autosize minRows={1} maxLength={2000} />
      </SimpleGrid>
      <Group gap="xs">
        <Button type="submit" loading={busy} size="sm">
          {initial ? t('scenarios.form.save') : t('scenarios.form.add')}
        </Button>
        {onCancel && (
          <Button variant="subtle" size="sm" onClick={onCancel}>
            {t('scenarios.form.cancel')}
          </Button>
        )}
      </Group>
    </Stack>
  );
}

/**
 * A rival's shutdown scenarios, by date, on its page: which one governs the shutdown date and
 * why; managers and admins add, edit and remove them.
 */
export function ScenarioList({ rivalId, canEdit }: { rivalId: string; canEdit: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { scenarios, busy, add, update, remove } = useShutdownScenarios(rivalId);
  const [editing, setEditing] = useState<string | null>(null);
  if (!scenarios) return null;
  const total = scenarios.reduce((sum, s) => sum + s.probabilityPercent, 0);
  const failed = (e: unknown) => {
    notifications.show({ color: 'red', message: t('scenarios.failed', { message: errorMessage(e) }) });
    return false;
  };

  return (
    <Card component="section" aria-labelledby="scenarios-title" padding="md">
      <Title order={2} size="h4" id="scenarios-title">
        {t('scenarios.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('scenarios.rule', { percent: CREDIBLE_SCENARIO_PERCENT })}
      </Text>
      {scenarios.length === 0 && (
        <Text size="sm" c="dimmed" mb="sm">
          {t('scenarios.none')}
        </Text>
      )}
      <Stack gap="sm">
        {scenarios.map((s) =>
          editing === s.id ? (
            <ScenarioForm
              key={s.id}
              initial={s}
              othersPercent={total - s.probabilityPercent}
              busy={busy}
              onCancel={() => setEditing(null)}
              onSubmit={async (draft, dateChanged) => {
                try {
                  await update({
                    id: s.id,
                    expectedVersion: s.version,
                    label: draft.label,
                    probabilityPercent: draft.probabilityPercent,
                    sourceUrl: draft.sourceUrl,
                    sourceNote: draft.sourceNote,
                    ...(dateChanged ? { goesDarkAt: draft.goesDarkAt } : {}),
                  });
                  setEditing(null);
                  return true;
                } catch (e) {
                  return failed(e);
                }
              }}
            />
          ) : (
            <Card key={s.id} withBorder padding="sm" data-testid="shutdown-scenario">
              <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
                <Stack gap={2} style={{ minWidth: 0, flex: '1 1 16rem' }}>
                  <Group gap="xs" wrap="wrap">
                    <Text fw={700} size="sm">
                      {s.label}
                    </Text>
                    <Badge size="sm" variant="light" color={s.credible ? 'orange' : 'gray'}>
                      {t('scenarios.probability', { percent: format.number(s.probabilityPercent) })}
                    </Badge>
                    {s.governing && (
                      <Badge size="sm" color="red">
                        {t('scenarios.governing')}
                      </Badge>
                    )}
                    {!s.credible && (
                      <Badge size="sm" variant="outline" color="gray">
                        {t('scenarios.notCredible')}
                      </Badge>
                    )}
                  </Group>
                  <Text size="sm">{t('scenarios.goesDark', { date: format.dateTime(s.goesDarkAt) })}</Text>
                  {s.sourceNote && (
                    <Text size="xs" c="dimmed">
                      {s.sourceNote}
                    </Text>
                  )}
                  {s.sourceUrl && (
                    <Anchor href={s.sourceUrl} target="_blank" rel="noopener noreferrer" size="xs" style={{ overflowWrap: 'anywhere' }}>
                      {t('scenarios.source')}
                    </Anchor>
                  )}
                </Stack>
                {canEdit && (
                  <Group gap="xs">
                    <Button size="xs" variant="light" onClick={() => setEditing(s.id)} aria-label={t('scenarios.editOne', { label: s.label })}>
                      {t('scenarios.edit')}
                    </Button>
                    <Button
                      size="xs"
                      variant="subtle"
                      color="red"
                      loading={busy}
                      aria-label={t('scenarios.removeOne', { label: s.label })}
                      onClick={async () => {
                        try {
                          await remove(s.id, s.version);
                        } catch (e) {
                          failed(e);
                        }
                      }}
                    >
                      {t('scenarios.remove')}
                    </Button>
                  </Group>
                )}
              </Group>
            </Card>
          ),
        )}
        {canEdit && editing === null && (
          <Card withBorder padding="sm">
            <Title order={3} size="h5" mb="xs">
              {t('scenarios.form.addTitle')}
            </Title>
            <ScenarioForm
              initial={null}
              othersPercent={total}
              busy={busy}
              onSubmit={async (draft) => {
                try {
                  await add({ rivalId, ...draft });
                  return true;
                } catch (e) {
                  return failed(e);
                }
              }}
            />
          </Card>
        )}
      </Stack>
    </Card>
  );
}
