import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import IORedis from 'ioredis';
import { RateLimiterAbstract, RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { RateLimitedError } from '../common/errors/lifeboat-error';

/**
 * Request budgets, answered with RATE_LIMITED when spent. On Redis they are shared by every api
 * process; without it each process counts its own.
 * - per user: 600 operations a minute; per API key: 1,200 a minute; anonymous, per IP: 300 a minute;
 * - sign-in: 10 failed attempts per email and IP in 15 minutes, 100 per IP (brute force, credential stuffing).
 */
@Injectable()
export class RateLimitsService implements OnModuleDestroy {
  private readonly redis?: IORedis;
  private readonly perUser: RateLimiterAbstract;
  private readonly perKey: RateLimiterAbstract;
  private readonly perIp: RateLimiterAbstract;
  private readonly loginPerEmailAndIp: RateLimiterAbstract;
  private readonly loginPerIp: RateLimiterAbstract;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    const make = (keyPrefix: string, points: number, duration: number): RateLimiterAbstract => {
      if (!this.redis) return new RateLimiterMemory({ keyPrefix, points, duration });
      return new RateLimiterRedis({
        storeClient: this.redis,
        keyPrefix: `${config.jobs.kind === 'redis' ? config.jobs.prefix : 'lifeboat'}:rl:${keyPrefix}`,
        points,
        duration,
        // Redis away: fall back to counting in this process rather than refusing every request.
        insuranceLimiter: new RateLimiterMemory({ keyPrefix, points, duration }),
      });
    };
    if (config.jobs.kind === 'redis') {
      this.redis = new IORedis(config.jobs.url, { enableOfflineQueue: false, maxRetriesPerRequest: 1 });
      this.redis.on('error', () => undefined);
    }
    this.perUser = make('user', 600, 60);
    this.perKey = make('key', 1200, 60);
    this.perIp = make('ip', 300, 60);
    this.loginPerEmailAndIp = make('login-email-ip', 10, 15 * 60);
    this.loginPerIp = make('login-ip', 100, 15 * 60);
  }

  onModuleDestroy(): void {
    this.redis?.disconnect();
  }

  async consumeRequest(subject: { userId?: string; apiKeyId?: string; ip: string }): Promise<void> {
    if (subject.userId) return this.consume(this.perUser, subject.userId, 'Too many requests for this user');
    if (subject.apiKeyId) return this.consume(this.perKey, subject.apiKeyId, 'Too many requests for this API key');
    return this.consume(this.perIp, subject.ip, 'Too many requests from this address');
  }

  /** Before checking a password: refuses while the budget of failures is spent. */
  async assertLoginAllowed(email: string, ip: string): Promise<void> {
    const [pair, byIp] = await Promise.all([this.loginPerEmailAndIp.get(`${email}|${ip}`), this.loginPerIp.get(ip)]);
    for (const [res, limiter] of [
      [pair, this.loginPerEmailAndIp],
      [byIp, this.loginPerIp],
    ] as const) {
      if (res && res.consumedPoints >= limiter.points) {
        throw new RateLimitedError(
          `Too many failed sign-ins: try again in ${Math.ceil(res.msBeforeNext / 1000)} seconds.`,
          Math.ceil(res.msBeforeNext / 1000),
        );
      }
    }
  }

  async recordLoginFailure(email: string, ip: string): Promise<void> {
    await Promise.all([
      this.loginPerEmailAndIp.penalty(`${email}|${ip}`, 1),
      this.loginPerIp.penalty(ip, 1),
    ]);
  }

  async recordLoginSuccess(email: string, ip: string): Promise<void> {
    await this.loginPerEmailAndIp.delete(`${email}|${ip}`);
  }

  private async consume(limiter: RateLimiterAbstract, key: string, what: string): Promise<void> {
    try {
      await limiter.consume(key);
    } catch (error) {
      if (error instanceof RateLimiterRes) {
        const seconds = Math.ceil(error.msBeforeNext / 1000);
        throw new RateLimitedError(`${what}: try again in ${seconds} seconds.`, seconds);
      }
      throw error;
    }
  }
}
