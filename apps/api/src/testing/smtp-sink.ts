import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  from: string;
  to: string[];
  raw: string;
}

export interface SmtpSinkOptions {
  /** Recipients it refuses with 550 (a mailbox that does not exist), e.g. `(a) => a.endsWith('@bounce.example')`. */
  refuse?: (address: string) => boolean;
  /**
   * Whether to stall the message now received: it is read to its end and never answered (no 250),
   * as a server whose answer never reaches a sender that died. Stalled messages are not kept.
   */
  stall?: () => boolean;
}

/**
 * A real SMTP server on localhost (no TLS, no auth) that keeps every message it receives: the one
 * the api's specs and the browser tests send mail to.
 */
export async function startSmtpSink(port: number, options: SmtpSinkOptions = {}): Promise<{ mails: ReceivedMail[]; stalled: ReceivedMail[]; close(): Promise<void> }> {
  const mails: ReceivedMail[] = [];
  const stalled: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (options.refuse?.(address.address)) {
        const refused = new Error('5.1.1 Mailbox unavailable') as Error & { responseCode: number };
        refused.responseCode = 550;
        callback(refused);
        return;
      }
      callback();
    },
    onData(stream, session, callback) {
      let raw = '';
      stream.setEncoding('utf8');
      stream.on('data', (chunk: string) => (raw += chunk));
      stream.on('end', () => {
        if (options.stall?.()) {
          stalled.push({ from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '', to: session.envelope.rcptTo.map((r) => r.address), raw });
          return;
        }
        mails.push({ from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '', to: session.envelope.rcptTo.map((r) => r.address), raw });
        callback();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  return { mails, stalled, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/** UTF-8 bytes written as =XX (quoted-printable, Q encoding) back to text. */
const fromHexBytes = (s: string) => Buffer.from(s.replace(/=([0-9A-F]{2})/gi, (_m, h: string) => String.fromCharCode(parseInt(h, 16))), 'latin1').toString('utf8');

/** Just enough MIME for a one-part text message: unfolded, decoded headers and the decoded body. */
export function parseMail(raw: string): { headers: Record<string, string>; text: string } {
  const split = raw.indexOf('\r\n\r\n');
  const head = raw.slice(0, split).replace(/\r\n[ \t]+/g, ' ');
  const headers: Record<string, string> = {};
  for (const line of head.split('\r\n')) {
    const colon = line.indexOf(':');
    headers[line.slice(0, colon).toLowerCase()] = line
      .slice(colon + 1)
      .trim()
      .replace(/\?=\s+=\?/g, '?==?')
      .replace(/=\?utf-8\?([QB])\?([^?]*)\?=/gi, (_m, enc: string, data: string) =>
        enc.toUpperCase() === 'B' ? Buffer.from(data, 'base64').toString('utf8') : fromHexBytes(data.replace(/_/g, ' ')),
      );
  }
  const body = raw.slice(split + 4);
  const encoding = (headers['content-transfer-encoding'] ?? '').toLowerCase();
  const text =
    encoding === 'quoted-printable'
      ? fromHexBytes(body.replace(/=\r\n/g, ''))
      : encoding === 'base64'
        ? Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8')
        : body;
  return { headers, text: text.replace(/\r\n/g, '\n') };
}
