import { Alert, Box, Card, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { ServiceKind } from '../../../gql/graphql';
import { errorMessage } from '../../../lib/apollo/errors';
import { useOutageMutations, useRivalOutages } from '../api/use-rival-outages';
import { AvailabilityChart } from './availability-chart';
import { AvailabilityTable } from './availability-table';
import { OutageList } from './outage-list';
import { RecordOutageForm } from './record-outage-form';

/**
 * The rival's outages on its page: availability by month against its claimed SLA (chart and table,
 * with the rules stated), the outages with their sources, and for managers a form to record one.
 */
export function RivalOutagesSection({ rivalId, services, canRecord, now }: { rivalId: string; services: readonly ServiceKind[]; canRecord: boolean; now: Date }) {
  const { t, i18n } = useTranslation();
  const { rival, error } = useRivalOutages(rivalId);
  const { record, end, remove, busy } = useOutageMutations();
  const fail = (e: unknown) => notifications.show({ color: 'red', message: t('outages.failed', { message: errorMessage(e) }) });
  const weight = (n: number) => new Intl.NumberFormat(i18n.language).format(n);

  if (error && !rival) return <Alert color="red">{t('outages.error', { message: errorMessage(error) })}</Alert>;
  if (!rival) return null;
  const { availability } = rival;

  return (
    <Card component="section" aria-labelledby="outages-title" padding="md" data-testid="rival-outages">
      <Stack gap="md">
        <Title order={2} size="h4" id="outages-title">
          {t('outages.title')}
        </Title>
        <Box>
          <Title order={3} size="h5" id="availability-title" mb="xs">
            {t('outages.availabilityTitle')}
          </Title>
          <AvailabilityChart months={availability.months} claimed={availability.claimedAvailabilityPercent} labelledBy="availability-title" />
          <Text size="xs" c="dimmed" mt="xs">
            {t('outages.rules', {
              zone: availability.timeZone,
              major: weight(availability.weights.major),
              partial: weight(availability.weights.partial),
              degraded: weight(availability.weights.degraded),
            })}
          </Text>
          <Box mt="sm">
            <AvailabilityTable months={availability.months} labelledBy="availability-title" />
          </Box>
        </Box>
        <Box>
          <Title order={3} size="h5" id="outage-list-title" mb="xs">
            {t('outages.listTitle')}
          </Title>
          <OutageList
            outages={rival.outages}
            now={now}
            busy={busy}
            onEnd={canRecord ? (o) => void end({ id: o.id, version: o.version ?? 1 }, new Date().toISOString()).catch(fail) : undefined}
            onRemove={
              canRecord
                ? (o) => {
                    if (window.confirm(t('outages.confirmRemove'))) void remove({ id: o.id, version: o.version ?? 1 }).catch(fail);
                  }
                : undefined
            }
          />
        </Box>
        {canRecord && (
          <Box>
            <Title order={3} size="h5" mb="xs">
              {t('outages.form.title')}
            </Title>
            <RecordOutageForm
              rivalId={rivalId}
              services={services}
              busy={busy}
              onSubmit={async (input) => {
                try {
                  await record(input);
                  notifications.show({ color: 'harbour', message: t('outages.recorded') });
                  return true;
                } catch (e) {
                  fail(e);
                  return false;
                }
              }}
            />
          </Box>
        )}
      </Stack>
    </Card>
  );
}
