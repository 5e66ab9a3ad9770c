import '@mantine/dates/styles.css';
import 'dayjs/locale/fr';
import { Anchor, Badge, Button, Group, Table, Text } from '@mantine/core';
import { DatePickerInput, DatesProvider } from '@mantine/dates';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MigrationStatus } from '../../../gql/graphql';
import { errorCode, errorExtensions, errorMessage } from '../../../lib/apollo/errors';
import { useFormat } from '../../../lib/i18n/format';
import type { MigrationItem, Placement } from '../api/use-migrations';
import { localDay } from '../lib/cutover-date';

const STATUS_COLOR: Record<MigrationStatus, string> = {
  planned: 'gray',
  provisioning: 'blue',
  scheduled: 'harbour',
  migrated: 'teal',
  at_risk: 'red',
};

/** The field the api names when it refuses a new target cutover. */
const TARGET_FIELD = 'input.targetCutoverAt';

interface RowProps {
  migration: MigrationItem;
  placement: Placement | null;
  timeZone: string;
  /** Today in the campaign's zone: a cutover cannot be moved into the past. */
  today: string;
  /** Sends the day picked (as "2026-12-04"); rejects with the api's error. */
  onMove: (migration: MigrationItem, day: string) => Promise<unknown>;
  /** The migration changed since it was read (CONFLICT): read it and the plan again. */
  onConflict: () => void;
}

/** One migration: its target cutover can be moved with the date picker and saved; the plan's placement beside it. */
function MigrationRowView({ migration, placement, timeZone, today, onMove, onConflict }: RowProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const name = migration.account.name;
  const saved = localDay(migration.targetCutoverAt, timeZone);
  const [day, setDay] = useState<string | null>(saved);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const done = migration.status === 'migrated';

  const save = async () => {
    if (!day || day === saved) return;
    setSaving(true);
    setError(null);
    try {
      await onMove(migration, day);
      notifications.show({ color: 'teal', message: t('migrations.list.moved', { name, date: format.date(`${day}T12:00:00Z`, 'UTC') }) });
    } catch (e) {
      const code = errorCode(e);
      if (code === 'BAD_USER_INPUT') {
        // The domain's refusal, next to the field it is about.
        const fields = (errorExtensions(e)['fields'] as Array<{ field: string; reason: string }> | undefined) ?? [];
        setError((fields.find((f) => f.field === TARGET_FIELD) ?? fields[0])?.reason ?? errorMessage(e));
      } else if (code === 'CONFLICT') {
        // The row starts afresh from the version read again: say it where it lasts.
        notifications.show({ color: 'orange', message: t('migrations.list.conflict', { name }) });
        onConflict();
      } else {
        setError(t('migrations.list.failed', { message: errorMessage(e) }));
      }
    } finally {
      setSaving(false);
    }
  };

  return (
    <Table.Tr>
      <Table.Td data-primary>
        <Anchor component={Link} to={`/accounts/${migration.account.id}`} size="sm" fw={600}>
          {name}
        </Anchor>
      </Table.Td>
      <Table.Td data-label={t('migrations.list.status')}>
        <Badge variant="light" color={STATUS_COLOR[migration.status]}>
          {t(`migrations.status.${migration.status}`)}
        </Badge>
      </Table.Td>
      <Table.Td data-label={t('migrations.list.workload')} ta="right">
        {t('migrations.list.units', { count: migration.workload })}
      </Table.Td>
      <Table.Td data-label={t('migrations.list.target')}>
        <Group gap="xs" align="flex-start">
          <DatePickerInput
            // A label (hidden: the column says it), not an aria-label: the button shows the date, and
            // an accessible name from aria-label must contain the visible text (WCAG 2.5.3).
            label={t('migrations.list.targetOf', { name })}
            labelProps={{ className: 'visually-hidden' }}
            value={day}
            onChange={(value) => {
              setDay(value);
              setError(null);
            }}
            valueFormat="D MMM YYYY"
            minDate={today}
            disabled={done}
            error={error}
            size="xs"
            w={170}
          />
          {!done && (
            <Button size="xs" variant="light" loading={saving} disabled={!day || day === saved} onClick={() => void save()} aria-label={t('migrations.list.saveOf', { name })}>
              {t('migrations.list.save')}
            </Button>
          )}
        </Group>
      </Table.Td>
      <Table.Td data-label={t('migrations.list.planned')}>
        {placement ? (
          <Group gap={6}>
            <Text size="sm" c={placement.willGoDark ? 'red.8' : undefined} fw={placement.willGoDark ? 700 : undefined}>
              {format.dateTime(placement.plannedCutoverAt, timeZone)}
            </Text>
            {placement.willGoDark && (
              <Badge size="sm" color="red" variant="filled">
                {t('migrations.list.goDark')}
              </Badge>
            )}
            {placement.late && (
              <Badge size="sm" color="orange" variant="light">
                {t('migrations.list.late')}
              </Badge>
            )}
          </Group>
        ) : (
          <Text size="sm" c="dimmed">
            {done ? t('migrations.list.done') : t('migrations.list.notPlanned')}
          </Text>
        )}
      </Table.Td>
    </Table.Tr>
  );
}

/**
 * The campaign's migrations: account, status, workload, target cutover (the deadline the planner
 * works to, movable with a date picker) and where the plan puts it. A row starts afresh from a
 * new version of its migration (saved here, or read again after a conflict).
 */
export function MigrationsTable({
  migrations,
  placements,
  timeZone,
  today,
  onMove,
  onConflict,
}: {
  migrations: MigrationItem[];
  placements: Placement[];
  timeZone: string;
  today: string;
  onMove: RowProps['onMove'];
  onConflict: RowProps['onConflict'];
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const byId = new Map(placements.map((p) => [p.migration.id, p]));
  return (
    <DatesProvider settings={{ locale: format.language, firstDayOfWeek: 1 }}>
      {/* On a phone each migration is a card (styles.css, `.data-table`). */}
      <Table className="data-table" striped verticalSpacing="xs" aria-labelledby="migrations-list-title">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('migrations.list.account')}</Table.Th>
            <Table.Th>{t('migrations.list.status')}</Table.Th>
            <Table.Th ta="right">{t('migrations.list.workload')}</Table.Th>
            <Table.Th>{t('migrations.list.target')}</Table.Th>
            <Table.Th>{t('migrations.list.planned')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {migrations.map((migration) => (
            <MigrationRowView
              key={`${migration.id}:${migration.version}`}
              migration={migration}
              placement={byId.get(migration.id) ?? null}
              timeZone={timeZone}
              today={today}
              onMove={onMove}
              onConflict={onConflict}
            />
          ))}
        </Table.Tbody>
      </Table>
    </DatesProvider>
  );
}
