import { Anchor, Badge, Group, Paper, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { Link, useParams } from 'react-router';
import { ErrorState, LoadingState } from '../../../components/page-states';
import { errorMessage } from '../../../lib/apollo/errors';
import { useCampaigns } from '../../../lib/campaigns/use-campaigns';
import { useFormat } from '../../../lib/i18n/format';
import { formatNumber, formatPercent, StackedTable } from '../../dashboards';
import { useRaceForecast, type RaceForecast, type RaceForecastScenario } from '../api/use-race-forecast';

// recharts is most of the page's weight: the figures paint before it arrives.
const ForecastChart = lazy(() => import('../components/forecast-chart'));

const TARGETS = [50, 60, 70, 80, 90, 100];

/**
 * "Will we make it?" — the campaign's race against the rival's shutdown, simulated by the api
 * (`raceForecast`): per scenario, the spend won and migrated in time week by week (P10/P50/P90);
 * the orders of work compared; the staffing a target needs; the customers most likely to go dark;
 * and what the estimates rest on.
 */
export function ForecastPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { id = '' } = useParams();
  const [target, setTarget] = useState(80);
  const { campaigns } = useCampaigns();
  const name = campaigns?.find((c) => c.id === id)?.name;
  const { forecast, error, loading, refetch } = useRaceForecast(id, target);

  let body;
  if (error && !forecast) body = <ErrorState onRetry={() => void refetch()}>{t('forecast.error', { message: errorMessage(error) })}</ErrorState>;
  else if (!forecast || loading) body = <LoadingState label={t('forecast.loading')} />;
  else if (!forecast.shutdownAhead) body = <Text>{t('forecast.noRace')}</Text>;
  else body = <ForecastBody forecast={forecast} target={target} onTarget={setTarget} />;

  return (
    <Stack component="section" aria-labelledby="forecast-title" gap="md">
      <div>
        <Anchor component={Link} to="/dashboard" size="sm">
          {t('forecast.back')}
        </Anchor>
        <Title order={1} id="forecast-title">
          {t('forecast.title')}
          {name ? ` · ${name}` : ''}
        </Title>
        {forecast && (
          <Text c="dimmed" size="sm">
            {t('forecast.subtitle', {
              accounts: formatNumber(forecast.accounts, format.language),
              openDeals: formatNumber(forecast.openDeals, format.language),
              spend: format.money(forecast.monthlySpend, { compact: true }),
              reps: forecast.reps,
              actions: forecast.dailyActionsPerRep,
              capacity: formatNumber(forecast.weeklyMigrationCapacity, format.language),
            })}{' '}
            <Text span size="xs" c="dimmed">
              {t('forecast.computed', {
                time: format.dateTime(forecast.asOf, forecast.timeZone),
                seconds: formatNumber(forecast.computeMs / 1000, format.language, 1),
              })}
            </Text>
          </Text>
        )}
      </div>
      {body}
    </Stack>
  );
}

export default ForecastPage;

function ForecastBody({ forecast, target, onTarget }: { forecast: RaceForecast; target: number; onTarget: (v: number) => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <>
      <Paper withBorder p="md" radius="md">
        <Text fw={600}>{t('forecast.expected', { amount: format.money(forecast.expectedSpendMigrated) })}</Text>
        <Text size="sm" c="dimmed">
          {t('forecast.expectedHelp', { runs: formatNumber(forecast.runs, format.language) })}
        </Text>
      </Paper>
      <SimpleGrid cols={{ base: 1, md: forecast.scenarios.length > 1 ? 2 : 1 }} spacing="md">
        {forecast.scenarios.map((s, x) => (
          <ScenarioCard key={s.scenarioId ?? s.goesDarkAt} scenario={s} index={x} forecast={forecast} />
        ))}
      </SimpleGrid>
      <PoliciesCard forecast={forecast} />
      <StaffingCard forecast={forecast} target={target} onTarget={onTarget} />
      <GoingDarkCard forecast={forecast} />
      <EstimatesCard forecast={forecast} />
    </>
  );
}

function scenarioName(s: Pick<RaceForecastScenario, 'label' | 'goesDarkAt' | 'probabilityPercent'>, t: TFunction, date: string): string {
  return s.label ? t('forecast.scenario.named', { label: s.label, date, probability: s.probabilityPercent }) : t('forecast.scenario.rivalDate', { date });
}

function ScenarioCard({ scenario, index, forecast }: { scenario: RaceForecastScenario; index: number; forecast: RaceForecast }) {
  const { t } = useTranslation();
  const format = useFormat();
  const titleId = `forecast-scenario-${index}`;
  const currency = forecast.monthlySpend.currency;
  const m = scenario.spendMigrated;
  return (
    <Paper component="section" aria-labelledby={titleId} withBorder p="md" radius="md" style={{ minWidth: 0 }}>
      <Title order={2} size="h4" id={titleId}>
        {scenarioName(scenario, t, format.date(scenario.goesDarkAt, forecast.timeZone))}
      </Title>
      <Text size="sm" mt={4}>
        {t('forecast.scenario.migrated', { p50: format.money(m.p50, { compact: true }), p10: format.money(m.p10, { compact: true }), p90: format.money(m.p90, { compact: true }) })}
      </Text>
      <Text size="sm">{t('forecast.scenario.won', { p50: format.money(scenario.spendWon.p50, { compact: true }) })}</Text>
      <Text size="sm" c={scenario.signedButDarkAccounts >= 0.5 ? 'red.7' : undefined}>
        {t('forecast.scenario.signedButDark', {
          count: Math.round(scenario.signedButDarkAccounts),
          accounts: formatNumber(scenario.signedButDarkAccounts, format.language, 1),
          amount: format.money(scenario.signedButDarkSpend, { compact: true }),
        })}
      </Text>
      <Suspense fallback={<LoadingState label={t('forecast.chartLoading')} />}>
        <ForecastChart scenario={scenario} timeZone={forecast.timeZone} currency={currency} titleId={titleId} />
      </Suspense>
    </Paper>
  );
}

function PoliciesCard({ forecast }: { forecast: RaceForecast }) {
  const { t } = useTranslation();
  const format = useFormat();
  const rows = forecast.policies;
  return (
    <Paper component="section" aria-labelledby="forecast-policies" withBorder p="md" radius="md" style={{ minWidth: 0 }}>
      <Title order={2} size="h4" id="forecast-policies">
        {t('forecast.policies.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="xs">
        {t('forecast.policies.help', { runs: formatNumber(forecast.comparisonRuns, format.language) })}
      </Text>
      <StackedTable
        labelledBy="forecast-policies"
        rows={rows}
        rowKey={(p) => p.policy}
        rowStrong={(p) => p.policy === 'queue_v2'}
        perLine={1}
        rowHeader={{ header: t('forecast.policies.policy'), cell: (p) => t(`forecast.policies.name.${p.policy}`) }}
        columns={[
          { key: 'expected', header: t('forecast.policies.expected'), numeric: true, cell: (p) => format.money(p.expectedSpendMigrated, { compact: true }) },
          ...forecast.scenarios.map((s, x) => ({
            key: `s${x}`,
            header: t('forecast.policies.captured', { date: format.shortDate(s.goesDarkAt, forecast.timeZone) }),
            numeric: true,
            cell: (p: RaceForecast['policies'][number]) => {
              const ps = p.scenarios[x];
              const times = ps.timesFirstCome === null ? '' : ` (${t('forecast.policies.times', { value: formatNumber(ps.timesFirstCome, format.language, 2) })})`;
              return `${format.money(ps.spendMigrated.mean, { compact: true })}${times}`;
            },
          })),
          {
            key: 'dark',
            header: t('forecast.policies.signedButDark'),
            numeric: true,
            cell: (p) => p.scenarios.map((s) => formatNumber(s.signedButDarkAccounts, format.language, 1)).join(' · '),
          },
        ]}
      />
    </Paper>
  );
}

function StaffingCard({ forecast, target, onTarget }: { forecast: RaceForecast; target: number; onTarget: (v: number) => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const s = forecast.staffing;
  const team = (reps: number, units: number) =>
    t('forecast.staffing.team', {
      reps: t('forecast.staffing.reps', { count: reps }),
      units: t('forecast.staffing.units', { count: units, formatted: formatNumber(units, format.language) }),
    });
  return (
    <Paper component="section" aria-labelledby="forecast-staffing" withBorder p="md" radius="md" style={{ minWidth: 0 }}>
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
        <Title order={2} size="h4" id="forecast-staffing">
          {t('forecast.staffing.title')}
        </Title>
        <Select
          label={t('forecast.staffing.targetLabel')}
          size="xs"
          w={120}
          allowDeselect={false}
          data={TARGETS.map((v) => ({ value: String(v), label: formatPercent(v / 100, format.language) }))}
          value={String(target)}
          onChange={(v) => v && onTarget(Number(v))}
        />
      </Group>
      {s && (
        <Stack gap={4} mt="xs">
          <Text size="sm">
            {t('forecast.staffing.target', {
              share: formatPercent(s.targetSharePercent / 100, format.language),
              unlimited: format.money(s.unlimitedSpendMigrated, { compact: true }),
              amount: format.money(s.targetSpendMigrated, { compact: true }),
            })}
          </Text>
          <Group gap="xs" wrap="wrap">
            <Text size="sm">
              {t('forecast.staffing.current', {
                team: team(s.currentReps, s.currentWeeklyMigrationCapacity),
                amount: format.money(s.currentSpendMigrated, { compact: true }),
              })}
            </Text>
            <Badge color={s.currentReachesTarget ? 'teal' : 'red'} variant="light">
              {t(s.currentReachesTarget ? 'forecast.staffing.reaches' : 'forecast.staffing.short')}
            </Badge>
          </Group>
          {s.repsNeeded === null || s.weeklyMigrationCapacityNeeded === null ? (
            <Text size="sm">{t('forecast.staffing.unreachable')}</Text>
          ) : (
            <Text size="sm" fw={600}>
              {t('forecast.staffing.needs', {
                team: team(s.repsNeeded, s.weeklyMigrationCapacityNeeded),
                amount: s.adviceSpendMigrated ? format.money(s.adviceSpendMigrated, { compact: true }) : '',
              })}
            </Text>
          )}
          <Text size="xs" c="dimmed">
            {t('forecast.staffing.how', { runs: s.runs, evaluations: s.evaluations, unlimitedReps: s.unlimitedReps })}
          </Text>
        </Stack>
      )}
    </Paper>
  );
}

function GoingDarkCard({ forecast }: { forecast: RaceForecast }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Paper component="section" aria-labelledby="forecast-dark" withBorder p="md" radius="md" style={{ minWidth: 0 }}>
      <Title order={2} size="h4" id="forecast-dark">
        {t('forecast.goingDark.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="xs">
        {t('forecast.goingDark.help')}
      </Text>
      {forecast.goingDark.length === 0 ? (
        <Text size="sm">{t('forecast.goingDark.none')}</Text>
      ) : (
        <StackedTable
          labelledBy="forecast-dark"
          rows={forecast.goingDark}
          perLine={1}
          rowKey={(g) => g.accountId}
          rowHeader={{
            header: t('forecast.goingDark.account'),
            cell: (g) => (
              <Anchor component={Link} to={`/accounts/${g.accountId}`} size="sm" style={{ overflowWrap: 'anywhere' }}>
                {g.accountName}
              </Anchor>
            ),
          }}
          columns={[
            { key: 'segment', header: t('forecast.goingDark.segment'), cell: (g) => t(`domain.segment.${g.segment}`) },
            { key: 'stage', header: t('forecast.goingDark.stage'), cell: (g) => (g.stage ? t(`domain.stage.${g.stage}`) : t('forecast.goingDark.noDeal')) },
            { key: 'spend', header: t('forecast.goingDark.spend'), numeric: true, cell: (g) => format.money(g.monthlySpend, { compact: true }) },
            { key: 'chance', header: t('forecast.goingDark.chance'), numeric: true, cell: (g) => formatPercent(g.chance, format.language) },
          ]}
        />
      )}
    </Paper>
  );
}

function EstimatesCard({ forecast }: { forecast: RaceForecast }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Paper component="section" aria-labelledby="forecast-estimates" withBorder p="md" radius="md" style={{ minWidth: 0 }}>
      <Title order={2} size="h4" id="forecast-estimates">
        {t('forecast.estimates.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="xs">
        {t('forecast.estimates.help')}
      </Text>
      <StackedTable
        labelledBy="forecast-estimates"
        rows={forecast.estimates}
        perLine={1}
        rowKey={(e) => e.stage}
        rowHeader={{ header: t('forecast.estimates.stage'), cell: (e) => t(`domain.stage.${e.stage}`) }}
        columns={[
          {
            key: 'exits',
            header: t('forecast.estimates.exits'),
            cell: (e) =>
              format.list(e.exits.filter((x) => x.probability > 0).map((x) => `${t(`domain.stage.${x.stage}`)} ${formatPercent(x.probability, format.language)}`)),
          },
          { key: 'days', header: t('forecast.estimates.meanDays'), numeric: true, cell: (e) => formatNumber(e.meanDays, format.language, 1) },
          { key: 'seen', header: t('forecast.estimates.seen'), numeric: true, cell: (e) => e.observedExits },
          {
            key: 'source',
            header: t('forecast.estimates.source'),
            cell: (e) => t(`forecast.estimates.sources.${e.source}`, { share: formatPercent(e.priorShare, format.language) }),
          },
        ]}
      />
    </Paper>
  );
}
