import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { classifyAddress, GuardedHttp, GuardedHttpError, type Resolver } from './guarded-http';

/** A local HTTP service that records what reaches it. */
async function service(handler: (req: IncomingMessage, res: ServerResponse) => void = (_req, res) => res.end('internal secret')) {
  const hits: IncomingMessage[] = [];
  const server: Server = createServer((req, res) => {
    hits.push(req);
    handler(req, res);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { port: (server.address() as AddressInfo).port, hits, close: () => new Promise<void>((r) => server.close(() => r())) };
}

const failure = async (p: Promise<unknown>): Promise<GuardedHttpError> => {
  try {
    await p;
  } catch (error) {
    if (error instanceof GuardedHttpError) return error;
    throw error;
  }
  throw new Error('the request was not refused');
};

describe('classifyAddress: only public unicast addresses may be called', () => {
  it.each([
    ['127.0.0.1', 'loopback'],
    ['127.255.0.9', 'loopback'],
    ['0.0.0.0', 'unspecified'],
    ['10.1.2.3', 'private'],
    ['172.16.0.1', 'private'],
    ['192.168.1.1', 'private'],
    ['100.64.0.1', 'carrierGradeNat'],
    ['169.254.169.254', 'linkLocal'],
    ['224.0.0.1', 'multicast'],
    ['255.255.255.255', 'broadcast'],
    ['240.0.0.1', 'reserved'],
    ['192.0.2.10', 'reserved'],
    ['::1', 'loopback'],
    ['::', 'unspecified'],
    ['fe80::1', 'linkLocal'],
    ['fc00::1', 'uniqueLocal'],
    ['fd12:3456::1', 'uniqueLocal'],
    ['ff02::1', 'multicast'],
    ['::ffff:127.0.0.1', 'ipv4Mapped loopback'],
    ['::ffff:10.0.0.1', 'ipv4Mapped private'],
    ['::ffff:169.254.169.254', 'ipv4Mapped linkLocal'],
    ['::127.0.0.1', 'ipv4Mapped loopback'],
    ['64:ff9b::7f00:1', 'nat64 loopback'],
    ['64:ff9b::a9fe:a9fe', 'nat64 linkLocal'],
    ['64:ff9b:1::a00:1', 'rfc6052'], // NAT64 for local use: refused whatever it carries
    ['2002:7f00:1::1', '6to4 loopback'],
    ['2002:c0a8:101::1', '6to4 private'],
    ['2001:0:4136:e378:8000:63bf:3fff:fdd2', 'teredo'],
    ['2001:db8::1', 'reserved'],
  ])('refuses %s (%s)', (address, range) => {
    expect(classifyAddress(address)).toBe(range);
  });

  it.each(['8.8.8.8', '93.184.216.34', '2606:4700:4700::1111', '::ffff:8.8.8.8', '64:ff9b::808:808', '2002:808:808::1'])('allows %s', (address) => {
    expect(classifyAddress(address)).toBeNull();
  });
});

describe('GuardedHttp', () => {
  let local: Awaited<ReturnType<typeof service>>;
  beforeAll(async () => (local = await service()));
  afterAll(() => local.close());
  beforeEach(() => (local.hits.length = 0));

  it('refuses, without sending anything, every URL that reaches this machine or a private network', async () => {
    const http = new GuardedHttp();
    const p = local.port;
    for (const url of [
      `http://127.0.0.1:${p}/`,
      `http://localhost:${p}/`,
      `http://2130706433:${p}/`, // 127.0.0.1 in decimal
      `http://0x7f.1:${p}/`,
      `http://127.1:${p}/`,
      `http://[::1]:${p}/`,
      `http://[::ffff:127.0.0.1]:${p}/`,
      `http://[::ffff:7f00:1]:${p}/`,
      `http://0.0.0.0:${p}/`,
      `http://169.254.169.254/latest/meta-data/`,
      `http://10.0.0.1/`,
      `http://192.168.0.1/`,
      `http://100.64.0.1/`,
      `http://[fd00::1]/`,
      `http://[fe80::1]/`,
      `http://[64:ff9b::7f00:1]:${p}/`,
      `http://[2002:7f00:1::1]:${p}/`,
    ]) {
      const error = await failure(http.request({ url, method: 'POST', body: '{}', timeoutMs: 2000, maxResponseBytes: 1000 }));
      expect([url, error.reason, error.message]).toEqual([url, 'address', 'The URL points to a private or local address; no request was sent.']);
      expect(await http.refusalOfUrl(url)).toBe('points to a private or local address');
    }
    expect(local.hits).toHaveLength(0);
  });

  it('refuses other schemes and URLs that carry credentials', async () => {
    const http = new GuardedHttp();
    for (const [url, problem] of [
      ['ftp://example.com/x', 'must be an http or https URL (got ftp)'],
      ['file:///etc/passwd', 'must be an http or https URL (got file)'],
      ['gopher://example.com:70/_x', 'must be an http or https URL (got gopher)'],
      ['https://user:secret@example.com/hook', 'must not carry credentials (user:password@): sign with the webhook secret instead'],
      ['not a url', 'is not a valid URL'],
    ]) {
      expect(await http.refusalOfUrl(url)).toBe(problem);
      expect((await failure(http.request({ url, timeoutMs: 1000, maxResponseBytes: 10 }))).reason).toBe('url');
    }
  });

  it('refuses a name when any of its addresses is private, and checks again at each request (DNS may change)', async () => {
    let answer = ['93.184.216.34'];
    const resolver: Resolver = async () => answer.map((address) => ({ address, family: 4 as const }));
    const http = new GuardedHttp({ resolver, allowLoopbackPorts: [] });
    const url = `http://hooks.example.test:${local.port}/hook`;
    expect(await http.refusalOfUrl(url)).toBeNull();
    for (const now of [['127.0.0.1'], ['93.184.216.34', '127.0.0.1'], ['10.9.8.7'], ['169.254.169.254']]) {
      answer = now;
      expect(await http.refusalOfUrl(url)).toBe('points to a private or local address');
      expect((await failure(http.request({ url, timeoutMs: 2000, maxResponseBytes: 100 }))).reason).toBe('address');
    }
    expect(local.hits).toHaveLength(0);
  });

  it('reaches a loopback port only when it is listed, and connects to the address it checked (no second resolution)', async () => {
    const other = await service();
    try {
      let resolutions = 0;
      // The first answer is checked; a later one (a rebind) would point elsewhere. The system resolver
      // knows no `.test` name: a request that resolved the name again would fail.
      const resolver: Resolver = async () => (resolutions++ === 0 ? [{ address: '127.0.0.1', family: 4 }] : [{ address: '10.0.0.1', family: 4 }]);
      const http = new GuardedHttp({ resolver, allowLoopbackPorts: [local.port] });
      const res = await http.request({ url: `http://receiver.test:${local.port}/hook?x=1`, method: 'POST', body: '{"a":1}', timeoutMs: 5000, maxResponseBytes: 100 });
      expect(res).toMatchObject({ status: 200, body: 'internal secret', address: '127.0.0.1', truncated: false });
      expect(resolutions).toBe(1);
      expect(local.hits.map((h) => [h.method, h.url, h.headers.host])).toEqual([['POST', '/hook?x=1', `receiver.test:${local.port}`]]);
      // Another loopback port is still refused.
      const error = await failure(new GuardedHttp({ allowLoopbackPorts: [local.port] }).request({ url: `http://127.0.0.1:${other.port}/`, timeoutMs: 2000, maxResponseBytes: 10 }));
      expect(error.reason).toBe('address');
      expect(other.hits).toHaveLength(0);
    } finally {
      await other.close();
    }
  });

  it('follows no redirect, reads at most maxResponseBytes, and gives up at the deadline', async () => {
    const inside = await service();
    const receiver = await service((req, res) => {
      if (req.url === '/redirect') res.writeHead(302, { location: `http://127.0.0.1:${inside.port}/` }).end();
      else if (req.url === '/big') res.end('x'.repeat(1_000_000));
      // '/silent' never answers.
    });
    try {
      const http = new GuardedHttp({ allowLoopbackPorts: [receiver.port] });
      const base = `http://127.0.0.1:${receiver.port}`;
      expect((await http.request({ url: `${base}/redirect`, timeoutMs: 5000, maxResponseBytes: 100 })).status).toBe(302);
      expect(inside.hits).toHaveLength(0);
      const big = await http.request({ url: `${base}/big`, timeoutMs: 5000, maxResponseBytes: 1000 });
      expect([big.body.length, big.truncated]).toEqual([1000, true]);
      const silent = await failure(http.request({ url: `${base}/silent`, timeoutMs: 300, maxResponseBytes: 100 }));
      expect([silent.reason, silent.message]).toEqual(['timeout', 'No answer within 0.3 s.']);
    } finally {
      receiver.close();
      await inside.close();
    }
  });
});
