import { Alert, Button, Fieldset, Group, NumberInput, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  assertTimeZone,
  CAMPAIGN_SETTING_RULES,
  obeysSettingRule,
  OPEN_STAGES,
  OUTAGE_IMPACTS,
  resolveCampaignSettings,
  SEGMENTS,
  URGENCY_WEIGHT_KEYS,
  type SettingNumberRule,
} from '@lifeboat/domain';
import type { UpdateCampaignSettingsInput } from '../../../gql/graphql';
import { errorCode, errorExtensions, errorMessage } from '../../../lib/apollo/errors';
import type { AdminCampaign } from '../api/use-admin-campaigns';

/** A numeric setting: its dotted path in the settings (as the api names it in errors) and the domain's bounds for it. */
interface NumberField {
  key: string;
  rule: SettingNumberRule;
}

type GroupId = 'stageDueBusinessDays' | 'migrationLeadDays' | 'discountLimits' | 'switchCredit' | 'proposals' | 'urgencyWeights' | 'outageImpactWeights';

const RULES = CAMPAIGN_SETTING_RULES;
const GROUPS: Array<{ id: GroupId; fields: NumberField[] }> = [
  { id: 'stageDueBusinessDays', fields: OPEN_STAGES.map((s) => ({ key: `stageDueBusinessDays.${s}`, rule: RULES.stageDueBusinessDays })) },
  { id: 'discountLimits', fields: ['repPercent', 'managerPercent'].map((k) => ({ key: `discountLimits.${k}`, rule: RULES.discountPercent })) },
  { id: 'migrationLeadDays', fields: SEGMENTS.map((s) => ({ key: `migrationLeadDays.${s}`, rule: RULES.migrationLeadDays })) },
  {
    id: 'switchCredit',
    fields: [
      { key: 'switchCredit.ratePercent', rule: RULES.switchCreditRatePercent },
      { key: 'switchCredit.capMonths', rule: RULES.switchCreditCapMonths },
    ],
  },
  {
    id: 'proposals',
    fields: [
      { key: 'proposalValidityDays', rule: RULES.proposalValidityDays },
      { key: 'weeklyMigrationCapacity', rule: RULES.weeklyMigrationCapacity },
    ],
  },
  { id: 'urgencyWeights', fields: URGENCY_WEIGHT_KEYS.map((w) => ({ key: `urgencyWeights.${w}`, rule: RULES.urgencyWeight })) },
  { id: 'outageImpactWeights', fields: OUTAGE_IMPACTS.map((i) => ({ key: `outageImpactWeights.${i}`, rule: RULES.outageImpactWeight })) },
];
const NUMBER_FIELDS = GROUPS.flatMap((g) => g.fields);
const KNOWN_KEYS = new Set(['timeZone', ...NUMBER_FIELDS.map((f) => f.key)]);

type Values = Record<string, string | number>;

/** The campaign's settings as dotted paths, e.g. `discountLimits.repPercent` → 10. */
export function flattenSettings(settings: AdminCampaign['settings']): Values {
  const flat: Values = {};
  for (const [key, value] of Object.entries(settings)) {
    if (key === '__typename') continue;
    if (value && typeof value === 'object') {
      for (const [inner, v] of Object.entries(value)) if (inner !== '__typename') flat[`${key}.${inner}`] = v as number;
    } else flat[key] = value as string | number;
  }
  return flat;
}

function isTimeZone(zone: string): boolean {
  try {
    assertTimeZone(zone);
    return true;
  } catch {
    return false;
  }
}

type Problem = { key: string; params?: Record<string, unknown> };

/** What is wrong with the values, by field, as the api would say it (so a mistake is seen before sending). */
export function validateSettings(values: Values): Record<string, Problem> {
  const problems: Record<string, Problem> = {};
  if (!isTimeZone(String(values['timeZone'] ?? ''))) problems['timeZone'] = { key: 'timeZone' };
  for (const field of NUMBER_FIELDS) {
    const raw = values[field.key];
    if (raw === '' || raw === undefined || raw === null) {
      problems[field.key] = { key: 'required' };
      continue;
    }
    const value = Number(raw);
    const { rule } = field;
    if (obeysSettingRule(value, rule)) continue;
    // The domain says no; say why in the words of the form.
    if (!Number.isFinite(value)) problems[field.key] = { key: 'required' };
    else if (rule.integer && !Number.isInteger(value)) problems[field.key] = { key: 'wholeNumber' };
    else if (value < rule.min || value > rule.max) problems[field.key] = { key: 'range', params: { min: rule.min, max: rule.max } };
    else problems[field.key] = { key: 'decimals' };
  }
  if (!problems['discountLimits.managerPercent'] && !problems['discountLimits.repPercent']) {
    const discountLimits = { repPercent: Number(values['discountLimits.repPercent']), managerPercent: Number(values['discountLimits.managerPercent']) };
    try {
      resolveCampaignSettings({ discountLimits }); // the manager's limit may not be below the rep's
    } catch {
      problems['discountLimits.managerPercent'] = { key: 'managerBelowRep' };
    }
  }
  return problems;
}

/** The input of `updateCampaignSettings` holding only what changed. */
export function changedSettings(initial: Values, values: Values): Omit<UpdateCampaignSettingsInput, 'campaignId' | 'expectedVersion'> {
  const input: Record<string, unknown> = {};
  for (const key of KNOWN_KEYS) {
    if (String(values[key]) === String(initial[key])) continue;
    const value = key === 'timeZone' ? String(values[key]).trim() : Number(values[key]);
    const [group, inner] = key.split('.');
    if (inner) input[group] = { ...((input[group] as Record<string, unknown> | undefined) ?? {}), [inner]: value };
    else input[group] = value;
  }
  return input;
}

/**
 * Every rule of a campaign in one form: stage deadlines, discount limits, migration lead times,
 * switch credit, proposal validity and weekly capacity, time zone, urgency weights. Mistakes are
 * shown inline as they are typed; the api's BAD_USER_INPUT lands on the field it names, and a
 * CONFLICT (someone changed the campaign meanwhile) offers to reload it.
 */
export function CampaignSettingsForm({
  campaign,
  onSave,
  onReload,
}: {
  campaign: AdminCampaign;
  onSave: (input: UpdateCampaignSettingsInput) => Promise<unknown>;
  onReload: () => void;
}) {
  const { t } = useTranslation();
  const initial = useMemo(() => flattenSettings(campaign.settings), [campaign.settings]);
  const [values, setValues] = useState<Values>(initial);
  const [submitted, setSubmitted] = useState(false);
  const [saving, setSaving] = useState(false);
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<{ message: string; conflict: boolean } | null>(null);
  const problems = validateSettings(values);
  const changes = changedSettings(initial, values);
  const dirty = Object.keys(changes).length > 0;
  const prefix = `settings-${campaign.id}`;

  const errorOf = (key: string): string | undefined => {
    if (serverErrors[key]) return serverErrors[key];
    const problem = problems[key];
    if (!problem || (!submitted && String(values[key]) === String(initial[key]))) return undefined;
    return t(`admin.campaigns.invalid.${problem.key}` as 'admin.campaigns.invalid.required', problem.params ?? {});
  };

  const set = (key: string, value: string | number) => {
    setValues((v) => ({ ...v, [key]: value }));
    setServerErrors((errors) => Object.fromEntries(Object.entries(errors).filter(([k]) => k !== key)));
  };

  const labelOf = (key: string): string => {
    const [group, inner] = key.split('.');
    if (group === 'stageDueBusinessDays') return t(`domain.stage.${inner}` as 'domain.stage.identified');
    if (group === 'migrationLeadDays') return t(`domain.segment.${inner}` as 'domain.segment.hosting');
    return t(`admin.campaigns.field.${key.replace('.', '_')}` as 'admin.campaigns.field.timeZone');
  };

  const submit = async () => {
    setSubmitted(true);
    setFormError(null);
    if (Object.keys(problems).length > 0 || !dirty) return;
    setSaving(true);
    try {
      await onSave({ campaignId: campaign.id, expectedVersion: campaign.version, ...changes });
      notifications.show({ color: 'teal', message: t('admin.campaigns.settingsSaved', { name: campaign.name }) });
    } catch (e) {
      const code = errorCode(e);
      if (code === 'BAD_USER_INPUT') {
        const fields = (errorExtensions(e)['fields'] as Array<{ field: string; reason: string }> | undefined) ?? [];
        const byField: Record<string, string> = {};
        for (const f of fields) {
          const key = f.field.replace(/^input\./, '');
          if (KNOWN_KEYS.has(key)) byField[key] = f.reason;
        }
        setServerErrors(byField);
        if (Object.keys(byField).length === 0) setFormError({ message: errorMessage(e), conflict: false });
      } else {
        setFormError({ message: errorMessage(e), conflict: code === 'CONFLICT' });
      }
    } finally {
      setSaving(false);
    }
  };

  const numberInput = (field: NumberField) => (
    <NumberInput
      key={field.key}
      id={`${prefix}-${field.key}`}
      label={labelOf(field.key)}
      value={values[field.key]}
      onChange={(v) => set(field.key, v)}
      min={field.rule.min}
      max={field.rule.max}
      clampBehavior="none"
      allowDecimal={!field.rule.integer}
      decimalScale={field.rule.integer ? undefined : 2}
      error={errorOf(field.key)}
      size="xs"
    />
  );

  return (
    <form
      noValidate
      aria-label={t('admin.campaigns.settingsOf', { name: campaign.name })}
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <Stack gap="sm">
        {formError && (
          <Alert color={formError.conflict ? 'orange' : 'red'} role="alert" title={formError.conflict ? t('admin.campaigns.conflictTitle') : undefined}>
            <Text size="sm">{formError.message}</Text>
            {formError.conflict && (
              <Button size="compact-sm" variant="light" mt="xs" onClick={onReload}>
                {t('admin.campaigns.reload')}
              </Button>
            )}
          </Alert>
        )}
        <TextInput
          id={`${prefix}-timeZone`}
          label={t('admin.campaigns.field.timeZone')}
          description={t('admin.campaigns.timeZoneHint')}
          value={String(values['timeZone'] ?? '')}
          onChange={(e) => set('timeZone', e.currentTarget.value)}
          error={errorOf('timeZone')}
          size="xs"
          w={280}
        />
        {GROUPS.map((group) => (
          <Fieldset key={group.id} legend={t(`admin.campaigns.group.${group.id}`)} variant="filled" p="xs">
            <SimpleGrid cols={{ base: 2, sm: group.fields.length > 5 ? 4 : group.fields.length }} spacing="xs">
              {group.fields.map(numberInput)}
            </SimpleGrid>
          </Fieldset>
        ))}
        <Group justify="flex-end" gap="xs">
          <Button
            variant="default"
            disabled={!dirty || saving}
            onClick={() => {
              setValues(initial);
              setServerErrors({});
              setFormError(null);
              setSubmitted(false);
            }}
          >
            {t('admin.campaigns.reset')}
          </Button>
          <Button type="submit" loading={saving} disabled={!dirty}>
            {t('admin.campaigns.saveSettings')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
