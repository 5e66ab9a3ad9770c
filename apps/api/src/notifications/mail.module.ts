import { Module } from '@nestjs/common';
import { Mailer } from './mailer.service';

/** Outgoing email (one SMTP transport per process): the digest's job and proposals sent to customers. */
@Module({ providers: [Mailer], exports: [Mailer] })
export class MailModule {}
