import { Button, Card, Group, NumberInput, Text, Title } from '@mantine/core';
import { CAMPAIGN_SETTING_RULES, obeysSettingRule } from '@lifeboat/domain';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorCode, errorExtensions, errorMessage } from '../../../lib/apollo/errors';
import type { MigrationPlan } from '../api/use-migrations';

/** The domain's bounds, as the api checks them (SetMigrationCapacityInput). */
const CAPACITY = CAMPAIGN_SETTING_RULES.weeklyMigrationCapacity;
/** The api names the capacity `input.weeklyCapacity` (its own check) or `input.weeklyMigrationCapacity` (the campaign rules). */
const CAPACITY_FIELDS = new Set(['input.weeklyCapacity', 'input.weeklyMigrationCapacity']);

/**
 * The campaign's weekly migration capacity, set by a manager. Sent with the campaign's version
 * the plan was read at: when the campaign changed meanwhile (CONFLICT) the page reads it again
 * and says so; a refusal of the value itself shows under the field.
 */
export function CapacityForm({
  plan,
  saving,
  onSave,
  onConflict,
}: {
  plan: MigrationPlan;
  saving: boolean;
  onSave: (weeklyCapacity: number) => Promise<unknown>;
  onConflict: () => void;
}) {
  const { t } = useTranslation();
  const [value, setValue] = useState<string | number>(plan.weeklyCapacity);
  const [error, setError] = useState<string | null>(null);
  const capacity = typeof value === 'number' ? value : Number.NaN;
  const valid = obeysSettingRule(capacity, CAPACITY);
  const dirty = capacity !== plan.weeklyCapacity;

  const submit = async () => {
    if (!valid) {
      setError(t('migrations.capacity.invalid'));
      return;
    }
    setError(null);
    try {
      await onSave(capacity);
      notifications.show({ color: 'teal', message: t('migrations.capacity.saved', { capacity }) });
    } catch (e) {
      const code = errorCode(e);
      if (code === 'CONFLICT') {
        onConflict();
        return;
      }
      if (code === 'BAD_USER_INPUT') {
        const fields = (errorExtensions(e)['fields'] as Array<{ field: string; reason: string }> | undefined) ?? [];
        const mine = fields.find((f) => CAPACITY_FIELDS.has(f.field));
        setError(mine?.reason ?? errorMessage(e));
        return;
      }
      setError(t('migrations.capacity.failed', { message: errorMessage(e) }));
    }
  };

  return (
    <Card component="section" aria-labelledby="capacity-title" padding="md">
      <Title order={2} size="h5" id="capacity-title">
        {t('migrations.capacity.title')}
      </Title>
      <Text size="xs" c="dimmed">
        {t('migrations.capacity.hint')}
      </Text>
      <form
        noValidate
        aria-labelledby="capacity-title"
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <Group align="flex-start" gap="xs" mt="sm" wrap="nowrap">
          <NumberInput
            label={t('migrations.capacity.label')}
            value={value}
            onChange={(v) => {
              setValue(v);
              setError(null);
            }}
            min={CAPACITY.min}
            max={CAPACITY.max}
            clampBehavior="none"
            allowDecimal={false}
            allowNegative={false}
            thousandSeparator={false}
            error={error}
            w={200}
          />
          <Button type="submit" mt={22} loading={saving} disabled={!dirty}>
            {t('migrations.capacity.save')}
          </Button>
        </Group>
      </form>
    </Card>
  );
}
