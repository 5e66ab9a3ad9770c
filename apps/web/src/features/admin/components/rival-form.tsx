import { Alert, Button, Group, MultiSelect, NumberInput, Select, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { RIVAL_HEALTHS } from '@lifeboat/shared';
import type { RivalHealth, ServiceKind } from '../../../gql/graphql';
import { fieldErrorsOf } from '../../../lib/apollo/field-errors';
import type { AdminRival } from '../api/use-admin-rivals';

export const HEALTHS: readonly RivalHealth[] = RIVAL_HEALTHS;
export const SERVICES: ServiceKind[] = ['vpn', 'ip_transit', 'hosting', 'colocation', 'web_hosting', 'voice'];

export interface RivalValues {
  name: string;
  country: string;
  health: RivalHealth;
  /** yyyy-mm-dd, or '' when unknown. */
  shutdownDate: string;
  services: ServiceKind[];
  claimedAvailabilityPercent: number | null;
}

/** The day of an ISO instant, as <input type="date"> wants it (UTC). */
export function dayOf(iso: string | null | undefined): string {
  return iso ? iso.slice(0, 10) : '';
}

/** The instant a chosen day stands for: noon UTC, so it is that day in every European zone. */
export function instantOf(day: string): string {
  return `${day}T12:00:00.000Z`;
}

/**
 * A rival, new or edited: name, country, health, expected shutdown, services it sells and the
 * availability its SLA claims. The api's refusals (a shutdown in the past, a bad country…) are
 * shown next to their field; a CONFLICT or anything else above the form.
 */
export function RivalForm({ initial, onSubmit, onCancel }: { initial?: AdminRival; onSubmit: (values: RivalValues) => Promise<unknown>; onCancel: () => void }) {
  const { t } = useTranslation();
  const [name, setName] = useState(initial?.name ?? '');
  const [country, setCountry] = useState(initial?.country ?? '');
  const [health, setHealth] = useState<RivalHealth>(initial?.health ?? 'distressed');
  const [shutdownDate, setShutdownDate] = useState(dayOf(initial?.shutdownExpectedAt));
  const [services, setServices] = useState<ServiceKind[]>(initial?.services ?? []);
  const [sla, setSla] = useState<number | string>(initial?.claimedAvailabilityPercent ?? '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [alert, setAlert] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const local: Record<string, string> = {};
    if (!name.trim()) local['name'] = t('admin.rivals.invalid.name');
    if (!/^[A-Za-z]{2}$/.test(country.trim())) local['country'] = t('admin.rivals.invalid.country');
    setErrors(local);
    setAlert(null);
    if (Object.keys(local).length > 0) return;
    setBusy(true);
    try {
      await onSubmit({
        name: name.trim(),
        country: country.trim().toUpperCase(),
        health,
        shutdownDate,
        services,
        claimedAvailabilityPercent: sla === '' ? null : Number(sla),
      });
    } catch (e) {
      const { fields, message } = fieldErrorsOf(e);
      setErrors(fields);
      setAlert(message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form noValidate onSubmit={(e) => void submit(e)} aria-label={initial ? t('admin.rivals.editNamed', { name: initial.name }) : t('admin.rivals.create')}>
      <Stack gap="sm">
        {alert && (
          <Alert color="red" role="alert">
            {alert}
          </Alert>
        )}
        <TextInput label={t('admin.rivals.name')} value={name} onChange={(e) => setName(e.currentTarget.value)} required error={errors['name']} data-autofocus />
        <Group grow wrap="wrap" align="flex-start">
          <TextInput
            label={t('admin.rivals.country')}
            description={t('admin.rivals.countryHint')}
            value={country}
            maxLength={2}
            onChange={(e) => setCountry(e.currentTarget.value)}
            required
            error={errors['country']}
            miw={140}
          />
          <Select
            label={t('admin.rivals.health')}
            data={HEALTHS.map((h) => ({ value: h, label: t(`rivals.health.${h}`) }))}
            value={health}
            onChange={(v) => v && setHealth(v as RivalHealth)}
            allowDeselect={false}
            error={errors['health']}
            miw={160}
          />
        </Group>
        <Group grow wrap="wrap" align="flex-start">
          <TextInput
            type="date"
            label={t('admin.rivals.shutdown')}
            description={t('admin.rivals.shutdownHint')}
            value={shutdownDate}
            onChange={(e) => setShutdownDate(e.currentTarget.value)}
            error={errors['shutdownExpectedAt']}
            miw={160}
          />
          <NumberInput
            label={t('admin.rivals.sla')}
            description={t('admin.rivals.slaHint')}
            value={sla}
            onChange={setSla}
            min={0}
            max={100}
            decimalScale={3}
            suffix=" %"
            error={errors['claimedAvailabilityPercent']}
            miw={160}
          />
        </Group>
        <MultiSelect
          label={t('admin.rivals.services')}
          data={SERVICES.map((s) => ({ value: s, label: t(`domain.service.${s}`) }))}
          value={services}
          onChange={(v) => setServices(v as ServiceKind[])}
          error={errors['services']}
          searchable
          clearable
        />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onCancel}>
            {t('admin.common.cancel')}
          </Button>
          <Button type="submit" loading={busy}>
            {initial ? t('admin.common.save') : t('admin.rivals.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
