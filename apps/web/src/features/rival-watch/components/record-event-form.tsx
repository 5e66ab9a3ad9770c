import { Button, Card, Group, NativeSelect, NumberInput, SimpleGrid, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DISTRESS_KINDS } from '@lifeboat/shared';
import type { DistressKind, RecordDistressEventInput } from '../../../gql/graphql';

/** The kinds, in the domain's order (one list: libs/domain's vocabulary). */
const KINDS: readonly DistressKind[] = DISTRESS_KINDS;

/** "2026-11-23T09:30" in the browser's zone, as <input type="datetime-local"> wants it. */
function localInputValue(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

type Errors = Partial<Record<'occurredAt' | 'shutdownAt' | 'sourceUrl' | 'summary', string>>;

/** A manager records what happened to the rival, with its source. */
export function RecordEventForm({
  rivalId,
  version,
  busy,
  onSubmit,
}: {
  rivalId: string;
  version: number;
  busy: boolean;
  onSubmit: (input: RecordDistressEventInput) => Promise<boolean>;
}) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<DistressKind>('press_report');
  const [occurredAt, setOccurredAt] = useState(() => localInputValue(new Date()));
  const [severity, setSeverity] = useState<number>(3);
  const [shutdownAt, setShutdownAt] = useState('');
  const [sourceUrl, setSourceUrl] = useState('');
  const [summary, setSummary] = useState('');
  const [errors, setErrors] = useState<Errors>({});

  const validate = (): Errors => {
    const next: Errors = {};
    if (!occurredAt) next.occurredAt = t('rivalWatch.record.dateRequired');
    if (kind === 'shutdown_warning' && !shutdownAt) next.shutdownAt = t('rivalWatch.record.shutdownRequired');
    if (sourceUrl && !/^https?:\/\/\S+$/i.test(sourceUrl.trim())) next.sourceUrl = t('rivalWatch.record.sourceInvalid');
    if (!summary.trim()) next.summary = t('rivalWatch.record.summaryRequired');
    return next;
  };

  return (
    <Card component="section" aria-labelledby="record-title" padding="md">
      <Title order={2} size="h4" id="record-title" mb="sm">
        {t('rivalWatch.record.title')}
      </Title>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          const found = validate();
          setErrors(found);
          if (Object.keys(found).length > 0) return;
          void onSubmit({
            rivalId,
            expectedVersion: version,
            kind,
            occurredAt: new Date(occurredAt).toISOString(),
            severity,
            summary: summary.trim(),
            sourceUrl: sourceUrl.trim() || null,
            shutdownAt: shutdownAt ? new Date(shutdownAt).toISOString() : null,
          }).then((ok) => {
            if (ok) {
              setSummary('');
              setSourceUrl('');
              setShutdownAt('');
            }
          });
        }}
      >
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            <NativeSelect
              label={t('rivalWatch.record.kind')}
              data={KINDS.map((value) => ({ value, label: t(`domain.distress.${value}`) }))}
              value={kind}
              onChange={(event) => setKind(event.currentTarget.value as DistressKind)}
              required
            />
            <TextInput
              type="datetime-local"
              label={t('rivalWatch.record.occurredAt')}
              value={occurredAt}
              onChange={(event) => setOccurredAt(event.currentTarget.value)}
              error={errors.occurredAt}
              required
            />
            <NumberInput
              label={t('rivalWatch.record.severity')}
              min={1}
              max={5}
              clampBehavior="strict"
              allowDecimal={false}
              value={severity}
              onChange={(value) => setSeverity(typeof value === 'number' ? value : Number(value) || 1)}
              required
            />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput
              type="datetime-local"
              label={t('rivalWatch.record.shutdownAt')}
              value={shutdownAt}
              onChange={(event) => setShutdownAt(event.currentTarget.value)}
              error={errors.shutdownAt}
              required={kind === 'shutdown_warning'}
            />
            <TextInput
              type="url"
              label={t('rivalWatch.record.sourceUrl')}
              placeholder="https://"
              value={sourceUrl}
              onChange={(event) => setSourceUrl(event.currentTarget.value)}
              error={errors.sourceUrl}
            />
          </SimpleGrid>
          <Textarea
            label={t('rivalWatch.record.summary')}
            value={summary}
            onChange={(event) => setSummary(event.currentTarget.value)}
            error={errors.summary}
            required
            autosize
            minRows={2}
            maxLength={2000}
          />
          <Group justify="flex-end">
            <Button type="submit" loading={busy}>
              {t('rivalWatch.record.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
