import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import { JobQueue } from './job-queue';
import { BOARD_COOKIE, BOARD_SESSION_TTL_SECONDS, QUEUE_BOARD_PATH, QueueBoardService } from './queue-board.service';
import { RedisJobQueue } from './redis-job-queue';
import { BOARD_PAGE } from './queue-board.resolver';

/**
 * The board's own Content-Security-Policy, on its path only: the app's policy plus the web font
 * its page asks for. Everything else keeps the strict policy set by helmet.
 */
const BOARD_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline' https://fonts.googleapis.com",
  "font-src 'self' data: https://fonts.gstatic.com",
  "img-src 'self' data:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

function cookieOf(header: string | undefined, name: string): string | null {
  for (const part of (header ?? '').split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return decodeURIComponent(v.join('='));
  }
  return null;
}

const refuse = (res: Response, status: 401 | 403 | 404, code: string, message: string) => res.status(status).json({ error: { code, message } });

/**
 * Mounts the queue board at /admin/queues (before the app's own routes): Bull Board over the
 * BullMQ queue with Redis, for admins only (see QueueBoardService for the ticket and cookie);
 * a clear 404 without Redis.
 */
export function mountQueueBoard(http: NestExpressApplication): void {
  const board = http.get(QueueBoardService);
  const queue = http.get(JobQueue);
  if (!board.enabled || !(queue instanceof RedisJobQueue)) {
    http.use(QUEUE_BOARD_PATH, (_req: Request, res: Response) =>
      refuse(res, 404, 'NOT_FOUND', 'The queue board needs Redis (REDIS_URL): without it jobs run inside the api process and there is no queue to show.'),
    );
    return;
  }
  let router: RequestHandler | undefined;
  // Built on first use: the BullMQ queue exists once the app has started.
  const boardRouter = (): RequestHandler => {
    if (!router) {
      const adapter = new ExpressAdapter();
      adapter.setBasePath(QUEUE_BOARD_PATH);
      createBullBoard({ queues: [new BullMQAdapter(queue.bullQueue)], serverAdapter: adapter, options: { uiConfig: { boardTitle: 'Lifeboat jobs' } } });
      router = adapter.getRouter() as RequestHandler;
    }
    return router;
  };
  http.use(QUEUE_BOARD_PATH, async (req: Request, res: Response, next: NextFunction) => {
    try {
      res.setHeader('Content-Security-Policy', BOARD_CSP);
      res.setHeader('Cache-Control', 'no-store');
      if (req.path === '/session') {
        const ticket = typeof req.query['ticket'] === 'string' ? req.query['ticket'] : '';
        const session = ticket ? await board.exchange(ticket) : null;
        if (!session) return refuse(res, 401, 'UNAUTHENTICATED', 'This queue board link is invalid, used or expired: open the board again from Lifeboat.');
        const secure = req.secure || req.headers['x-forwarded-proto'] === 'https';
        res.setHeader(
          'Set-Cookie',
          `${BOARD_COOKIE}=${session}; Path=${QUEUE_BOARD_PATH}; Max-Age=${BOARD_SESSION_TTL_SECONDS}; HttpOnly; SameSite=Strict${secure ? '; Secure' : ''}`,
        );
        const to = typeof req.query['to'] === 'string' && BOARD_PAGE.test(req.query['to']) ? req.query['to'] : '/';
        return res.redirect(303, `${QUEUE_BOARD_PATH}${to}`);
      }
      const session = cookieOf(req.headers.cookie, BOARD_COOKIE);
      const who = session ? await board.check(session) : null;
      if (who === null) return refuse(res, 401, 'UNAUTHENTICATED', 'Open the queue board from Lifeboat (Admin › Queues): it needs an admin’s board session.');
      if (who === 'not-admin') return refuse(res, 403, 'FORBIDDEN', 'Only admins see the queue board.');
      return boardRouter()(req, res, next);
    } catch (error) {
      return next(error);
    }
  });
}
