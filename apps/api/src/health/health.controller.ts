import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { JobQueue } from '../jobs/job-queue';
import { Inject } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../config/app-config';

/**
 * `GET /health`: 200 when the database and the job queue answer, 503 otherwise; JSON either way.
 * The embedded database has one connection (PGlite, in a thread of this process): it is up while
 * it is open, and is not queried (a check would wait behind whatever holds it, an import's chunk).
 */
@Controller('health')
export class HealthController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly queue: JobQueue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get()
  async health(@Res() res: Response): Promise<void> {
    const [database, queue] = await Promise.all([this.database(), this.queue.status()]);
    const ok = database.status === 'up' && queue.status === 'up';
    res.status(ok ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE).json({
      status: ok ? 'ok' : 'degraded',
      role: this.config.role,
      database,
      queue,
    });
  }

  private async database(): Promise<{ kind: string; status: 'up' | 'down'; detail?: string }> {
    const kind = this.config.database.kind;
    if (kind === 'embedded') return this.dataSource.isInitialized ? { kind, status: 'up' } : { kind, status: 'down', detail: 'closed' };
    try {
      await this.dataSource.query('SELECT 1');
      return { kind, status: 'up' };
    } catch (error) {
      return { kind, status: 'down', detail: error instanceof Error ? error.message : String(error) };
    }
  }
}
