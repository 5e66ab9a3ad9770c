import { Divider, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ServiceKind } from '../../../gql/graphql';
import { useFormat } from '../../../lib/i18n/format';
import { AvailabilityTable } from './availability-table';
import { useMinutes, usePercent, type MonthFigures } from './availability-chart';
import { OutageList, type OutageItem } from './outage-list';

export interface EvidenceFigures {
  claimedAvailabilityPercent: number | null;
  timeZone: string;
  weights: { major: number; partial: number; degraded: number };
  months: readonly MonthFigures[];
}

/**
 * An evidence sheet (FR/EN): the rival's outages that touched the services a customer buys, the
 * availability they leave month by month against the availability the rival claims, the shortfall,
 * the sources. The rep's printable sheet, and the customer's copy with an offer it was attached to.
 */
export function EvidenceSheet({
  rivalName,
  customerName,
  services,
  availability,
  outages,
  now,
  level = 1,
}: {
  rivalName: string;
  customerName: string;
  services: readonly ServiceKind[];
  availability: EvidenceFigures;
  outages: readonly OutageItem[];
  now: Date;
  /** The sheet's heading level: 1 on its own page, 2 within an offer. */
  level?: 1 | 2;
}) {
  const sub = level === 1 ? 2 : 3;
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const percent = usePercent();
  const minutes = useMinutes();
  const totalShortfall = availability.months.reduce((sum, m) => sum + (m.shortfallMinutes ?? 0), 0);
  const weight = (n: number) => new Intl.NumberFormat(i18n.language).format(n);
  const rival = { name: rivalName };
  const account = { name: customerName };
  const evidence = { services, outages };
  return (
    <>
      <Title order={level} size={level === 1 ? 'h2' : 'h3'}>
        {t('evidence.title', { rival: rival.name })}
      </Title>
      <Text c="dimmed" size="sm">
        {t('evidence.preparedFor', { account: account.name, date: format.date(now.toISOString(), availability.timeZone) })}
      </Text>
      <Divider my="md" />
      <Stack gap={4}>
        <Text size="sm">
          {evidence.services.length === 0
            ? t('evidence.noServices')
            : t('evidence.services', { services: format.list(evidence.services.map((s) => t(`domain.service.${s}`))) })}
        </Text>
        <Text size="sm">
          {availability.claimedAvailabilityPercent === null
            ? t('evidence.noClaim', { rival: rival.name })
            : t('evidence.claim', { rival: rival.name, value: percent(availability.claimedAvailabilityPercent) })}
        </Text>
        {availability.claimedAvailabilityPercent !== null && (
          <Text size="sm" fw={700} c={totalShortfall > 0 ? 'red.8' : undefined} data-testid="evidence-shortfall">
            {totalShortfall > 0 ? t('evidence.shortfall', { minutes: minutes(totalShortfall) }) : t('evidence.met')}
          </Text>
        )}
      </Stack>
      <Title order={sub} size="h4" mt="lg" mb="xs" id="evidence-months">
        {t('evidence.monthsTitle')}
      </Title>
      <AvailabilityTable months={availability.months} labelledBy="evidence-months" />
      <Text size="xs" c="dimmed" mt="xs">
        {t('outages.rules', {
          zone: availability.timeZone,
          major: weight(availability.weights.major),
          partial: weight(availability.weights.partial),
          degraded: weight(availability.weights.degraded),
        })}
      </Text>
      <Title order={sub} size="h4" mt="lg" mb="xs">
        {t('evidence.outagesTitle', { count: evidence.outages.length })}
      </Title>
      <OutageList outages={evidence.outages} now={now} />
      {evidence.outages.some((o) => o.sourceUrl) && (
        <>
          <Title order={sub} size="h4" mt="lg" mb="xs">
            {t('evidence.sources')}
          </Title>
          <Stack gap={2} component="ol" pl="md" m={0}>
            {evidence.outages
              .filter((o) => o.sourceUrl)
              .map((o) => (
                <Text key={o.id} component="li" size="xs" style={{ overflowWrap: 'anywhere' }}>
                  {format.date(o.startedAt, availability.timeZone)} — {o.sourceUrl}
                </Text>
              ))}
          </Stack>
        </>
      )}
    </>
  );
}
