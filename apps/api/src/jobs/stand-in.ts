import type { EntityManager } from 'typeorm';
import type { DomainEvents, DomainEventType } from './job-catalog';

/**
 * A stand-in: an outbox event queued (in the caller's transaction) for work done outside any
 * transaction once it commits — a request to another server, a mail — due once that work has had
 * all its time. The work, when it ends, drops it (done) or moves it (its retry); a process that
 * dies meanwhile leaves it to try again. So nothing slow runs inside a transaction (on the embedded
 * database a transaction holds the one connection: a server taking 30 s to answer would hold every
 * user that long), and nothing is lost. Returns the event's id.
 */
export async function queueStandIn<T extends DomainEventType>(manager: EntityManager, type: T, payload: DomainEvents[T], dueAt: Date | null): Promise<string> {
  const [row] = await manager.query(`INSERT INTO outbox_event (type, payload, next_attempt_at) VALUES ($1, $2::jsonb, COALESCE($3, now())) RETURNING id`, [
    type,
    JSON.stringify(payload),
    dueAt,
  ]);
  return row.id as string;
}

/** Moves a stand-in not handed over yet to `dueAt`; false when it was handed over already. */
export async function rescheduleStandIn(manager: EntityManager, type: DomainEventType, eventId: string, dueAt: Date): Promise<boolean> {
  const rows: unknown[] = await manager.query(`UPDATE outbox_event SET next_attempt_at = $3 WHERE id = $1 AND type = $2 AND dispatched_at IS NULL RETURNING id`, [
    eventId,
    type,
    dueAt,
  ]);
  return (Array.isArray(rows[0]) ? (rows[0] as unknown[]) : rows).length > 0;
}

/** Drops a stand-in not handed over yet (one handed over finds its work done and does nothing). */
export async function dropStandIn(manager: EntityManager, type: DomainEventType, eventId: string): Promise<void> {
  await manager.query(`DELETE FROM outbox_event WHERE id = $1 AND type = $2 AND dispatched_at IS NULL`, [eventId, type]);
}
