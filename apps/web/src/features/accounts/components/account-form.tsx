import { ActionIcon, Alert, Button, Checkbox, Fieldset, Group, NumberInput, Select, Stack, TagsInput, Text, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SEGMENTS as ALL_SEGMENTS } from '@lifeboat/shared';
import type { Segment, ServiceKind } from '../../../gql/graphql';
import { errorCode } from '../../../lib/apollo/errors';
import { fieldErrorsOf, problemUnder } from '../../../lib/apollo/field-errors';

export const SEGMENTS: readonly Segment[] = ALL_SEGMENTS;
const SERVICES: ServiceKind[] = ['vpn', 'ip_transit', 'hosting', 'colocation', 'web_hosting', 'voice'];

/** An account's fields as the api takes them (amounts in minor units, dates as ISO instants). */
export interface AccountValues {
  name: string;
  segment: Segment;
  monthlySpend: number;
  countries: string[];
  contractEndsAt: string | null;
  prepaidUntil: string | null;
  hasBackupProvider: boolean;
  rivalIsPrincipalOperator: boolean;
  externalRef: string | null;
  competingBidders: string[];
  rivalServices: Array<{ kind: ServiceKind; quantity: number; monthlyCost: number }>;
}

/** What the form starts from: an existing account (amounts in minor units), or nothing. */
export interface AccountInitial {
  name: string;
  segment: Segment;
  monthlySpend: { amount: number; currency: string };
  countries: string[];
  contractEndsAt?: string | null;
  prepaidUntil?: string | null;
  hasBackupProvider: boolean;
  rivalIsPrincipalOperator: boolean;
  externalRef?: string | null;
  competingBidders: string[];
  rivalServices: Array<{ kind: ServiceKind; quantity: number; monthlyCost: { amount: number } }>;
}

const day = (iso: string | null | undefined) => (iso ? iso.slice(0, 10) : '');
const instant = (d: string) => (d ? `${d}T12:00:00.000Z` : null);
const major = (minor: number) => minor / 100;
const minor = (value: number | string) => Math.round(Number(value || 0) * 100);

type ServiceRow = { kind: ServiceKind; quantity: number | string; monthlyCost: number | string };

/**
 * Creating or editing an account: every field `createAccount` and `updateAccount` take — its
 * segment and monthly spend with the rival, countries, contract end and prepaid term, backup
 * provider, whether the rival is its principal operator, competing bidders, the import key, and
 * the services it buys from the rival. The api's refusals show next to their field; a CONFLICT
 * (someone changed the account meanwhile) above the form, with `onConflict` to read it again.
 */
export function AccountForm({
  initial,
  currency,
  campaignField,
  submitLabel,
  onSubmit,
  onCancel,
  onConflict,
}: {
  initial?: AccountInitial;
  currency: string;
  /** The campaign choice of a new account (rendered first), if any. */
  campaignField?: React.ReactNode;
  submitLabel: string;
  onSubmit: (values: AccountValues) => Promise<unknown>;
  onCancel: () => void;
  onConflict?: () => void;
}) {
  const { t } = useTranslation();
  const [name, setName] = useState(initial?.name ?? '');
  const [segment, setSegment] = useState<Segment | null>(initial?.segment ?? null);
  const [spend, setSpend] = useState<number | string>(initial ? major(initial.monthlySpend.amount) : '');
  const [countries, setCountries] = useState<string[]>(initial?.countries ?? []);
  const [contractEndsAt, setContractEndsAt] = useState(day(initial?.contractEndsAt));
  const [prepaidUntil, setPrepaidUntil] = useState(day(initial?.prepaidUntil));
  const [backup, setBackup] = useState(initial?.hasBackupProvider ?? false);
  const [principal, setPrincipal] = useState(initial?.rivalIsPrincipalOperator ?? false);
  const [externalRef, setExternalRef] = useState(initial?.externalRef ?? '');
  const [bidders, setBidders] = useState<string[]>(initial?.competingBidders ?? []);
  const [services, setServices] = useState<ServiceRow[]>(
    initial?.rivalServices.map((s) => ({ kind: s.kind, quantity: s.quantity, monthlyCost: major(s.monthlyCost.amount) })) ?? [],
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [alert, setAlert] = useState<{ message: string; conflict: boolean } | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const local: Record<string, string> = {};
    if (!name.trim()) local['name'] = t('accountForm.invalid.name');
    if (!segment) local['segment'] = t('accountForm.invalid.segment');
    if (spend === '' || Number(spend) < 0) local['monthlySpend'] = t('accountForm.invalid.spend');
    setErrors(local);
    setAlert(null);
    if (Object.keys(local).length > 0 || !segment) return;
    setBusy(true);
    try {
      await onSubmit({
        name: name.trim(),
        segment,
        monthlySpend: minor(spend),
        countries: countries.map((c) => c.trim().toUpperCase()).filter(Boolean),
        contractEndsAt: instant(contractEndsAt),
        prepaidUntil: instant(prepaidUntil),
        hasBackupProvider: backup,
        rivalIsPrincipalOperator: principal,
        externalRef: externalRef.trim() || null,
        competingBidders: bidders.map((b) => b.trim()).filter(Boolean),
        rivalServices: services.map((s) => ({ kind: s.kind, quantity: Number(s.quantity || 0), monthlyCost: minor(s.monthlyCost) })),
      });
    } catch (e) {
      const { fields, message } = fieldErrorsOf(e);
      setErrors(fields);
      if (message) setAlert({ message, conflict: errorCode(e) === 'CONFLICT' });
    } finally {
      setBusy(false);
    }
  };

  const setService = (i: number, patch: Partial<ServiceRow>) => setServices((rows) => rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));

  return (
    <form noValidate onSubmit={(e) => void submit(e)} aria-label={submitLabel}>
      <Stack gap="sm">
        {alert && (
          <Alert color="red" role="alert" title={alert.conflict ? t('errors.CONFLICT') : undefined}>
            <Stack gap="xs" align="flex-start">
              <Text size="sm">{alert.message}</Text>
              {alert.conflict && onConflict && (
                <Button size="xs" variant="light" onClick={onConflict}>
                  {t('accountForm.reload')}
                </Button>
              )}
            </Stack>
          </Alert>
        )}
        {campaignField}
        <TextInput label={t('accounts.name')} value={name} onChange={(e) => setName(e.currentTarget.value)} required error={errors['name']} data-autofocus />
        <Group grow wrap="wrap" align="flex-start">
          <Select
            label={t('accounts.segment')}
            data={SEGMENTS.map((s) => ({ value: s, label: t(`domain.segment.${s}`) }))}
            value={segment}
            onChange={(v) => setSegment(v as Segment | null)}
            required
            error={errors['segment']}
            miw={180}
          />
          <NumberInput
            label={t('accountForm.monthlySpend', { currency })}
            value={spend}
            onChange={setSpend}
            min={0}
            decimalScale={2}
            thousandSeparator=" "
            required
            error={errors['monthlySpend']}
            miw={180}
          />
        </Group>
        <TagsInput
          label={t('accounts.countries')}
          description={t('accountForm.countriesHint')}
          value={countries}
          onChange={setCountries}
          error={problemUnder(errors, 'countries')}
          splitChars={[',', ' ']}
        />
        <Group grow wrap="wrap" align="flex-start">
          <TextInput type="date" label={t('accountForm.contractEndsAt')} value={contractEndsAt} onChange={(e) => setContractEndsAt(e.currentTarget.value)} error={errors['contractEndsAt']} miw={160} />
          <TextInput type="date" label={t('accountForm.prepaidUntil')} value={prepaidUntil} onChange={(e) => setPrepaidUntil(e.currentTarget.value)} error={errors['prepaidUntil']} miw={160} />
        </Group>
        <Group gap="lg" wrap="wrap">
          <Checkbox label={t('account.backupProvider')} checked={backup} onChange={(e) => setBackup(e.currentTarget.checked)} />
          <Checkbox label={t('account.principalOperator')} checked={principal} onChange={(e) => setPrincipal(e.currentTarget.checked)} />
        </Group>
        <TagsInput
          label={t('account.bidders')}
          description={t('accountForm.biddersHint')}
          value={bidders}
          onChange={setBidders}
          error={problemUnder(errors, 'competingBidders')}
        />
        <TextInput label={t('accountForm.externalRef')} description={t('accountForm.externalRefHint')} value={externalRef} onChange={(e) => setExternalRef(e.currentTarget.value)} error={errors['externalRef']} />
        <Fieldset legend={t('account.services')} variant="filled">
          <Stack gap="xs">
            {services.length === 0 && (
              <Text size="sm" c="dimmed">
                {t('account.noServices')}
              </Text>
            )}
            {services.map((row, i) => (
              <Group key={i} gap="xs" align="flex-end" wrap="wrap">
                <Select
                  label={t('account.service')}
                  data={SERVICES.map((s) => ({ value: s, label: t(`domain.service.${s}`) }))}
                  value={row.kind}
                  onChange={(v) => v && setService(i, { kind: v as ServiceKind })}
                  allowDeselect={false}
                  w={150}
                  error={problemUnder(errors, `rivalServices.${i}.kind`)}
                />
                <NumberInput
                  label={t('account.quantityHeader')}
                  value={row.quantity}
                  onChange={(v) => setService(i, { quantity: v })}
                  min={1}
                  allowDecimal={false}
                  w={100}
                  error={problemUnder(errors, `rivalServices.${i}.quantity`)}
                />
                <NumberInput
                  label={t('accountForm.serviceCost', { currency })}
                  value={row.monthlyCost}
                  onChange={(v) => setService(i, { monthlyCost: v })}
                  min={0}
                  decimalScale={2}
                  w={150}
                  error={problemUnder(errors, `rivalServices.${i}.monthlyCost`)}
                />
                <ActionIcon
                  variant="subtle"
                  color="red"
                  mb={4}
                  onClick={() => setServices((rows) => rows.filter((_, j) => j !== i))}
                  aria-label={t('accountForm.removeService', { n: i + 1 })}
                >
                  <IconTrash size={16} aria-hidden />
                </ActionIcon>
              </Group>
            ))}
            <Group>
              <Button
                size="xs"
                variant="light"
                leftSection={<IconPlus size={14} aria-hidden />}
                onClick={() => setServices((rows) => [...rows, { kind: 'hosting', quantity: 1, monthlyCost: 0 }])}
              >
                {t('accountForm.addService')}
              </Button>
            </Group>
          </Stack>
        </Fieldset>
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={busy}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
