import { Button, Checkbox, Group, NativeSelect, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutageImpact, RecordOutageInput, ServiceKind } from '../../../gql/graphql';

const IMPACTS: readonly OutageImpact[] = ['major', 'partial', 'degraded'];
const SERVICES: readonly ServiceKind[] = ['vpn', 'ip_transit', 'hosting', 'colocation', 'web_hosting', 'voice'];

/** "2026-11-23T09:30" in the browser's zone, as <input type="datetime-local"> wants it. */
function localInputValue(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

type Errors = Partial<Record<'startedAt' | 'endedAt' | 'services' | 'sourceUrl' | 'summary', string>>;

/** A manager records an outage of the rival: when, how bad, what it touched, with its source. */
export function RecordOutageForm({
  rivalId,
  services: rivalServices,
  busy,
  onSubmit,
}: {
  rivalId: string;
  /** What the rival sells: offered first. */
  services: readonly ServiceKind[];
  busy: boolean;
  onSubmit: (input: RecordOutageInput) => Promise<boolean>;
}) {
  const { t } = useTranslation();
  const [startedAt, setStartedAt] = useState(() => localInputValue(new Date(Date.now() - 3_600_000)));
  const [endedAt, setEndedAt] = useState('');
  const [impact, setImpact] = useState<OutageImpact>('major');
  const [services, setServices] = useState<string[]>([]);
  const [summary, setSummary] = useState('');
  const [sourceUrl, setSourceUrl] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const offered = [...rivalServices, ...SERVICES.filter((s) => !rivalServices.includes(s))];

  const validate = (): Errors => {
    const next: Errors = {};
    const now = Date.now() + 5 * 60_000;
    if (!startedAt) next.startedAt = t('outages.form.startRequired');
    else if (new Date(startedAt).getTime() > now) next.startedAt = t('outages.form.notFuture');
    if (endedAt) {
      if (startedAt && new Date(endedAt).getTime() <= new Date(startedAt).getTime()) next.endedAt = t('outages.form.endAfterStart');
      else if (new Date(endedAt).getTime() > now) next.endedAt = t('outages.form.notFuture');
    }
    if (services.length === 0) next.services = t('outages.form.servicesRequired');
    if (sourceUrl && !/^https?:\/\/\S+$/i.test(sourceUrl.trim())) next.sourceUrl = t('outages.form.sourceInvalid');
    if (!summary.trim()) next.summary = t('outages.form.summaryRequired');
    return next;
  };

  return (
    <form
      noValidate
      aria-label={t('outages.form.title')}
      onSubmit={(event) => {
        event.preventDefault();
        const found = validate();
        setErrors(found);
        if (Object.keys(found).length > 0) return;
        void onSubmit({
          rivalId,
          startedAt: new Date(startedAt).toISOString(),
          endedAt: endedAt ? new Date(endedAt).toISOString() : null,
          impact,
          services: services as ServiceKind[],
          summary: summary.trim(),
          sourceUrl: sourceUrl.trim() || null,
        }).then((ok) => {
          if (ok) {
            setSummary('');
            setSourceUrl('');
            setEndedAt('');
            setServices([]);
          }
        });
      }}
    >
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <TextInput
            type="datetime-local"
            label={t('outages.form.startedAt')}
            value={startedAt}
            onChange={(e) => setStartedAt(e.currentTarget.value)}
            error={errors.startedAt}
            required
          />
          <TextInput
            type="datetime-local"
            label={t('outages.form.endedAt')}
            description={t('outages.form.endedAtHint')}
            value={endedAt}
            onChange={(e) => setEndedAt(e.currentTarget.value)}
            error={errors.endedAt}
          />
          <NativeSelect
            label={t('outages.form.impact')}
            data={IMPACTS.map((value) => ({ value, label: t(`outages.impact.${value}`) }))}
            value={impact}
            onChange={(e) => setImpact(e.currentTarget.value as OutageImpact)}
            required
          />
        </SimpleGrid>
        <Checkbox.Group label={t('outages.form.services')} value={services} onChange={setServices} error={errors.services} withAsterisk>
          <Group gap="md" mt={6} wrap="wrap">
            {offered.map((s) => (
              <Checkbox key={s} value={s} label={t(`domain.service.${s}`)} />
            ))}
          </Group>
        </Checkbox.Group>
        <TextInput
          type="url"
          label={t('outages.form.sourceUrl')}
          placeholder="https://"
          value={sourceUrl}
          onChange={(e) => setSourceUrl(e.currentTarget.value)}
          error={errors.sourceUrl}
        />
        <Textarea
          label={t('outages.form.summary')}
          value={summary}
          onChange={(e) => setSummary(e.currentTarget.value)}
          error={errors.summary}
          required
          autosize
          minRows={2}
          maxLength={2000}
        />
        <Group justify="flex-end">
          <Button type="submit" loading={busy}>
            {t('outages.form.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
