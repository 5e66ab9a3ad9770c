import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { createTransport, Transporter } from 'nodemailer';
import { APP_CONFIG, AppConfig } from '../config/app-config';

/** The address part of MAIL_FROM: `lifeboat@example.com` of `Lifeboat <lifeboat@example.com>`. */
export function mailFromAddress(from: string): string {
  const bracketed = /<([^<>\s]+)>\s*$/.exec(from);
  return (bracketed ? bracketed[1] : from).trim();
}

export interface OutgoingMail {
  to: string | { name: string; address: string };
  subject: string;
  text: string;
  /**
   * Shown as the sender's name with MAIL_FROM's address (default: MAIL_FROM as set). Only the name
   * changes: the address stays the one the mail server is allowed to send for.
   */
  fromName?: string;
  replyTo?: { name: string; address: string } | null;
  /** A Message-ID of our own (an outreach's is deterministic per message: the same mail sent twice is recognisably one). */
  messageId?: string;
  /** Extra headers (an outreach's List-Unsubscribe and List-Unsubscribe-Post). */
  headers?: Record<string, string>;
}

/** A job may wait: a slow server only delays it (and a failure is retried). */
const BACKGROUND_TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 };
/**
 * A person waits, and the caller holds a transaction open meanwhile (a proposal sent by email):
 * a mail server that does not answer within seconds fails the request instead.
 */
const INTERACTIVE_TIMEOUTS = { connectionTimeout: 5_000, greetingTimeout: 5_000, socketTimeout: 10_000 };

/** Outgoing email over SMTP_URL, from MAIL_FROM; `enabled` is false when they are not set. */
@Injectable()
export class Mailer implements OnApplicationShutdown {
  private readonly transports = new Map<'background' | 'interactive' | 'bulk', Transporter>();

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  get enabled(): boolean {
    return this.config.mail !== null;
  }

  /** The domain of MAIL_FROM's address (Message-IDs are made on it); null when mail is not configured. */
  get fromDomain(): string | null {
    return this.config.mail ? mailFromAddress(this.config.mail.from).split('@')[1] ?? null : null;
  }

  /** MAIL_FROM's address; null when mail is not configured. */
  get fromAddress(): string | null {
    return this.config.mail ? mailFromAddress(this.config.mail.from) : null;
  }

  /**
   * Sends one message; rejects when the server refuses it or cannot be reached (a job is then
   * retried). `interactive`: someone waits for the answer, with shorter timeouts.
   */
  async send(message: OutgoingMail, opts: { interactive?: boolean; bulk?: boolean } = {}): Promise<string> {
    const mail = this.config.mail;
    if (!mail) throw new Error('Email is not configured (SMTP_URL, MAIL_FROM).');
    const kind = opts.bulk ? 'bulk' : opts.interactive ? 'interactive' : 'background';
    let transport = this.transports.get(kind);
    if (!transport) {
      // Bulk (outreach): a pool of connections reused from mail to mail, several mails in flight at once.
      const pool = kind === 'bulk' ? { pool: true, maxConnections: this.config.outreach.connections, maxMessages: Infinity } : {};
      transport = createTransport({ url: mail.smtpUrl, ...(opts.interactive ? INTERACTIVE_TIMEOUTS : BACKGROUND_TIMEOUTS), ...pool } as never);
      this.transports.set(kind, transport);
    }
    const info = await transport.sendMail({
      from: message.fromName ? { name: message.fromName, address: mailFromAddress(mail.from) } : mail.from,
      to: message.to,
      ...(message.replyTo ? { replyTo: message.replyTo } : {}),
      subject: message.subject,
      text: message.text,
      ...(message.messageId ? { messageId: message.messageId } : {}),
      ...(message.headers ? { headers: message.headers } : {}),
    });
    return String(info.messageId ?? '');
  }

  onApplicationShutdown(): void {
    for (const transport of this.transports.values()) transport.close();
  }
}
