import { Alert, Anchor, List, Text } from '@mantine/core';
import { IconCircleCheck, IconPlugConnectedX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat, type MoneyValue } from '../../../lib/i18n/format';
import type { MigrationPlan } from '../api/use-migrations';

/** What the customers that would go dark pay us a month, when they are all in one currency. */
function monthlyAtStake(values: MoneyValue[]): MoneyValue | null {
  if (values.length === 0 || values.some((v) => v.currency !== values[0].currency)) return null;
  return { amount: values.reduce((sum, v) => sum + v.amount, 0), currency: values[0].currency };
}

/**
 * The customers whose planned cutover falls after the rival's shutdown, first and in red: they
 * would lose their network. A manager moves a cutover earlier or raises the capacity below.
 */
export function GoDarkAlert({ plan }: { plan: MigrationPlan }) {
  const { t } = useTranslation();
  const format = useFormat();
  const dark = plan.placements.filter((p) => p.willGoDark);
  if (plan.placements.length === 0) return null;
  if (dark.length === 0) {
    return (
      <Alert role="status" color="teal" variant="light" icon={<IconCircleCheck size={18} />}>
        {t('migrations.goDark.none')}
      </Alert>
    );
  }
  const atStake = monthlyAtStake(dark.map((p) => p.migration.opportunity.monthlyValue));
  return (
    // A region named by its title rather than an alert: it is the plan's standing state, not news.
    <Alert role="region" color="red" variant="filled" icon={<IconPlugConnectedX size={20} />} title={t('migrations.goDark.title', { count: dark.length })}>
      <Text size="sm">
        {t('migrations.goDark.body')}
        {atStake ? ` ${t('migrations.goDark.atStake', { amount: format.money(atStake) })}` : ''}
      </Text>
      <List size="sm" mt="xs" spacing={4} aria-label={t('migrations.goDark.list')}>
        {dark.map((p) => (
          <List.Item key={p.migration.id}>
            <Anchor component={Link} to={`/accounts/${p.migration.account.id}`} c="white" fw={700} underline="always">
              {p.accountName}
            </Anchor>{' '}
            {t('migrations.goDark.item', {
              planned: format.dateTime(p.plannedCutoverAt, plan.timeZone),
              amount: format.money(p.migration.opportunity.monthlyValue),
            })}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
