import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { createTransport, Transporter } from 'nodemailer';
import { APP_CONFIG, AppConfig } from '../config/app-config';

/** Outgoing email over SMTP_URL, from MAIL_FROM; `enabled` is false when they are not set. */
@Injectable()
export class Mailer implements OnApplicationShutdown {
  private transport?: Transporter;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  get enabled(): boolean {
    return this.config.mail !== null;
  }

  /** Sends one message; rejects when the server refuses it or cannot be reached (the job is then retried). */
  async send(message: { to: string; subject: string; text: string }): Promise<string> {
    const mail = this.config.mail;
    if (!mail) throw new Error('Email is not configured (SMTP_URL, MAIL_FROM).');
    this.transport ??= createTransport({ url: mail.smtpUrl, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 } as never);
    const info = await this.transport.sendMail({ from: mail.from, to: message.to, subject: message.subject, text: message.text });
    return String(info.messageId ?? '');
  }

  onApplicationShutdown(): void {
    this.transport?.close();
  }
}
