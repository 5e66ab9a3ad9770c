import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { guardedHttpProvider } from '../common/http/guarded-http';
import { WebhookDeliverHandler, WebhookFanOutHandler } from './webhook-jobs.handler';
import { WebhooksRepository } from './webhooks.repository';
import { WebhooksResolver } from './webhooks.resolver';
import { WebhooksService } from './webhooks.service';
import { WebhooksById } from './webhooks.by-id';

/** Deliveries run in every role that runs jobs; administration where GraphQL is served. */
@Module({
  imports: [AuditModule],
  providers: [guardedHttpProvider, WebhooksRepository, WebhooksService, WebhookFanOutHandler, WebhookDeliverHandler],
  exports: [WebhooksService],
})
export class WebhooksModule {}

@Module({ imports: [WebhooksModule], providers: [WebhooksResolver, WebhooksById], exports: [WebhooksModule] })
export class WebhooksApiModule {}
