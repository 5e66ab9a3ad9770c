import 'reflect-metadata';
import { INestApplication, INestApplicationContext } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import helmet from 'helmet';
import { NextFunction, Request, Response } from 'express';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module';
import { AppConfig, ConfigError } from './config/app-config';
import { openDatabase, OpenDatabase } from './database/open-database';
import { ENTITIES } from './entities';
import { loadDemoScenarioIfEmpty } from './demo/demo-scenario';
import { mountQueueBoard } from './jobs/queue-board.http';
import { httpSourceGate, sendGraphqlError } from './common/hardening/operation-gate';
import { FIRST_ADMIN_ADVICE, noAdminCanSignIn } from './setup/invite-admin';

export interface RunningLifeboat {
  config: AppConfig;
  db: OpenDatabase;
  app: INestApplicationContext;
  /** The HTTP application when this role serves HTTP. */
  http?: INestApplication;
  /** Stops the app, then the database (PGlite keeps the event loop alive until closed). */
  close(): Promise<void>;
}

/**
 * Opens the database (migrations included), loads the demo into an empty one when configured,
 * and starts the role of the configuration. `listen: false` builds the app without a port (tests).
 */
export async function startLifeboat(config: AppConfig, opts: { listen?: boolean; now?: Date } = {}): Promise<RunningLifeboat> {
  const db = await openDatabase(config, ENTITIES);
  try {
    if (config.production) await refuseDemoUsers(db);
    if (config.loadDemo) await loadDemoScenarioIfEmpty(db.dataSource, opts.now ?? new Date());
    const module = AppModule.register(config, db);
    let app: INestApplicationContext;
    let http: INestApplication | undefined;
    if (config.servesHttp) {
      // rawBody: the JSON parser keeps the bytes it read (req.rawBody), which a signed signal's HMAC is checked on (rival-feeds/signals.controller.ts).
      http = await NestFactory.create<NestExpressApplication>(module, { bufferLogs: true, bodyParser: false, rawBody: true });
      http.useLogger(http.get(Logger));
      hardenHttp(http as NestExpressApplication);
      // The job queue board at /admin/queues (admins, with Redis), before the app's own routes.
      mountQueueBoard(http as NestExpressApplication);
      if (opts.listen === false) {
        await http.init();
      } else {
        try {
          await http.listen(config.http.port, config.http.host);
        } catch (error) {
          await http.close().catch(() => undefined);
          const code = (error as NodeJS.ErrnoException).code;
          if (code === 'EADDRINUSE') throw new ConfigError(`Port ${config.http.port} is already in use: stop the other program or set PORT.`);
          if (code === 'EACCES') throw new ConfigError(`Not allowed to listen on port ${config.http.port}: choose another PORT.`);
          throw error;
        }
      }
      app = http;
      // A fresh production database has no admin, and the demo's is refused: say how to get one.
      if (config.production && (await noAdminCanSignIn(db.dataSource))) http.get(Logger).warn(FIRST_ADMIN_ADVICE);
    } else {
      app = await NestFactory.createApplicationContext(module, { bufferLogs: true });
      app.useLogger(app.get(Logger));
      await app.init();
    }
    return {
      config,
      db,
      app,
      http,
      close: async () => {
        try {
          await app.close();
        } finally {
          await db.close();
        }
      },
    };
  } catch (error) {
    await db.close().catch(() => undefined);
    throw error;
  }
}

/** The largest request body accepted (GraphQL operations and their variables); imported files have their own route and limit. */
export const MAX_BODY = '1mb';

/** Security headers, no framework fingerprint, and a bounded request body. */
function hardenHttp(http: NestExpressApplication): void {
  http.disable('x-powered-by');
  http.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          // Mantine writes its CSS variables in style attributes.
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:'],
          fontSrc: ["'self'", 'data:'],
          connectSrc: ["'self'", 'ws:', 'wss:'],
          frameAncestors: ["'none'"],
          objectSrc: ["'none'"],
          baseUri: ["'self'"],
          formAction: ["'self'"],
          upgradeInsecureRequests: null,
        },
      },
      crossOriginEmbedderPolicy: false,
    }),
  );
  // Imported files have a route of their own (POST /imports/:campaignId), which reads its body as a stream with its own limit.
  http.useBodyParser('json', { limit: MAX_BODY });
  // A body the parser refuses (over MAX_BODY, not JSON, an unknown charset) is the client's mistake,
  // answered in GraphQL's shape with the parser's status (413, 400, 415): without this, Express
  // went on to the next routes and, with the web app served, answered 404 "Cannot POST /graphql".
  http.use('/graphql', graphqlBodyErrors);
  // Tokens, nesting and the variables' depth, before Apollo parses anything (operation-gate.ts).
  http.use('/graphql', httpSourceGate);
}

/** An Express error handler for what the body parser refuses on /graphql. */
function graphqlBodyErrors(error: unknown, req: Request, res: Response, next: NextFunction): void {
  const e = error as { type?: unknown; status?: unknown; expose?: unknown; message?: unknown };
  const status = typeof e.status === 'number' ? e.status : 0;
  if (typeof e.type !== 'string' || status < 400 || status >= 500 || res.headersSent) return next(error);
  const message =
    e.type === 'entity.too.large'
      ? `The request body is over the ${MAX_BODY.toUpperCase()} limit: send fewer or smaller variables (files go to POST /imports/:campaignId).`
      : e.type === 'entity.parse.failed'
        ? 'The request body is not valid JSON.'
        : e.expose && typeof e.message === 'string'
          ? `The request body could not be read: ${e.message}.`
          : 'The request body could not be read.';
  sendGraphqlError(req, res, status, message, 'BAD_REQUEST');
}

/** Production refuses to run with the demo's well-known passwords in its database. */
async function refuseDemoUsers(db: OpenDatabase): Promise<void> {
  const rows: Array<{ n: number }> = await db.dataSource.query(`SELECT count(*)::int AS n FROM app_user WHERE is_demo`);
  if (rows[0].n > 0) {
    throw new ConfigError(
      `Refusing to start in production: the database holds ${rows[0].n} demo user(s) with the documented password. Delete them (DELETE FROM app_user WHERE is_demo) or use another database.`,
    );
  }
}
