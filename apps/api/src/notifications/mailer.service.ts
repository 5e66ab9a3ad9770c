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
  private readonly transports = new Map<'background' | 'interactive', Transporter>();

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  get enabled(): boolean {
    return this.config.mail !== null;
  }

  /**
   * Sends one message; rejects when the server refuses it or cannot be reached (a job is then
   * retried). `interactive`: someone waits for the answer, with shorter timeouts.
   */
  async send(message: OutgoingMail, opts: { interactive?: boolean } = {}): Promise<string> {
    const mail = this.config.mail;
    if (!mail) throw new Error('Email is not configured (SMTP_URL, MAIL_FROM).');
    const kind = opts.interactive ? 'interactive' : 'background';
    let transport = this.transports.get(kind);
    if (!transport) {
      transport = createTransport({ url: mail.smtpUrl, ...(opts.interactive ? INTERACTIVE_TIMEOUTS : BACKGROUND_TIMEOUTS) } as never);
      this.transports.set(kind, transport);
    }
    const info = await transport.sendMail({
      from: message.fromName ? { name: message.fromName, address: mailFromAddress(mail.from) } : mail.from,
      to: message.to,
      ...(message.replyTo ? { replyTo: message.replyTo } : {}),
      subject: message.subject,
      text: message.text,
    });
    return String(info.messageId ?? '');
  }

  onApplicationShutdown(): void {
    for (const transport of this.transports.values()) transport.close();
  }
}
