import { Badge, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../lib/i18n/format';
import { useScenarioImpacts, type ScenarioImpact } from '../api/use-shutdown-scenarios';

function ImpactTile({ impact }: { impact: ScenarioImpact }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { scenario } = impact;
  return (
    <Card withBorder padding="sm" data-testid="scenario-impact" data-governing={scenario.governing}>
      <Stack gap={4}>
        <Group gap="xs" wrap="wrap">
          <Text fw={700} size="sm">
            {scenario.label}
          </Text>
          {scenario.governing && (
            <Badge size="xs" color="red" variant="light">
              {t('scenarios.governing')}
            </Badge>
          )}
          {!scenario.credible && (
            <Badge size="xs" color="gray" variant="light">
              {t('scenarios.notCredible')}
            </Badge>
          )}
        </Group>
        <Text size="xs" c="dimmed">
          {t('scenarios.darkOn', { date: format.date(scenario.goesDarkAt), percent: format.number(scenario.probabilityPercent) })}
        </Text>
        <Text size="sm" fw={600} c={impact.accountsGoingDark > 0 ? 'red.8' : undefined}>
          {t('scenarios.impact.dark', { count: impact.accountsGoingDark, n: format.number(impact.accountsGoingDark), money: format.money(impact.monthlySpendGoingDark) })}
        </Text>
        <Text size="xs">{t('scenarios.impact.tooLate', { count: impact.migrationsTooLate, n: format.number(impact.migrationsTooLate) })}</Text>
        <Text size="xs">{t('scenarios.impact.open', { count: impact.openDeals, n: format.number(impact.openDeals) })}</Text>
        <Text size="xs">{t('scenarios.impact.outOfTime', { count: impact.outOfTime, n: format.number(impact.outOfTime) })}</Text>
        {impact.savedByDelay && (
          <Text size="sm" c="teal.8" fw={600} data-testid="saved-by-delay">
            {t('scenarios.impact.saved', {
              count: impact.savedByDelay.accounts,
              n: format.number(impact.savedByDelay.accounts),
              money: format.money(impact.savedByDelay.monthlySpend),
            })}
          </Text>
        )}
      </Stack>
    </Card>
  );
}

/**
 * What goes dark in each of the rival's shutdown scenarios for this campaign, and what a delay
 * would save against the governing one: on the managers' dashboard and the migration plan.
 * Nothing when the rival has no scenarios.
 */
export function ScenarioImpactCard({ campaignId }: { campaignId: string | null }) {
  const { t } = useTranslation();
  const { impacts } = useScenarioImpacts(campaignId);
  if (!impacts || impacts.length === 0) return null;
  return (
    <Card component="section" aria-labelledby="scenario-impacts-title" padding="md">
      <Title order={2} size="h4" id="scenario-impacts-title">
        {t('scenarios.impact.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('scenarios.impact.intro')}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm">
        {impacts.map((impact) => (
          <ImpactTile key={impact.scenario.id} impact={impact} />
        ))}
      </SimpleGrid>
    </Card>
  );
}
