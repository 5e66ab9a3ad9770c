import { Injectable, OnModuleInit } from '@nestjs/common';
import { NodeRegistry } from '../common/graphql/node.resolver';
import { toDeliveryModel, toWebhookModel } from './webhook.mapper';
import type { DeliveryRecord, WebhookRecord } from './webhooks.repository';
import { WebhooksService } from './webhooks.service';

/** How `node(id)` reaches webhooks and their deliveries (admins only, as WebhooksService decides). */
@Injectable()
export class WebhooksById implements OnModuleInit {
  constructor(
    private readonly nodes: NodeRegistry,
    private readonly webhooks: WebhooksService,
  ) {}

  onModuleInit(): void {
    this.nodes.register('Webhook', async (id, ctx) => {
      const webhook = await this.webhooks.nodeById(ctx.actor, ctx.scope, 'Webhook', id);
      return webhook ? toWebhookModel(webhook as WebhookRecord) : null;
    });
    this.nodes.register('WebhookDelivery', async (id, ctx) => {
      const delivery = await this.webhooks.nodeById(ctx.actor, ctx.scope, 'WebhookDelivery', id);
      return delivery ? toDeliveryModel(delivery as DeliveryRecord) : null;
    });
  }
}
