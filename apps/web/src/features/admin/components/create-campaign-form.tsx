import { Alert, Button, Group, MultiSelect, Select, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrorsOf, problemUnder } from '../../../lib/apollo/field-errors';
import type { AdminRival } from '../api/use-admin-rivals';
import type { AdminUser } from '../api/use-admin-users';

export interface NewCampaignValues {
  name: string;
  rivalId: string;
  currency: string;
  timeZone: string;
  team: Array<{ userId: string; teamRole: 'manager' | 'rep' }>;
}

const CURRENCIES = ['EUR', 'GBP', 'USD', 'CHF', 'SEK', 'DKK', 'NOK', 'PLN', 'CZK'];
const ZONES = ['Europe/Paris', 'Europe/London', 'Europe/Amsterdam', 'Europe/Berlin', 'Europe/Madrid', 'Europe/Rome', 'Europe/Stockholm', 'Europe/Warsaw', 'America/New_York', 'UTC'];

/**
 * Opens a campaign against a rival: its name, the rival (those an active campaign already targets
 * are marked and not offered), currency and time zone (the defaults: EUR, Europe/Paris), and its
 * team — managers (at least one) and reps. Its rules start from the defaults and are edited on the
 * campaign's card afterwards. The api's refusals are shown next to their field.
 */
export function CreateCampaignForm({
  rivals,
  takenRivalIds,
  users,
  onSubmit,
  onCancel,
}: {
  rivals: AdminRival[];
  takenRivalIds: ReadonlySet<string>;
  users: AdminUser[];
  onSubmit: (values: NewCampaignValues) => Promise<unknown>;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [rivalId, setRivalId] = useState<string | null>(null);
  const [currency, setCurrency] = useState('EUR');
  const [timeZone, setTimeZone] = useState('Europe/Paris');
  const [managers, setManagers] = useState<string[]>([]);
  const [reps, setReps] = useState<string[]>([]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [alert, setAlert] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const active = users.filter((u) => u.active && u.role !== 'admin');
  const option = (u: AdminUser) => ({ value: u.id, label: `${u.name} (${u.email})` });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const local: Record<string, string> = {};
    if (!name.trim()) local['name'] = t('admin.campaigns.create.invalid.name');
    if (!rivalId) local['rivalId'] = t('admin.campaigns.create.invalid.rival');
    if (managers.length === 0) local['team'] = t('admin.campaigns.create.invalid.manager');
    setErrors(local);
    setAlert(null);
    if (Object.keys(local).length > 0 || !rivalId) return;
    setBusy(true);
    try {
      await onSubmit({
        name: name.trim(),
        rivalId,
        currency: currency.trim().toUpperCase(),
        timeZone: timeZone.trim(),
        team: [...managers.map((userId) => ({ userId, teamRole: 'manager' as const })), ...reps.filter((r) => !managers.includes(r)).map((userId) => ({ userId, teamRole: 'rep' as const }))],
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
    <form noValidate onSubmit={(e) => void submit(e)} aria-label={t('admin.campaigns.create.title')}>
      <Stack gap="sm">
        {alert && (
          <Alert color="red" role="alert">
            {alert}
          </Alert>
        )}
        <TextInput
          label={t('admin.campaigns.create.name')}
          placeholder={t('admin.campaigns.create.namePlaceholder')}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          required
          error={errors['name']}
          data-autofocus
        />
        <Select
          label={t('admin.campaigns.create.rival')}
          placeholder={t('admin.campaigns.create.chooseRival')}
          data={rivals.map((r) => ({
            value: r.id,
            label: takenRivalIds.has(r.id) ? t('admin.campaigns.create.rivalTaken', { name: r.name }) : r.name,
            disabled: takenRivalIds.has(r.id),
          }))}
          value={rivalId}
          onChange={setRivalId}
          searchable
          nothingFoundMessage={t('admin.campaigns.create.noRival')}
          required
          error={errors['rivalId']}
        />
        <Group grow wrap="wrap" align="flex-start">
          <Select
            label={t('admin.campaigns.create.currency')}
            data={CURRENCIES}
            value={currency}
            onChange={(v) => v && setCurrency(v)}
            allowDeselect={false}
            searchable
            error={errors['currency']}
            miw={140}
          />
          <Select
            label={t('admin.campaigns.timeZone')}
            data={ZONES}
            value={timeZone}
            onChange={(v) => v && setTimeZone(v)}
            allowDeselect={false}
            searchable
            error={errors['timeZone']}
            miw={180}
          />
        </Group>
        <MultiSelect
          label={t('admin.campaigns.create.managers')}
          description={t('admin.campaigns.create.managersHint')}
          data={active.filter((u) => u.role === 'manager').map(option)}
          value={managers}
          onChange={setManagers}
          searchable
          required
          error={problemUnder(errors, 'team')}
        />
        <MultiSelect
          label={t('admin.campaigns.create.reps')}
          data={active.filter((u) => !managers.includes(u.id)).map(option)}
          value={reps}
          onChange={setReps}
          searchable
        />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onCancel}>
            {t('admin.common.cancel')}
          </Button>
          <Button type="submit" loading={busy}>
            {t('admin.campaigns.create.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
