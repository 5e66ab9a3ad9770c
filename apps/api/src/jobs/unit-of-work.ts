import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { DomainEvents, DomainEventType } from './job-catalog';
import { OutboxRelay } from './outbox-relay.service';

export interface Tx {
  manager: EntityManager;
  /** Records a domain event in this transaction; it is handed to the jobs after commit. */
  emit<E extends DomainEventType>(type: E, payload: DomainEvents[E]): Promise<void>;
}

/**
 * A use case's transaction: its writes and the events they cause commit together (the outbox),
 * and the relay is kicked once they have.
 */
@Injectable()
export class UnitOfWork {
  constructor(
    private readonly dataSource: DataSource,
    private readonly relay: OutboxRelay,
  ) {}

  async run<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    const result = await this.dataSource.transaction(async (manager) =>
      work({
        manager,
        emit: async (type, payload) => {
          await manager.query(`INSERT INTO outbox_event (type, payload) VALUES ($1, $2::jsonb)`, [type, JSON.stringify(payload)]);
        },
      }),
    );
    // Kicked after every committed change, not only after `emit`: database triggers write events
    // too (a deal's change, a notification), and they should not wait for the relay's sweep.
    this.relay.kick();
    return result;
  }
}
