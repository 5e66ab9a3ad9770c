import { Controller, Get, HttpStatus, Logger, Param, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { OutreachLanguage } from '@lifeboat/domain';
import { RateLimitsService } from '../identity/rate-limits.service';
import { clientIp } from '../identity/request-context.factory';
import { LifeboatError } from '../common/errors/lifeboat-error';
import { UnsubscribeService } from './unsubscribe.service';

const TEXTS: Record<OutreachLanguage, { title: string; ask: (email: string) => string; button: string; done: (email: string) => string; unknown: string }> = {
  en: {
    title: 'Unsubscribe',
    ask: (email) => `Stop all further messages of this kind to ${email}?`,
    button: 'Unsubscribe',
    done: (email) => `${email} will receive no further messages of this kind.`,
    unknown: 'This unsubscribe link is not valid. If you copied it, check that it is complete.',
  },
  fr: {
    title: 'Se désinscrire',
    ask: (email) => `Ne plus envoyer aucun message de ce type à ${email}\u00a0?`,
    button: 'Me désinscrire',
    done: (email) => `${email} ne recevra plus aucun message de ce type.`,
    unknown: 'Ce lien de désinscription n’est pas valide. Si vous l’avez copié, vérifiez qu’il est complet.',
  },
};

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);

const page = (lang: OutreachLanguage, title: string, content: string) =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex">` +
  `<title>${escapeHtml(title)}</title><style>body{font-family:system-ui,sans-serif;max-width:32rem;margin:2rem auto;padding:0 1rem;line-height:1.5;overflow-wrap:anywhere}h1{font-size:1.5rem}button{font-size:1rem;min-height:44px;padding:.5rem 1rem}@media (max-width:480px){button{width:100%}}</style></head>` +
  `<body><h1>${escapeHtml(title)}</h1>${content}</body></html>`;

/**
 * The public unsubscribe link every outreach mail carries (`List-Unsubscribe`, RFC 8058): no sign-in.
 * `GET /u/:token` shows a page in the mail's language asking to confirm (a link scanner that
 * follows links must not unsubscribe anyone); `POST /u/:token` — the confirm button, or a mail
 * client's one-click `List-Unsubscribe=One-Click` — puts the address on the suppression list, which
 * every later outreach honours. Unknown or forged tokens answer 404; rate-limited per address.
 */
@Controller('u')
export class UnsubscribeController {
  private readonly logger = new Logger(UnsubscribeController.name);

  constructor(
    private readonly unsubscribe: UnsubscribeService,
    private readonly limits: RateLimitsService,
  ) {}

  @Get(':token')
  async ask(@Param('token') token: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    await this.answer(req, res, async () => {
      const found = await this.unsubscribe.lookup(token);
      const lang = found?.language ?? 'en';
      const t = TEXTS[lang];
      if (!found) return void res.status(HttpStatus.NOT_FOUND).type('html').send(page(lang, t.title, `<p>${escapeHtml(t.unknown)}</p>`));
      res
        .status(HttpStatus.OK)
        .type('html')
        .send(page(lang, t.title, `<p>${escapeHtml(t.ask(found.email))}</p><form method="post"><button type="submit">${escapeHtml(t.button)}</button></form>`));
    });
  }

  @Post(':token')
  async confirm(@Param('token') token: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    // The body (`List-Unsubscribe=One-Click`, or the form's) says nothing more than the POST itself.
    req.resume();
    await this.answer(req, res, async () => {
      const done = await this.unsubscribe.unsubscribe(token);
      const lang = done?.language ?? 'en';
      const t = TEXTS[lang];
      if (!done) return void res.status(HttpStatus.NOT_FOUND).type('html').send(page(lang, t.title, `<p>${escapeHtml(t.unknown)}</p>`));
      res.status(HttpStatus.OK).type('html').send(page(lang, t.title, `<p>${escapeHtml(t.done(done.email))}</p>`));
    });
  }

  private async answer(req: Request, res: Response, work: () => Promise<void>): Promise<void> {
    try {
      await this.limits.consumeRequest({ ip: clientIp(req) });
      await work();
    } catch (error) {
      if (error instanceof LifeboatError && error.code === 'RATE_LIMITED') {
        res.status(HttpStatus.TOO_MANY_REQUESTS).type('text').send('Too many requests; try again in a minute.');
        return;
      }
      this.logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
      res.status(HttpStatus.INTERNAL_SERVER_ERROR).type('text').send('Something went wrong on our side.');
    }
  }
}
