import { Inject, Injectable } from '@nestjs/common';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { JobQueue } from './job-queue';
import { RedisJobQueue } from './redis-job-queue';

/** Where the queue board is served. */
export const QUEUE_BOARD_PATH = '/admin/queues';
/** A ticket is good for one exchange within this time. */
export const BOARD_TICKET_TTL_SECONDS = 60;
/** A board session (its cookie) lasts this long. */
export const BOARD_SESSION_TTL_SECONDS = 3600;
export const BOARD_COOKIE = 'lifeboat_board';

const digest = (secret: string) => createHash('sha256').update(secret).digest('hex');

/**
 * Access to the queue board (Bull Board, only with Redis). The web app keeps its access token in
 * memory, so a link cannot carry it: an admin asks for a ticket (`openQueueBoard`, a random
 * single-use secret valid 60 s), the browser opens `/admin/queues/session?ticket=…`, and the
 * ticket is exchanged for a board session in an httpOnly, SameSite=Strict cookie limited to
 * `/admin/queues`. Tickets and sessions live in Redis (any api process can check them) as
 * SHA-256 digests; every request re-checks that the user is still an active admin.
 */
@Injectable()
export class QueueBoardService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly queue: JobQueue,
    private readonly dataSource: DataSource,
  ) {}

  get enabled(): boolean {
    return this.config.jobs.kind === 'redis' && this.queue instanceof RedisJobQueue;
  }

  private get redis() {
    if (!(this.queue instanceof RedisJobQueue)) throw new Error('The queue board needs Redis.');
    return this.queue.redisConnection;
  }

  private key(kind: 'ticket' | 'session', secret: string): string {
    const prefix = this.config.jobs.kind === 'redis' ? this.config.jobs.prefix : 'lifeboat';
    return `${prefix}:board:${kind}:${digest(secret)}`;
  }

  async mintTicket(userId: string): Promise<{ ticket: string; expiresAt: Date }> {
    const ticket = randomBytes(32).toString('base64url');
    await this.redis.set(this.key('ticket', ticket), userId, 'EX', BOARD_TICKET_TTL_SECONDS);
    return { ticket, expiresAt: new Date(Date.now() + BOARD_TICKET_TTL_SECONDS * 1000) };
  }

  /** Spends a ticket (once) and opens a session for its admin; null when the ticket is unknown, spent, expired or its user no longer an admin. */
  async exchange(ticket: string): Promise<string | null> {
    const userId = (await this.redis.eval(
      `local v = redis.call('GET', KEYS[1]); if v then redis.call('DEL', KEYS[1]) end; return v`,
      1,
      this.key('ticket', ticket),
    )) as string | null;
    if (!userId || (await this.roleOf(userId)) !== 'admin') return null;
    const session = randomBytes(32).toString('base64url');
    await this.redis.set(this.key('session', session), userId, 'EX', BOARD_SESSION_TTL_SECONDS);
    return session;
  }

  /** Who holds this board session: 'admin', 'not-admin' (demoted or deactivated since), or null (no such session). */
  async check(session: string): Promise<'admin' | 'not-admin' | null> {
    const userId = await this.redis.get(this.key('session', session));
    if (!userId) return null;
    return (await this.roleOf(userId)) === 'admin' ? 'admin' : 'not-admin';
  }

  private async roleOf(userId: string): Promise<string | null> {
    const rows: Array<{ role: string; active: boolean }> = await this.dataSource.query(`SELECT role, active FROM app_user WHERE id = $1`, [userId]);
    return rows[0]?.active ? rows[0].role : null;
  }
}
