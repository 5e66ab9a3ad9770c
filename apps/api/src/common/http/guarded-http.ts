import { lookup as dnsLookup } from 'node:dns/promises';
import { request as httpRequest, type IncomingHttpHeaders, type RequestOptions } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import ipaddr from 'ipaddr.js';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';

/**
 * Outgoing HTTP to an address a user gave (webhooks today; status pages and news feeds polled per
 * rival later): the one way Lifeboat calls out, so that no such address can reach this machine or
 * its private network (SSRF).
 *
 * Each request: the URL is checked (http or https, no credentials), the host resolved, **every**
 * address it resolves to checked (only public unicast addresses pass; see `classifyAddress`), and
 * the connection made to the address that was checked — pinned in the socket's `lookup`, so a DNS
 * answer that changes between the check and the connection (rebinding) is never used. No redirect
 * is followed (a 3xx is an answer like any other, reported as such); the whole exchange has a
 * deadline, and at most `maxResponseBytes` of the answer are read.
 */

export type RefusalReason = 'url' | 'address' | 'dns' | 'redirect' | 'timeout' | 'network';

/** Why no answer was obtained: `reason` says whether anything was sent (`url`, `address`, `dns`: nothing). */
export class GuardedHttpError extends Error {
  override readonly name = 'GuardedHttpError';
  constructor(
    readonly reason: RefusalReason,
    message: string,
  ) {
    super(message);
  }
}

export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

/** Resolves a host name to its addresses (all of them); replaceable in tests. */
export type Resolver = (hostname: string) => Promise<ResolvedAddress[]>;

export const systemResolver: Resolver = async (hostname) =>
  (await dnsLookup(hostname, { all: true, verbatim: true })).map((a) => ({ address: a.address, family: a.family === 6 ? 6 : 4 }));

export interface GuardedHttpOptions {
  /** Loopback ports that may be reached all the same (local test receivers; refused in production by the config). */
  allowLoopbackPorts?: readonly number[];
  resolver?: Resolver;
}

export interface GuardedRequest {
  url: string;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
  /** Deadline of the whole exchange (resolution, connection, answer). */
  timeoutMs: number;
  /** Bytes of the answer read at most; the rest is not downloaded. */
  maxResponseBytes: number;
}

export interface GuardedResponse {
  status: number;
  headers: IncomingHttpHeaders;
  /** The answer's first `maxResponseBytes` bytes, as UTF-8. */
  body: string;
  truncated: boolean;
  /** The address connected to (one of those checked). */
  address: string;
}

/** The one message shown for a refused address, wherever the check happens. */
export const PRIVATE_ADDRESS = 'points to a private or local address';

/**
 * Whether an address may be called: `null` when it is public unicast, else the name of its range
 * (loopback, private, linkLocal, uniqueLocal, carrierGradeNat, multicast, unspecified, broadcast,
 * reserved, …, as ipaddr.js names them). IPv6 forms that carry an IPv4 address (IPv4-mapped and
 * IPv4-compatible, NAT64 64:ff9b::/96, 6to4 2002::/16) are judged by the IPv4 address they carry;
 * other tunnelling and translation forms (Teredo, RFC 6145, NAT64 local use) are refused.
 */
export function classifyAddress(address: string): string | null {
  if (!ipaddr.isValid(address)) return 'invalid';
  const parsed = ipaddr.parse(address);
  if (parsed.kind() === 'ipv4') {
    const range = (parsed as ipaddr.IPv4).range();
    return range === 'unicast' ? null : range;
  }
  const v6 = parsed as ipaddr.IPv6;
  const range = v6.range();
  const parts = v6.parts;
  const embedded = (hi: number, lo: number) => ipaddr.fromByteArray([hi >> 8, hi & 0xff, lo >> 8, lo & 0xff]) as ipaddr.IPv4;
  if (range === 'ipv4Mapped' || (parts.slice(0, 6).every((p) => p === 0) && !(parts[6] === 0 && parts[7] <= 1))) {
    // ::ffff:a.b.c.d and the deprecated ::a.b.c.d.
    const v4 = classifyAddress(embedded(parts[6], parts[7]).toString());
    return v4 === null ? null : `ipv4Mapped ${v4}`;
  }
  if (range === 'rfc6052' && v6.match(ipaddr.parseCIDR('64:ff9b::/96'))) {
    const v4 = classifyAddress(embedded(parts[6], parts[7]).toString());
    return v4 === null ? null : `nat64 ${v4}`;
  }
  if (range === '6to4') {
    const v4 = classifyAddress(embedded(parts[1], parts[2]).toString());
    return v4 === null ? null : `6to4 ${v4}`;
  }
  return range === 'unicast' ? null : range;
}

const isLoopback = (address: string) => {
  const parsed = ipaddr.process(address);
  return parsed.range() === 'loopback';
};

/** A URL as the guard accepts it, or why not (a sentence that completes "url …"). */
export function checkUrlShape(raw: string): { url: URL; host: string; port: number } | { problem: string } {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { problem: 'is not a valid URL' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { problem: `must be an http or https URL (got ${url.protocol.replace(/:$/, '')})` };
  if (url.username || url.password) return { problem: 'must not carry credentials (user:password@): sign with the webhook secret instead' };
  // The WHATWG parser already turned 2130706433, 0x7f.1 or 127.1 into 127.0.0.1; IPv6 comes in brackets.
  const host = url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname;
  if (!host) return { problem: 'has no host' };
  const port = url.port ? Number(url.port) : url.protocol === 'https:' ? 443 : 80;
  return { url, host, port };
}

export class GuardedHttp {
  private readonly loopbackPorts: ReadonlySet<number>;
  private readonly resolver: Resolver;

  constructor(options: GuardedHttpOptions = {}) {
    this.loopbackPorts = new Set(options.allowLoopbackPorts ?? []);
    this.resolver = options.resolver ?? systemResolver;
  }

  /** Why this address may not be called on this port, or null. */
  refusalOf(address: string, port: number): string | null {
    const range = classifyAddress(address);
    if (range === null) return null;
    if (this.loopbackPorts.has(port) && isIP(address) && isLoopback(address)) return null;
    return range;
  }

  /** Resolves a host (a literal address resolves to itself). */
  resolve(host: string): Promise<ResolvedAddress[]> {
    const family = isIP(host);
    if (family) return Promise.resolve([{ address: host, family: family as 4 | 6 }]);
    return this.resolver(host);
  }

  /**
   * The address to connect to: the host resolved, every address checked (one refused refuses the
   * URL: a name that also points inside is not called). Throws a GuardedHttpError.
   */
  async checkedAddress(raw: string): Promise<{ url: URL; host: string; port: number; address: ResolvedAddress; addresses: ResolvedAddress[] }> {
    const shape = checkUrlShape(raw);
    if ('problem' in shape) throw new GuardedHttpError('url', `The URL ${shape.problem}.`);
    let addresses: ResolvedAddress[];
    try {
      addresses = await this.resolve(shape.host);
    } catch (error) {
      const code = (error as { code?: string }).code;
      throw new GuardedHttpError('dns', `The host ${shape.host} could not be resolved${code ? ` (${code})` : ''}.`);
    }
    if (addresses.length === 0) throw new GuardedHttpError('dns', `The host ${shape.host} has no address.`);
    for (const a of addresses) {
      if (this.refusalOf(a.address, shape.port) !== null) throw new GuardedHttpError('address', `The URL ${PRIVATE_ADDRESS}; no request was sent.`);
    }
    return { ...shape, address: addresses[0], addresses };
  }

  /**
   * Checks a URL given by a user before it is saved: its shape, and the addresses its host
   * resolves to now (a host that does not resolve yet is accepted: each request checks again).
   * Returns why it is refused (completing "url …"), or null.
   */
  async refusalOfUrl(raw: string, resolveTimeoutMs = 3000): Promise<string | null> {
    const shape = checkUrlShape(raw);
    if ('problem' in shape) return shape.problem;
    let timer: NodeJS.Timeout | undefined;
    try {
      const addresses = await Promise.race([
        this.resolve(shape.host),
        new Promise<ResolvedAddress[]>((resolve) => (timer = setTimeout(() => resolve([]), resolveTimeoutMs))),
      ]);
      return addresses.some((a) => this.refusalOf(a.address, shape.port) !== null) ? PRIVATE_ADDRESS : null;
    } catch {
      return null;
    } finally {
      clearTimeout(timer);
    }
  }

  /** One request, to the checked address only. Throws a GuardedHttpError when no answer was obtained. */
  async request(req: GuardedRequest): Promise<GuardedResponse> {
    const deadline = Date.now() + req.timeoutMs;
    const timeout = () => new GuardedHttpError('timeout', `No answer within ${Math.round(req.timeoutMs / 100) / 10} s.`);
    let resolveTimer: NodeJS.Timeout | undefined;
    const target = await Promise.race([
      this.checkedAddress(req.url),
      new Promise<never>((_, reject) => (resolveTimer = setTimeout(() => reject(timeout()), req.timeoutMs))),
    ]).finally(() => clearTimeout(resolveTimer));
    const { url, address, addresses } = target;
    // The socket's lookup answers the checked addresses, whatever the name resolves to by now
    // (all of them when Node asks for all, to pick the family that connects).
    const pinned = ((_hostname: string, options: { all?: boolean }, callback: (...args: unknown[]) => void) => {
      if (options?.all) callback(null, addresses.map((a) => ({ address: a.address, family: a.family })));
      else callback(null, address.address, address.family);
    }) as unknown as LookupFunction;
    const options: RequestOptions = {
      method: req.method ?? 'GET',
      host: target.host,
      port: target.port,
      path: `${url.pathname}${url.search}`,
      headers: { ...req.headers, host: url.host, ...(req.body !== undefined ? { 'content-length': String(Buffer.byteLength(req.body)) } : {}) },
      lookup: pinned,
      agent: false,
    };
    return new Promise<GuardedResponse>((resolve, reject) => {
      const remaining = Math.max(deadline - Date.now(), 1);
      let settled = false;
      const finish = (error: GuardedHttpError | null, response?: GuardedResponse) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        if (error) reject(error);
        else resolve(response as GuardedResponse);
      };
      const request = (url.protocol === 'https:' ? httpsRequest : httpRequest)(options, (res) => {
        const remote = res.socket?.remoteAddress ?? address.address;
        const chunks: Buffer[] = [];
        let size = 0;
        let truncated = false;
        const done = () => {
          const body = Buffer.concat(chunks).subarray(0, req.maxResponseBytes).toString('utf8');
          finish(null, { status: res.statusCode ?? 0, headers: res.headers, body, truncated, address: remote });
        };
        res.on('data', (chunk: Buffer) => {
          if (truncated) return;
          chunks.push(chunk);
          size += chunk.length;
          if (size >= req.maxResponseBytes) {
            truncated = size > req.maxResponseBytes;
            done();
            res.destroy();
          }
        });
        res.on('end', done);
        res.on('error', done);
        res.on('close', done);
      });
      const timer = setTimeout(() => {
        finish(timeout());
        request.destroy();
      }, remaining);
      request.on('error', (error: Error & { code?: string }) => finish(new GuardedHttpError('network', error.code ?? error.message)));
      if (req.body !== undefined) request.write(req.body);
      request.end();
    });
  }
}

/** What a 3xx answer is reported as: redirects are never followed (they could lead anywhere, inside too). */
export function redirectRefusal(status: number): string {
  return `HTTP ${status}: redirects are not followed; give the final URL`;
}

/** The process's guarded client, as configured (LIFEBOAT_ALLOW_LOOPBACK_PORTS). */
export const guardedHttpProvider = {
  provide: GuardedHttp,
  inject: [APP_CONFIG],
  useFactory: (config: AppConfig) => new GuardedHttp({ allowLoopbackPorts: config.outbound.allowLoopbackPorts }),
};
