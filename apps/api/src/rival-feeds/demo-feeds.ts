import { Controller, Get, Inject, NotFoundException, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { APP_CONFIG, type AppConfig } from '../config/app-config';

/*
 * The demo's own status page and news feed about KPNQwest (issue #22, point 4), served by the api
 * itself so that `npm start` shows suggestions arriving: items appear over time, relative to when
 * the process started (one every few minutes), like a real page would publish them. Served only
 * in the demo (never in production); the demo's feeds point here, and only they may reach this
 * process's port on loopback (rival-feeds.service.ts, `demoHttp`).
 */

const MINUTE = 60_000;

interface DemoIncident {
  id: string;
  name: string;
  impact: 'none' | 'minor' | 'major' | 'critical';
  components: string[];
  startsAfter: number;
  lastsMs: number;
  update: string;
}
interface DemoNews {
  guid: string;
  title: string;
  description: string;
  link: string;
  after: number;
}

// Component names are the page's own site and protocol codes (data, the same in every language).
const INCIDENTS: DemoIncident[] = [
  { id: 'demo-inc-ams', name: 'Degraded performance on Amsterdam hosting', impact: 'minor', components: ['AMS1'], startsAfter: -3 * 60 * MINUTE, lastsMs: 50 * MINUTE, update: 'Storage latency is back to normal.' },
  { id: 'demo-inc-vpn', name: 'Pan-European VPN backbone unreachable', impact: 'critical', components: ['MPLS', 'BGP'], startsAfter: 2 * MINUTE, lastsMs: 30 * MINUTE, update: 'Our network operations centre is understaffed; we are investigating.' },
  { id: 'demo-inc-voice', name: 'Voice calls failing in France', impact: 'major', components: ['SIP'], startsAfter: 12 * MINUTE, lastsMs: 90 * MINUTE, update: 'Calls to and from French numbers fail intermittently.' },
];

const NEWS: DemoNews[] = [
  { guid: 'demo-news-staff', title: 'KPNQwest France: staff strike at the Paris network centre', description: 'Unions call a strike as wages go unpaid.', link: 'https://news.example/kpnqwest-strike', after: 1 * MINUTE },
  { guid: 'demo-news-audience', title: 'Tribunal de commerce : audience jeudi pour KPNQwest France', description: 'Le tribunal examinera la demande de l’administrateur.', link: 'https://news.example/kpnqwest-audience', after: 5 * MINUTE },
  { guid: 'demo-news-dark', title: 'KPNQwest network may be switched off days after the ruling', description: 'Customers are urged to migrate their platforms.', link: 'https://news.example/kpnqwest-dark', after: 9 * MINUTE },
  { guid: 'demo-news-buyers', title: 'AT&T and BT weigh the acquisition of KPNQwest’s backbone', description: 'Few customers may be left by the time a buyer signs.', link: 'https://news.example/kpnqwest-buyers', after: 15 * MINUTE },
];

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The status page's incidents as of `now`, for a demo started at `start`. */
export function demoIncidents(start: number, now: number) {
  return INCIDENTS.filter((i) => start + i.startsAfter <= now)
    .map((i) => {
      const startedAt = new Date(start + i.startsAfter).toISOString();
      const resolved = start + i.startsAfter + i.lastsMs <= now;
      return {
        id: i.id,
        name: i.name,
        status: resolved ? 'resolved' : 'investigating',
        impact: i.impact,
        created_at: startedAt,
        started_at: startedAt,
        resolved_at: resolved ? new Date(start + i.startsAfter + i.lastsMs).toISOString() : null,
        shortlink: `https://status.kpnqwest.example/incidents/${i.id}`,
        components: i.components.map((name) => ({ name })),
        incident_updates: [{ body: resolved ? 'This incident has been resolved.' : i.update }],
      };
    })
    .reverse();
}

/** The news feed as of `now` (RSS 2.0), newest first. */
export function demoNews(start: number, now: number): { body: string; modified: number } {
  const items = NEWS.filter((n) => start + n.after <= now).reverse();
  const modified = items.length ? start + items[0].after : start;
  const body = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Telecom press watch (demo)</title><link>https://news.example/</link><description>News about KPNQwest</description>
${items
  .map(
    (n) =>
      `<item><title>${xml(n.title)}</title><link>${n.link}</link><guid isPermaLink="false">${n.guid}</guid><pubDate>${new Date(start + n.after).toUTCString()}</pubDate><description>${xml(n.description)}</description></item>`,
  )
  .join('\n')}
</channel></rss>`;
  return { body, modified };
}

@Controller('demo-feeds/kpnqwest')
export class DemoFeedsController {
  /** When the demo's clock started: this process's start, to the minute. */
  private readonly start = Math.floor(Date.now() / MINUTE) * MINUTE;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  private assertDemo(): void {
    if (!this.config.loadDemo || this.config.production) throw new NotFoundException();
  }

  @Get('api/v2/incidents.json')
  incidents(@Res() res: Response): void {
    this.assertDemo();
    res.json({ page: { id: 'kpnqwest-demo', name: 'KPNQwest Status (demo)' }, incidents: demoIncidents(this.start, Date.now()) });
  }

  @Get('news.rss')
  news(@Req() req: Request, @Res() res: Response): void {
    this.assertDemo();
    const { body, modified } = demoNews(this.start, Date.now());
    const lastModified = new Date(modified).toUTCString();
    if (req.headers['if-modified-since'] === lastModified) {
      res.status(304).setHeader('last-modified', lastModified).end();
      return;
    }
    res.status(200).setHeader('content-type', 'application/rss+xml; charset=utf-8').setHeader('last-modified', lastModified).send(body);
  }
}

/** The demo's feeds on KPNQwest, pointing at this process (`local_demo`: the only feeds allowed to reach it). */
export function demoFeedRows(port: number): Array<{ kind: 'statuspage' | 'rss'; name: string; url: string }> {
  const base = `http://127.0.0.1:${port}/demo-feeds/kpnqwest`;
  return [
    { kind: 'statuspage', name: 'KPNQwest status page (demo)', url: base },
    { kind: 'rss', name: 'Telecom press watch (demo)', url: `${base}/news.rss` },
  ];
}
