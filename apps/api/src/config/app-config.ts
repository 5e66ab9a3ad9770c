import { plainToInstance, Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Length, Matches, Max, Min, validateSync } from 'class-validator';
import { isAbsolute, resolve } from 'node:path';

export const ROLES = ['api', 'worker', 'all'] as const;
export type ProcessRole = (typeof ROLES)[number];
export const NODE_ENVS = ['development', 'production', 'test'] as const;
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** The process environment as Lifeboat reads it. Nothing else reads `process.env`. */
class EnvironmentVariables {
  @IsIn(NODE_ENVS, { message: `NODE_ENV must be one of ${NODE_ENVS.join(', ')}` })
  NODE_ENV: (typeof NODE_ENVS)[number] = 'development';

  @Transform(({ value }) => (value === undefined || value === '' ? 3000 : /^\d+$/.test(String(value)) ? Number(value) : NaN))
  @IsInt({ message: 'PORT must be a whole number between 1 and 65535' })
  @Min(1, { message: 'PORT must be a whole number between 1 and 65535' })
  @Max(65535, { message: 'PORT must be a whole number between 1 and 65535' })
  PORT = 3000;

  @IsString()
  HOST = '0.0.0.0';

  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/.+/, { message: 'DATABASE_URL must be a postgres:// or postgresql:// URL' })
  DATABASE_URL?: string;

  @IsString()
  LIFEBOAT_DATA_DIR = './.lifeboat';

  @IsOptional()
  @Matches(/^rediss?:\/\/.+/, { message: 'REDIS_URL must be a redis:// or rediss:// URL' })
  REDIS_URL?: string;

  @IsIn(ROLES, { message: `LIFEBOAT_ROLE must be one of ${ROLES.join(', ')}` })
  LIFEBOAT_ROLE: ProcessRole = 'all';

  @IsIn(LOG_LEVELS, { message: `LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}` })
  LOG_LEVEL: (typeof LOG_LEVELS)[number] = 'info';

  @IsOptional()
  @IsIn(['true', 'false'], { message: 'LIFEBOAT_DEMO must be true or false' })
  LIFEBOAT_DEMO?: 'true' | 'false';

  @IsString()
  LIFEBOAT_WEB_DIR = 'dist/apps/web';

  @Matches(/^[A-Za-z0-9_-]{1,40}$/, { message: 'LIFEBOAT_QUEUE_PREFIX must be 1 to 40 letters, digits, - or _' })
  LIFEBOAT_QUEUE_PREFIX = 'lifeboat';

  @IsOptional()
  @Length(32, 512, { message: 'LIFEBOAT_JWT_SECRET must be 32 to 512 characters' })
  LIFEBOAT_JWT_SECRET?: string;

  @Transform(({ value }) => (value === undefined || value === '' ? 900 : /^\d+$/.test(String(value)) ? Number(value) : NaN))
  @IsInt({ message: 'ACCESS_TOKEN_TTL_SECONDS must be a whole number of seconds between 60 and 86400' })
  @Min(60, { message: 'ACCESS_TOKEN_TTL_SECONDS must be a whole number of seconds between 60 and 86400' })
  @Max(86400, { message: 'ACCESS_TOKEN_TTL_SECONDS must be a whole number of seconds between 60 and 86400' })
  ACCESS_TOKEN_TTL_SECONDS = 900;

  @IsOptional()
  @Matches(/^smtps?:\/\/[^\s]+$/, { message: 'SMTP_URL must be an smtp:// or smtps:// URL, e.g. smtp://user:pass@mail.example.com:587' })
  SMTP_URL?: string;

  @IsOptional()
  @Matches(/^(.+<[^<>@\s]+@[^<>@\s]+>|[^<>@\s]+@[^<>@\s]+)$/, { message: 'MAIL_FROM must be an email address, e.g. lifeboat@example.com or "Lifeboat <lifeboat@example.com>"' })
  MAIL_FROM?: string;

  @IsOptional()
  @Matches(/^https?:\/\/[^\s/?#]+(\/[^\s?#]*)?$/, { message: 'LIFEBOAT_PUBLIC_URL must be the http:// or https:// address where people open Lifeboat, e.g. https://lifeboat.example.com' })
  LIFEBOAT_PUBLIC_URL?: string;

  @IsOptional()
  @IsIn(['on', 'off'], { message: 'LIFEBOAT_SCHEDULER must be on or off' })
  LIFEBOAT_SCHEDULER?: 'on' | 'off';

  @IsOptional()
  @Transform(({ value }) => (value === undefined || value === '' ? undefined : /^\d+$/.test(String(value)) ? Number(value) : NaN))
  @IsInt({ message: 'LIFEBOAT_DASHBOARD_CACHE_SECONDS must be a whole number of seconds between 0 and 300' })
  @Min(0, { message: 'LIFEBOAT_DASHBOARD_CACHE_SECONDS must be a whole number of seconds between 0 and 300' })
  @Max(300, { message: 'LIFEBOAT_DASHBOARD_CACHE_SECONDS must be a whole number of seconds between 0 and 300' })
  LIFEBOAT_DASHBOARD_CACHE_SECONDS?: number;

  @IsOptional()
  @Matches(/^\s*\d{1,5}\s*(,\s*\d{1,5}\s*)*$/, { message: 'LIFEBOAT_ALLOW_LOOPBACK_PORTS must be a comma-separated list of port numbers, e.g. 4010,4011' })
  LIFEBOAT_ALLOW_LOOPBACK_PORTS?: string;

  @IsOptional()
  @Transform(({ value }) => (value === undefined || value === '' ? undefined : /^\d+$/.test(String(value)) ? Number(value) : NaN))
  @IsInt({ message: 'LIFEBOAT_MAX_SUBSCRIPTIONS must be a whole number between 1 and 1000' })
  @Min(1, { message: 'LIFEBOAT_MAX_SUBSCRIPTIONS must be a whole number between 1 and 1000' })
  @Max(1000, { message: 'LIFEBOAT_MAX_SUBSCRIPTIONS must be a whole number between 1 and 1000' })
  LIFEBOAT_MAX_SUBSCRIPTIONS?: number;

  @IsOptional()
  @Transform(({ value }) => (value === undefined || value === '' ? undefined : /^\d+$/.test(String(value)) ? Number(value) : NaN))
  @IsInt({ message: 'OUTREACH_RATE_PER_SECOND must be a whole number of mails per second between 1 and 5000' })
  @Min(1, { message: 'OUTREACH_RATE_PER_SECOND must be a whole number of mails per second between 1 and 5000' })
  @Max(5000, { message: 'OUTREACH_RATE_PER_SECOND must be a whole number of mails per second between 1 and 5000' })
  OUTREACH_RATE_PER_SECOND?: number;

  @IsOptional()
  @Transform(({ value }) => (value === undefined || value === '' ? undefined : /^\d+$/.test(String(value)) ? Number(value) : NaN))
  @IsInt({ message: 'OUTREACH_SMTP_CONNECTIONS must be a whole number between 1 and 50' })
  @Min(1, { message: 'OUTREACH_SMTP_CONNECTIONS must be a whole number between 1 and 50' })
  @Max(50, { message: 'OUTREACH_SMTP_CONNECTIONS must be a whole number between 1 and 50' })
  OUTREACH_SMTP_CONNECTIONS?: number;
}

export interface AppConfig {
  env: (typeof NODE_ENVS)[number];
  production: boolean;
  http: { port: number; host: string };
  database: { kind: 'embedded'; dataDir: string } | { kind: 'server'; url: string };
  jobs: { kind: 'in-process' } | { kind: 'redis'; url: string; prefix: string };
  role: ProcessRole;
  /** Whether this process serves HTTP (GraphQL, /health, the web app). */
  servesHttp: boolean;
  /** Whether this process runs job handlers. Without Redis, jobs run where they are created. */
  runsJobs: boolean;
  logLevel: (typeof LOG_LEVELS)[number];
  /** Load the demo scenario into an empty database at start (default: on for embedded only). */
  loadDemo: boolean;
  webDir: string;
  auth: {
    /** Signs access tokens. Required in production; otherwise kept in the data folder (embedded) or made per process. */
    jwtSecret: string | null;
    accessTokenTtlSeconds: number;
    refreshTokenTtlDays: number;
  };
  /** Outgoing email (the daily digest, proposals); null when SMTP_URL and MAIL_FROM are not both set. */
  mail: { smtpUrl: string; from: string } | null;
  /**
   * Where people open Lifeboat (no trailing slash), for links in email (a proposal's acceptance
   * page): LIFEBOAT_PUBLIC_URL, else http://localhost:$PORT outside production; null in production
   * without it (a link to localhost would reach no customer).
   */
  publicUrl: string | null;
  /** Whether this process runs the recurring jobs (overdue escalation, day change, digest): only where jobs run. */
  scheduler: boolean;
  /**
   * How old a served dashboard may be, in seconds (dashboards/snapshot-cache.ts); 0 computes every read.
   * Default 30 (the web's polling interval); 0 under NODE_ENV=test, whose tests write with SQL behind the api's back.
   */
  dashboardCacheSeconds: number;
  /**
   * Outgoing HTTP to addresses users give (webhooks, later feeds): common/http/guarded-http.ts.
   * `allowLoopbackPorts`: loopback ports that may be reached all the same (local test receivers);
   * empty by default, refused in production.
   */
  outbound: { allowLoopbackPorts: readonly number[] };
  /** Live subscriptions a user or an API key may hold open at once, in one api process. */
  maxSubscriptionsPerCaller: number;
  /** Outreach mail (outreach/): at most `ratePerSecond` mails a second per sender, over `connections` pooled SMTP connections. */
  outreach: { ratePerSecond: number; connections: number };
}

/** A configuration a person must fix: the message is one line that says what to change. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/**
 * Reads and validates the environment once, at start-up, into one typed object.
 * Throws a ConfigError whose message names every variable to fix.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): AppConfig {
  const raw: Record<string, string> = {};
  for (const key of Object.keys(new EnvironmentVariables())) {
    const value = env[key];
    if (value !== undefined && value !== '') raw[key] = value;
  }
  for (const key of ['DATABASE_URL', 'REDIS_URL', 'LIFEBOAT_DEMO', 'LIFEBOAT_JWT_SECRET', 'SMTP_URL', 'MAIL_FROM', 'LIFEBOAT_PUBLIC_URL', 'LIFEBOAT_SCHEDULER', 'LIFEBOAT_DASHBOARD_CACHE_SECONDS', 'LIFEBOAT_ALLOW_LOOPBACK_PORTS', 'LIFEBOAT_MAX_SUBSCRIPTIONS', 'OUTREACH_RATE_PER_SECOND', 'OUTREACH_SMTP_CONNECTIONS']) {
    if (env[key]) raw[key] = env[key] as string;
  }
  const parsed = plainToInstance(EnvironmentVariables, raw, { exposeDefaultValues: true });
  if (raw['PORT'] === undefined) parsed.PORT = 3000;
  const errors = validateSync(parsed, { whitelist: true });
  if (errors.length > 0) {
    const reasons = errors.map((e) => {
      const given = raw[e.property];
      const message = Object.values(e.constraints ?? {})[0] ?? `${e.property} is invalid`;
      return given === undefined ? message : `${message} (got "${given}")`;
    });
    throw new ConfigError(`Invalid configuration: ${reasons.join('; ')}.`);
  }
  if (parsed.NODE_ENV === 'production' && !parsed.LIFEBOAT_JWT_SECRET) {
    throw new ConfigError('Invalid configuration: NODE_ENV=production needs LIFEBOAT_JWT_SECRET (32 or more random characters, e.g. `openssl rand -base64 48`).');
  }
  if (parsed.NODE_ENV === 'production' && parsed.LIFEBOAT_DEMO === 'true') {
    throw new ConfigError('Invalid configuration: LIFEBOAT_DEMO=true is refused in production: demo users must never exist there.');
  }
  if (parsed.LIFEBOAT_ROLE === 'worker' && !parsed.REDIS_URL) {
    throw new ConfigError(
      'Invalid configuration: LIFEBOAT_ROLE=worker needs REDIS_URL (without Redis, jobs run inside the api process; use LIFEBOAT_ROLE=all).',
    );
  }
  const loopbackPorts = parsed.LIFEBOAT_ALLOW_LOOPBACK_PORTS ? [...new Set(parsed.LIFEBOAT_ALLOW_LOOPBACK_PORTS.split(',').map((p) => Number(p.trim())))] : [];
  if (loopbackPorts.some((p) => p < 1 || p > 65535)) {
    throw new ConfigError(`Invalid configuration: LIFEBOAT_ALLOW_LOOPBACK_PORTS must list ports between 1 and 65535 (got "${parsed.LIFEBOAT_ALLOW_LOOPBACK_PORTS}").`);
  }
  if (parsed.NODE_ENV === 'production' && loopbackPorts.length > 0) {
    throw new ConfigError(
      'Invalid configuration: LIFEBOAT_ALLOW_LOOPBACK_PORTS is refused in production: webhooks must never reach services on this machine (it is for local test receivers only).',
    );
  }
  if (Boolean(parsed.SMTP_URL) !== Boolean(parsed.MAIL_FROM)) {
    throw new ConfigError('Invalid configuration: SMTP_URL and MAIL_FROM go together: set both to send email, or neither.');
  }
  const absolute = (p: string) => (isAbsolute(p) ? p : resolve(cwd, p));
  const database: AppConfig['database'] = parsed.DATABASE_URL
    ? { kind: 'server', url: parsed.DATABASE_URL }
    : {
        kind: 'embedded',
        // memory:// keeps the embedded database in memory only (tests, throwaway runs).
        dataDir: parsed.LIFEBOAT_DATA_DIR.startsWith('memory://') ? parsed.LIFEBOAT_DATA_DIR : absolute(parsed.LIFEBOAT_DATA_DIR),
      };
  const jobs: AppConfig['jobs'] = parsed.REDIS_URL
    ? { kind: 'redis', url: parsed.REDIS_URL, prefix: parsed.LIFEBOAT_QUEUE_PREFIX }
    : { kind: 'in-process' };
  return {
    env: parsed.NODE_ENV,
    production: parsed.NODE_ENV === 'production',
    http: { port: parsed.PORT, host: parsed.HOST },
    database,
    jobs,
    role: parsed.LIFEBOAT_ROLE,
    servesHttp: parsed.LIFEBOAT_ROLE !== 'worker',
    runsJobs: jobs.kind === 'in-process' || parsed.LIFEBOAT_ROLE !== 'api',
    logLevel: parsed.LOG_LEVEL,
    loadDemo: parsed.LIFEBOAT_DEMO ? parsed.LIFEBOAT_DEMO === 'true' : database.kind === 'embedded' && parsed.NODE_ENV !== 'production',
    webDir: absolute(parsed.LIFEBOAT_WEB_DIR),
    auth: {
      jwtSecret: parsed.LIFEBOAT_JWT_SECRET ?? null,
      accessTokenTtlSeconds: parsed.ACCESS_TOKEN_TTL_SECONDS,
      refreshTokenTtlDays: 30,
    },
    mail: parsed.SMTP_URL && parsed.MAIL_FROM ? { smtpUrl: parsed.SMTP_URL, from: parsed.MAIL_FROM } : null,
    publicUrl: parsed.LIFEBOAT_PUBLIC_URL
      ? parsed.LIFEBOAT_PUBLIC_URL.replace(/\/+$/, '')
      : parsed.NODE_ENV === 'production'
        ? null
        : `http://localhost:${parsed.PORT}`,
    // Tests drive the recurring jobs themselves: off by default under NODE_ENV=test.
    scheduler: (jobs.kind === 'in-process' || parsed.LIFEBOAT_ROLE !== 'api') && (parsed.LIFEBOAT_SCHEDULER ?? (parsed.NODE_ENV === 'test' ? 'off' : 'on')) === 'on',
    dashboardCacheSeconds: parsed.LIFEBOAT_DASHBOARD_CACHE_SECONDS ?? (parsed.NODE_ENV === 'test' ? 0 : 30),
    outbound: { allowLoopbackPorts: loopbackPorts },
    maxSubscriptionsPerCaller: parsed.LIFEBOAT_MAX_SUBSCRIPTIONS ?? 20,
    outreach: { ratePerSecond: parsed.OUTREACH_RATE_PER_SECOND ?? 50, connections: parsed.OUTREACH_SMTP_CONNECTIONS ?? 10 },
  };
}

/** Redacts the password of a connection URL, for logs and error messages. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return '(unparseable URL)';
  }
}

export const APP_CONFIG = Symbol('APP_CONFIG');
