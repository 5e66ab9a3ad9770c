import {
  DndContext,
  KeyboardSensor,
  PointerSensor,
  pointerWithin,
  rectIntersection,
  useDraggable,
  useDroppable,
  useSensor,
  useSensors,
  type Active,
  type Announcements,
  type CollisionDetection,
  type DragEndEvent,
  type DragStartEvent,
  type Over,
} from '@dnd-kit/core';
import { useQuery } from '@apollo/client/react';
import { ActionIcon, Anchor, Box, Card, Group, Loader, Menu, Paper, Stack, Text, Title } from '@mantine/core';
import { manualTransitions, type Role } from '@lifeboat/domain';
import { STAGES } from '@lifeboat/shared';
import { IconAlertTriangle, IconArrowsMove, IconGripVertical } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSuppressClickAfterDrag } from '../lib/use-click-after-drag';
import { Countdown } from '../../../components/countdown';
import { PipelineDealsDocument, type PipelineDealFragment, type Segment, type Stage } from '../../../gql/graphql';
import { errorMessage } from '../../../lib/apollo/errors';
import { useFormat } from '../../../lib/i18n/format';

export const BOARD_STAGES: readonly Stage[] = STAGES;
export type DealView = PipelineDealFragment;

export interface BoardFilters {
  campaignId: string | null;
  ownerId: string | null;
  overdue: boolean;
  segment: Segment | null;
  rivalId: string | null;
}

export const PAGE_SIZE = 200;

function DealCard({ deal, role, onMove }: { deal: DealView; role: Role; onMove: (deal: DealView, to: Stage) => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const moves = manualTransitions(deal.stage, role) as Stage[];
  const { listeners, setNodeRef, transform, isDragging } = useDraggable({
    id: deal.id,
    data: { deal },
    disabled: moves.length === 0,
  });
  const clickGuard = useSuppressClickAfterDrag(isDragging);
  return (
    <Card
      ref={setNodeRef}
      component="li"
      padding="xs"
      shadow={isDragging ? 'md' : 'xs'}
      data-deal={deal.account.name}
      aria-label={deal.account.name}
      style={{
        transform: transform ? `translate3d(${transform.x}px, ${transform.y}px, 0)` : undefined,
        zIndex: isDragging ? 10 : undefined,
        borderLeft: deal.overdue ? '4px solid var(--mantine-color-red-7)' : undefined,
        background: deal.overdue ? 'var(--mantine-color-red-0)' : undefined,
        touchAction: 'none',
        cursor: moves.length ? 'grab' : undefined,
      }}
      // The card is dragged with the pointer; by keyboard, its "Move to…" menu does the same.
      {...(moves.length ? listeners : {})}
      {...clickGuard}
    >
      {/* The handles on top (grip, overdue sign, "Move to…"), then the deal on the card's whole width: a narrow column cuts no name. */}
      <Group gap={4} wrap="nowrap" justify="space-between" mb={2}>
        {moves.length > 0 ? <IconGripVertical size={14} aria-hidden style={{ flex: 'none', color: 'var(--mantine-color-gray-5)' }} /> : <span />}
        <Group gap={4} wrap="nowrap">
          {deal.overdue && <IconAlertTriangle size={16} color="var(--mantine-color-red-7)" aria-label={t('pipeline.overdue')} style={{ flex: 'none' }} />}
          {moves.length > 0 && (
            <Menu position="bottom-end" withinPortal>
              <Menu.Target>
                <ActionIcon variant="subtle" color="gray" size="sm" aria-label={t('pipeline.moveMenu', { name: deal.account.name })}>
                  <IconArrowsMove size={14} />
                </ActionIcon>
              </Menu.Target>
              <Menu.Dropdown>
                {moves.map((to) => (
                  <Menu.Item key={to} onClick={() => onMove(deal, to)}>
                    {t('pipeline.moveTo', { stage: t(`domain.stage.${to}`) })}
                  </Menu.Item>
                ))}
              </Menu.Dropdown>
            </Menu>
          )}
        </Group>
      </Group>
      <Stack gap={2} style={{ minWidth: 0, overflowWrap: 'break-word' }}>
        <Anchor component={Link} to={`/accounts/${encodeURIComponent(deal.account.id)}`} fw={600} size="sm">
          {deal.account.name}
        </Anchor>
        <Text size="xs" c="dimmed">
          {format.money(deal.monthlyValue)} · {deal.account.owner?.name ?? t('accounts.unassigned')}
        </Text>
        {deal.dueAt && (
          <Countdown
            size="xs"
            at={deal.dueAt}
            future={(duration) => t('pipeline.dueIn', { duration })}
            past={(duration) => t('pipeline.overdueBy', { duration })}
          />
        )}
      </Stack>
    </Card>
  );
}

function StageColumn({
  stage,
  filters,
  role,
  allowed,
  onMove,
}: {
  stage: Stage;
  filters: BoardFilters;
  role: Role;
  /** While a card is dragged: whether it may be dropped here (null when nothing is dragged). */
  allowed: boolean | null;
  onMove: (deal: DealView, to: Stage) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const { setNodeRef, isOver } = useDroppable({ id: stage });
  const { data, error } = useQuery(PipelineDealsDocument, {
    variables: {
      stage,
      campaignId: filters.campaignId,
      ownerId: filters.ownerId,
      segment: filters.segment,
      rivalId: filters.rivalId,
      overdue: filters.overdue ? true : null,
      first: PAGE_SIZE,
      after: null,
    },
  });
  // Every filter is the api's: the count is the whole column's, with the filters.
  const deals = data?.opportunities.edges.map((e) => e.node) ?? null;
  const count = data?.opportunities.totalCount ?? 0;
  const currency = deals?.[0]?.monthlyValue.currency ?? 'EUR';
  const total = deals?.reduce((sum, d) => sum + d.monthlyValue.amount, 0) ?? 0;
  const headingId = `stage-${stage}`;
  return (
    <Paper
      ref={setNodeRef}
      component="section"
      aria-labelledby={headingId}
      data-stage={stage}
      p="xs"
      bg={isOver ? (allowed === false ? 'red.0' : 'harbour.0') : 'gray.1'}
      withBorder
      // On a desktop the six columns share the width (all of them in view at 1280 px); on a phone each is 260 px and
      // the board scrolls within its own box.
      flex={{ base: '0 0 260px', md: '1 1 0' }}
      miw={{ base: 260, md: 150 }}
      style={{
        opacity: allowed === false ? 0.55 : 1,
        outline: allowed ? '2px dashed var(--mantine-color-harbour-4)' : undefined,
      }}
    >
      <Stack gap={2} mb="xs">
        <Title order={2} size="h6" id={headingId}>
          {t(`domain.stage.${stage}`)}
        </Title>
        <Text size="xs" c="dimmed" aria-label={t('pipeline.columnSummary', { count, amount: format.money({ amount: total, currency }) })}>
          {t('pipeline.columnTotal', { count, amount: format.money({ amount: total, currency }, { compact: true }) })}
        </Text>
      </Stack>
      {error ? (
        <Text size="xs" c="red.8" role="alert">
          {t('pipeline.error', { message: errorMessage(error) })}
        </Text>
      ) : !deals ? (
        <Group justify="center" py="md">
          <Loader size="xs" aria-label={t('pipeline.loading')} />
        </Group>
      ) : (
        <Stack component="ul" gap="xs" p={0} m={0} mih={80} style={{ listStyle: 'none' }} aria-label={t(`domain.stage.${stage}`)}>
          {deals.map((deal) => (
            <DealCard key={deal.id} deal={deal} role={role} onMove={onMove} />
          ))}
          {deals.length === 0 && (
            <Text size="xs" c="dimmed" ta="center" py="md" component="li">
              {t('pipeline.emptyColumn')}
            </Text>
          )}
        </Stack>
      )}
    </Paper>
  );
}

/** The column under the pointer is the one a card drops into (the one its box overlaps most when no pointer, e.g. keyboard). */
const underThePointer: CollisionDetection = (args) => {
  const hits = pointerWithin(args);
  return hits.length > 0 || args.pointerCoordinates ? hits : rectIntersection(args);
};

/**
 * While a card is dragged near the board's edge the board scrolls, slowly and only from close to the
 * edge: dnd-kit's defaults (a fifth of the width, fast) slid the columns under the pointer so that a
 * drop landed on a column the rep was not aiming at.
 */
const GENTLE_AUTO_SCROLL = { threshold: { x: 0.06, y: 0.1 }, acceleration: 4 } as const;

/** What a screen reader hears while a card moves: the account and the stages by name, not the deal's id. */
function useAnnouncements(): Announcements {
  const { t } = useTranslation();
  const nameOf = (active: Active) => (active.data.current?.['deal'] as DealView | undefined)?.account.name ?? '';
  const fromOf = (active: Active) => {
    const stage = (active.data.current?.['deal'] as DealView | undefined)?.stage;
    return stage ? t(`domain.stage.${stage}`) : '';
  };
  const stageOf = (over: Over) => t(`domain.stage.${over.id as Stage}`);
  return {
    onDragStart: ({ active }) => t('pipeline.announce.start', { name: nameOf(active), stage: fromOf(active) }),
    onDragOver: ({ active, over }) =>
      over ? t('pipeline.announce.over', { name: nameOf(active), stage: stageOf(over) }) : t('pipeline.announce.outside', { name: nameOf(active) }),
    onDragEnd: ({ active, over }) =>
      over ? t('pipeline.announce.end', { name: nameOf(active), stage: stageOf(over) }) : t('pipeline.announce.cancel', { name: nameOf(active), stage: fromOf(active) }),
    onDragCancel: ({ active }) => t('pipeline.announce.cancel', { name: nameOf(active), stage: fromOf(active) }),
  };
}

/** The kanban: one column per stage; drag a card (or use its "Move to…" menu) to move the deal on. */
export function PipelineBoard({
  filters,
  role,
  onMove,
}: {
  filters: BoardFilters;
  role: Role;
  onMove: (deal: DealView, to: Stage) => void;
}) {
  const { t } = useTranslation();
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 5 } }), useSensor(KeyboardSensor));
  const announcements = useAnnouncements();
  const [dragging, setDragging] = useState<DealView | null>(null);
  const allowedTargets = dragging ? new Set<Stage>(manualTransitions(dragging.stage, role) as Stage[]) : null;

  function handleDragStart(event: DragStartEvent) {
    setDragging((event.active.data.current?.['deal'] as DealView | undefined) ?? null);
  }
  function handleDragEnd(event: DragEndEvent) {
    setDragging(null);
    const deal = event.active.data.current?.['deal'] as DealView | undefined;
    const to = event.over?.id as Stage | undefined;
    // Every drop goes to the api, allowed or not: its answer is the rule, and a refusal says why.
    if (deal && to && to !== deal.stage) onMove(deal, to);
  }
  return (
    <DndContext
      sensors={sensors}
      collisionDetection={underThePointer}
      autoScroll={GENTLE_AUTO_SCROLL}
      accessibility={{ announcements, screenReaderInstructions: { draggable: t('pipeline.announce.instructions') } }}
      onDragStart={handleDragStart}
      onDragEnd={handleDragEnd}
      onDragCancel={() => setDragging(null)}
    >
      <Box style={{ display: 'flex', gap: 'var(--mantine-spacing-sm)', alignItems: 'flex-start', overflowX: 'auto', minWidth: 0, maxWidth: '100%' }} pb="sm">
        {BOARD_STAGES.map((stage) => (
          <StageColumn
            key={stage}
            stage={stage}
            filters={filters}
            role={role}
            allowed={allowedTargets && stage !== dragging?.stage ? allowedTargets.has(stage) : null}
            onMove={onMove}
          />
        ))}
      </Box>
    </DndContext>
  );
}
