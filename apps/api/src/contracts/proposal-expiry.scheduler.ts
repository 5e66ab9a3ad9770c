import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { UnitOfWork } from '../jobs/unit-of-work';
import { ProposalsRepository } from './proposals.repository';

const SWEEP_MS = 60_000;

/**
 * Every minute, in each process that runs jobs: when some sent proposal is past its validity,
 * writes a `proposals.expiry_due` event to the outbox, which starts the `proposals.expire` job
 * (on a worker with Redis, in process otherwise). Nothing is written when nothing is due; two
 * processes sweeping at once only start two idempotent jobs.
 */
@Injectable()
export class ProposalExpiryScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(ProposalExpiryScheduler.name);
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly proposals: ProposalsRepository,
    private readonly uow: UnitOfWork,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.runsJobs) return;
    this.timer = setInterval(() => {
      this.sweep().catch((error: unknown) => this.logger.warn(`Proposal expiry sweep failed: ${error instanceof Error ? error.message : String(error)}`));
    }, SWEEP_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  /** One sweep; true when it started the expiry job. */
  async sweep(now = new Date()): Promise<boolean> {
    if (!(await this.proposals.anyExpiryDue(now))) return false;
    await this.uow.run((tx) => tx.emit('proposals.expiry_due', { requestedAt: now.toISOString() }));
    return true;
  }
}
