import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { signalFromNews, signalFromStatuspageImpact, type DistressKind } from '@lifeboat/domain';

/** What a Statuspage incident says, kept on its suggestion so an outage can be made from it. */
export interface StatuspageIncident {
  incidentId: string;
  name: string;
  /** investigating, identified, monitoring, resolved, postmortem (as the page says). */
  status: string | null;
  /** none, minor, major, critical. */
  impact: string | null;
  startedAt: string | null;
  resolvedAt: string | null;
  /** Names of the components the incident touched. */
  components: string[];
  shortlink: string | null;
}

/** One item of a feed, ready to become a suggestion. */
export interface FeedItem {
  /** The dedup key within the feed: incident id, item guid/id, else its link. */
  externalId: string;
  title: string;
  summary: string | null;
  sourceUrl: string | null;
  publishedAt: Date | null;
  kind: DistressKind;
  severity: number;
  incident: StatuspageIncident | null;
}

/** A feed's answer that could not be read: the message is shown on the feed. */
export class FeedFormatError extends Error {
  override readonly name = 'FeedFormatError';
}

const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
const date = (v: unknown): Date | null => {
  if (typeof v !== 'string' || !v.trim()) return null;
  const d = new Date(v.trim());
  return Number.isNaN(d.getTime()) ? null : d;
};
const httpUrl = (v: unknown): string | null => {
  if (typeof v !== 'string') return null;
  try {
    const u = new URL(v.trim());
    return u.protocol === 'http:' || u.protocol === 'https:' ? clip(u.toString(), 2000) : null;
  } catch {
    return null;
  }
};

/** A Statuspage `/api/v2/incidents.json` answer. */
export function parseStatuspage(body: string): FeedItem[] {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    throw new FeedFormatError('The status page did not answer valid JSON.');
  }
  const incidents = (json as { incidents?: unknown })?.incidents;
  if (!Array.isArray(incidents)) throw new FeedFormatError('The status page answer has no "incidents" list (is this an Atlassian Statuspage /api/v2/incidents.json?).');
  const items: FeedItem[] = [];
  for (const raw of incidents.slice(0, 200)) {
    const i = raw as Record<string, unknown>;
    if (typeof i?.['id'] !== 'string' || !i['id']) continue;
    const name = typeof i['name'] === 'string' && i['name'].trim() ? i['name'].trim() : 'Incident';
    const impact = typeof i['impact'] === 'string' ? i['impact'] : null;
    const updates = Array.isArray(i['incident_updates']) ? (i['incident_updates'] as Array<Record<string, unknown>>) : [];
    const latest = updates.find((u) => typeof u?.['body'] === 'string');
    const components = Array.isArray(i['components'])
      ? (i['components'] as Array<Record<string, unknown>>).map((c) => (typeof c?.['name'] === 'string' ? c['name'] : null)).filter((c): c is string => !!c)
      : [];
    const startedAt = date(i['started_at']) ?? date(i['created_at']);
    const incident: StatuspageIncident = {
      incidentId: clip(i['id'], 200),
      name: clip(name, 500),
      status: typeof i['status'] === 'string' ? i['status'] : null,
      impact,
      startedAt: startedAt?.toISOString() ?? null,
      resolvedAt: date(i['resolved_at'])?.toISOString() ?? null,
      components: components.slice(0, 50).map((c) => clip(c, 200)),
      shortlink: httpUrl(i['shortlink']),
    };
    items.push({
      externalId: incident.incidentId,
      title: incident.name,
      summary: latest ? clip(String(latest['body']), 2000) : null,
      sourceUrl: incident.shortlink,
      publishedAt: startedAt,
      ...signalFromStatuspageImpact(impact),
      incident,
    });
  }
  return items;
}

// Entities are never expanded by the parser (processEntities: false): a document that declares its
// own (the "billion laughs" bomb) is refused outright, and the predefined and numeric ones are
// decoded here, once, in text that is already bounded by the answer's size.
const PREDEFINED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,4});/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return PREDEFINED[ref.toLowerCase()] ?? whole;
  });
}
const stripTags = (s: string) => s.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim();

/** The text of an element as the parser gives it: a string, or an object with `#text`. */
function text(v: unknown): string {
  if (v == null) return '';
  if (typeof v === 'string' || typeof v === 'number') return String(v);
  if (Array.isArray(v)) return text(v[0]);
  if (typeof v === 'object' && '#text' in (v as object)) return text((v as Record<string, unknown>)['#text']);
  return '';
}
const clean = (v: unknown, n: number) => clip(stripTags(decodeEntities(text(v))), n);

function parseXml(body: string, what: string): Record<string, unknown> {
  if (/<!ENTITY/i.test(body)) throw new FeedFormatError(`The ${what} declares XML entities; such documents are refused (entity expansion).`);
  const valid = XMLValidator.validate(body);
  if (valid !== true) throw new FeedFormatError(`The ${what} is not well-formed XML (line ${valid.err.line}: ${valid.err.msg})`);
  return new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    processEntities: false,
    htmlEntities: false,
    parseTagValue: false,
    parseAttributeValue: false,
    ignoreDeclaration: true,
    ignorePiTags: true,
    isArray: (name) => name === 'item' || name === 'entry' || name === 'link',
  }).parse(body) as Record<string, unknown>;
}

function newsItem(fields: { id: string; link: string | null; title: string; summary: string; published: Date | null }): FeedItem | null {
  const externalId = fields.id || fields.link;
  if (!externalId) return null;
  const title = fields.title || fields.summary.slice(0, 120) || 'Untitled item';
  return {
    externalId: clip(externalId, 500),
    title: clip(title, 500),
    summary: fields.summary ? clip(fields.summary, 2000) : null,
    sourceUrl: fields.link,
    publishedAt: fields.published,
    ...signalFromNews(title, fields.summary),
    incident: null,
  };
}

/** An RSS 2.0 feed's items. */
export function parseRss(body: string): FeedItem[] {
  const doc = parseXml(body, 'RSS feed');
  const channel = (doc['rss'] as Record<string, unknown> | undefined)?.['channel'] as Record<string, unknown> | undefined;
  if (!channel) throw new FeedFormatError('The answer is XML but not an RSS 2.0 feed (no <rss><channel>).');
  const items = (channel['item'] as Array<Record<string, unknown>> | undefined) ?? [];
  return items
    .slice(0, 200)
    .map((i) => {
      const link = httpUrl(decodeEntities(text(i['link'])));
      return newsItem({ id: clean(i['guid'], 500), link, title: clean(i['title'], 500), summary: clean(i['description'], 2000), published: date(text(i['pubDate'])) });
    })
    .filter((i): i is FeedItem => i !== null);
}

/** An Atom feed's entries. */
export function parseAtom(body: string): FeedItem[] {
  const doc = parseXml(body, 'Atom feed');
  const feed = doc['feed'] as Record<string, unknown> | undefined;
  if (!feed) throw new FeedFormatError('The answer is XML but not an Atom feed (no <feed>).');
  const entries = (feed['entry'] as Array<Record<string, unknown>> | undefined) ?? [];
  return entries
    .slice(0, 200)
    .map((e) => {
      const links = (e['link'] as Array<Record<string, unknown>> | undefined) ?? [];
      const alternate = links.find((l) => !l['@_rel'] || l['@_rel'] === 'alternate') ?? links[0];
      const link = alternate ? httpUrl(decodeEntities(String(alternate['@_href'] ?? ''))) : null;
      return newsItem({
        id: clean(e['id'], 500),
        link,
        title: clean(e['title'], 500),
        summary: clean(e['summary'] ?? e['content'], 2000),
        published: date(text(e['published'])) ?? date(text(e['updated'])),
      });
    })
    .filter((i): i is FeedItem => i !== null);
}

export const FEED_KINDS = ['statuspage', 'rss', 'atom', 'webhook'] as const;
export type FeedKind = (typeof FEED_KINDS)[number];

export function parseFeed(kind: Exclude<FeedKind, 'webhook'>, body: string): FeedItem[] {
  return kind === 'statuspage' ? parseStatuspage(body) : kind === 'rss' ? parseRss(body) : parseAtom(body);
}

/** Where a feed is fetched: a Statuspage's base URL gets `/api/v2/incidents.json` (unless given already). */
export function fetchUrlOf(kind: FeedKind, url: string): string {
  if (kind !== 'statuspage') return url;
  if (/\/api\/v2\/incidents\.json$/.test(new URL(url).pathname)) return url;
  const u = new URL(url);
  u.pathname = `${u.pathname.replace(/\/+$/, '')}/api/v2/incidents.json`;
  return u.toString();
}
