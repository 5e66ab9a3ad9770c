import { ConfigError, loadConfig } from './app-config';

describe('loadConfig', () => {
  it('defaults to the embedded database, in-process jobs, role all, port 3000 and the demo', () => {
    const config = loadConfig({}, '/srv/lifeboat');
    expect(config.http.port).toBe(3000);
    expect(config.database).toEqual({ kind: 'embedded', dataDir: '/srv/lifeboat/.lifeboat' });
    expect(config.jobs).toEqual({ kind: 'in-process' });
    expect(config.role).toBe('all');
    expect(config.servesHttp).toBe(true);
    expect(config.runsJobs).toBe(true);
    expect(config.loadDemo).toBe(true);
  });

  it('switches to a PostgreSQL server and BullMQ on Redis, without the demo', () => {
    const config = loadConfig({
      DATABASE_URL: 'postgres://lifeboat@db:5432/lifeboat',
      REDIS_URL: 'redis://cache:6379',
      LIFEBOAT_ROLE: 'api',
      PORT: '8080',
    });
    expect(config.database).toEqual({ kind: 'server', url: 'postgres://lifeboat@db:5432/lifeboat' });
    expect(config.jobs).toEqual({ kind: 'redis', url: 'redis://cache:6379', prefix: 'lifeboat' });
    expect(config.http.port).toBe(8080);
    expect(config.servesHttp).toBe(true);
    expect(config.runsJobs).toBe(false);
    expect(config.loadDemo).toBe(false);
  });

  it('makes a worker that runs jobs and serves no HTTP', () => {
    const config = loadConfig({ REDIS_URL: 'redis://cache:6379', LIFEBOAT_ROLE: 'worker', DATABASE_URL: 'postgres://x@y/z' });
    expect(config.servesHttp).toBe(false);
    expect(config.runsJobs).toBe(true);
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT must be a whole number between 1 and 65535 (got "abc")'],
    [{ PORT: '70000' }, 'PORT must be a whole number between 1 and 65535 (got "70000")'],
    [{ PORT: '0' }, 'PORT must be a whole number between 1 and 65535 (got "0")'],
    [{ LIFEBOAT_ROLE: 'boss' }, 'LIFEBOAT_ROLE must be one of api, worker, all (got "boss")'],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL must be a postgres:// or postgresql:// URL'],
    [{ REDIS_URL: 'http://x' }, 'REDIS_URL must be a redis:// or rediss:// URL'],
    [{ LIFEBOAT_ROLE: 'worker' }, 'LIFEBOAT_ROLE=worker needs REDIS_URL'],
    [{ SMTP_URL: 'http://mail', MAIL_FROM: 'a@b.c' }, 'SMTP_URL must be an smtp:// or smtps:// URL'],
    [{ SMTP_URL: 'smtp://mail:25', MAIL_FROM: 'not an address' }, 'MAIL_FROM must be an email address'],
    [{ SMTP_URL: 'smtp://mail:25' }, 'SMTP_URL and MAIL_FROM go together'],
    [{ LIFEBOAT_SCHEDULER: 'sometimes' }, 'LIFEBOAT_SCHEDULER must be on or off (got "sometimes")'],
    [{ LIFEBOAT_DASHBOARD_CACHE_SECONDS: '301' }, 'LIFEBOAT_DASHBOARD_CACHE_SECONDS must be a whole number of seconds between 0 and 300 (got "301")'],
    [{ LIFEBOAT_DASHBOARD_CACHE_SECONDS: '1.5' }, 'LIFEBOAT_DASHBOARD_CACHE_SECONDS must be a whole number of seconds between 0 and 300 (got "1.5")'],
    [{ LIFEBOAT_ALLOW_LOOPBACK_PORTS: 'all' }, 'LIFEBOAT_ALLOW_LOOPBACK_PORTS must be a comma-separated list of port numbers, e.g. 4010,4011 (got "all")'],
    [{ LIFEBOAT_ALLOW_LOOPBACK_PORTS: '4010,*' }, 'LIFEBOAT_ALLOW_LOOPBACK_PORTS must be a comma-separated list of port numbers'],
    [{ LIFEBOAT_ALLOW_LOOPBACK_PORTS: '70000' }, 'LIFEBOAT_ALLOW_LOOPBACK_PORTS must list ports between 1 and 65535 (got "70000")'],
    [{ LIFEBOAT_ALLOW_LOOPBACK_PORTS: '0' }, 'LIFEBOAT_ALLOW_LOOPBACK_PORTS must list ports between 1 and 65535 (got "0")'],
    [{ NODE_ENV: 'production', LIFEBOAT_JWT_SECRET: 'x'.repeat(48), LIFEBOAT_ALLOW_LOOPBACK_PORTS: '4010' }, 'LIFEBOAT_ALLOW_LOOPBACK_PORTS is refused in production'],
    [{ LIFEBOAT_MAX_SUBSCRIPTIONS: '0' }, 'LIFEBOAT_MAX_SUBSCRIPTIONS must be a whole number between 1 and 1000 (got "0")'],
    [{ LIFEBOAT_MAX_SUBSCRIPTIONS: 'lots' }, 'LIFEBOAT_MAX_SUBSCRIPTIONS must be a whole number between 1 and 1000 (got "lots")'],
  ])('refuses %j with one line that says what to fix', (env, expected) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    try {
      loadConfig(env);
    } catch (error) {
      expect((error as Error).message).toContain(expected);
      expect((error as Error).message).not.toContain('\n');
    }
  });

  it('sends email only with SMTP_URL and MAIL_FROM, and runs the scheduler only where jobs run', () => {
    expect(loadConfig({}).mail).toBeNull();
    expect(loadConfig({ SMTP_URL: 'smtp://u:p@mail:587', MAIL_FROM: 'Lifeboat <lifeboat@example.com>' }).mail).toEqual({
      smtpUrl: 'smtp://u:p@mail:587',
      from: 'Lifeboat <lifeboat@example.com>',
    });
    expect(loadConfig({}).scheduler).toBe(true);
    expect(loadConfig({ NODE_ENV: 'test' }).scheduler).toBe(false);
    expect(loadConfig({ NODE_ENV: 'test', LIFEBOAT_SCHEDULER: 'on' }).scheduler).toBe(true);
    expect(loadConfig({ LIFEBOAT_SCHEDULER: 'off' }).scheduler).toBe(false);
    expect(loadConfig({ REDIS_URL: 'redis://cache:6379', LIFEBOAT_ROLE: 'api' }).scheduler).toBe(false);
    expect(loadConfig({ REDIS_URL: 'redis://cache:6379', LIFEBOAT_ROLE: 'worker' }).scheduler).toBe(true);
  });

  it('links email to LIFEBOAT_PUBLIC_URL, else to localhost outside production, else to nothing', () => {
    expect(loadConfig({}).publicUrl).toBe('http://localhost:3000');
    expect(loadConfig({ PORT: '8080' }).publicUrl).toBe('http://localhost:8080');
    expect(loadConfig({ LIFEBOAT_PUBLIC_URL: 'https://lifeboat.example.com/' }).publicUrl).toBe('https://lifeboat.example.com');
    expect(loadConfig({ NODE_ENV: 'production', LIFEBOAT_JWT_SECRET: 'x'.repeat(40) }).publicUrl).toBeNull();
    expect(() => loadConfig({ LIFEBOAT_PUBLIC_URL: 'lifeboat.example.com' })).toThrow(/LIFEBOAT_PUBLIC_URL must be/);
  });

  it('keeps dashboards 30 s by default, not at all under NODE_ENV=test unless asked', () => {
    expect(loadConfig({}).dashboardCacheSeconds).toBe(30);
    expect(loadConfig({ NODE_ENV: 'test' }).dashboardCacheSeconds).toBe(0);
    expect(loadConfig({ NODE_ENV: 'test', LIFEBOAT_DASHBOARD_CACHE_SECONDS: '12' }).dashboardCacheSeconds).toBe(12);
    expect(loadConfig({ LIFEBOAT_DASHBOARD_CACHE_SECONDS: '0' }).dashboardCacheSeconds).toBe(0);
  });

  it('lets outgoing HTTP reach no loopback port unless listed, and caps live subscriptions at 20 per caller unless told', () => {
    expect(loadConfig({}).outbound).toEqual({ allowLoopbackPorts: [] });
    expect(loadConfig({ NODE_ENV: 'test', LIFEBOAT_ALLOW_LOOPBACK_PORTS: '4010, 4011,4010' }).outbound).toEqual({ allowLoopbackPorts: [4010, 4011] });
    expect(loadConfig({}).maxSubscriptionsPerCaller).toBe(20);
    expect(loadConfig({ LIFEBOAT_MAX_SUBSCRIPTIONS: '5' }).maxSubscriptionsPerCaller).toBe(5);
  });

  it('names every invalid variable at once', () => {
    expect(() => loadConfig({ PORT: 'x', LIFEBOAT_ROLE: 'y' })).toThrow(/PORT.*; LIFEBOAT_ROLE/);
  });
});
