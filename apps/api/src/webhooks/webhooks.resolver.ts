import { Args, ID, Int, Mutation, ObjectType, Field, Query, Resolver } from '@nestjs/graphql';
import type { AccessScope, Actor } from '../common/access/actor';
import { CurrentActor, CurrentScope } from '../common/access/current-actor.decorator';
import { RequiresKeyScope, Roles } from '../common/access/auth.guard';
import { CreateWebhookInput, CreateWebhookPayload, DeleteWebhookPayload, UpdateWebhookInput, WebhookIdInput, WebhookPayload } from './dto/webhook.inputs';
import { DeliveryStatusEnum, WebhookDeliveryModel, WebhookModel } from './webhook.model';
import { toDeliveryModel, toWebhookModel } from './webhook.mapper';
import { WebhooksService } from './webhooks.service';

@ObjectType({ description: 'The delivery queued again.' })
export class ReplayWebhookDeliveryPayload {
  @Field(() => WebhookDeliveryModel, { description: 'The delivery, pending again.' })
  delivery!: WebhookDeliveryModel;
}

/** Admins (and API keys with the webhooks scope) manage webhooks. */
@Resolver(() => WebhookModel)
@Roles('admin')
@RequiresKeyScope('webhooks')
export class WebhooksResolver {
  constructor(private readonly service: WebhooksService) {}

  @Query(() => [WebhookModel], { description: 'The webhooks you administer, oldest first (at most `first`, up to 200).' })
  async webhooks(
    @Args('first', { type: () => Int, defaultValue: 100, description: 'How many (1 to 200).' }) first: number,
    @CurrentActor() actor: Actor,
    @CurrentScope() scope: AccessScope,
  ): Promise<WebhookModel[]> {
    return (await this.service.list(actor, scope, first)).map(toWebhookModel);
  }

  @Query(() => [WebhookDeliveryModel], { description: 'A webhook’s deliveries, newest first (at most `first`, up to 200).' })
  async webhookDeliveries(
    @Args('webhookId', { type: () => ID, description: 'The webhook.' }) webhookId: string,
    @Args('first', { type: () => Int, defaultValue: 50, description: 'How many (1 to 200).' }) first: number,
    @Args('status', { type: () => DeliveryStatusEnum, nullable: true, description: 'Only deliveries with this status.' }) status: string | null,
    @CurrentActor() actor: Actor,
    @CurrentScope() scope: AccessScope,
  ): Promise<WebhookDeliveryModel[]> {
    return (await this.service.deliveries(actor, scope, webhookId, first, status ?? null)).map(toDeliveryModel);
  }

  @Mutation(() => CreateWebhookPayload, { description: 'Creates a webhook; its signing secret is in the answer, only this once.' })
  async createWebhook(
    @Args('input', { description: 'The URL, events and campaign.' }) input: CreateWebhookInput,
    @CurrentActor() actor: Actor,
    @CurrentScope() scope: AccessScope,
  ): Promise<CreateWebhookPayload> {
    const { webhook, secret } = await this.service.create(actor, scope, input);
    return { webhook: toWebhookModel(webhook), secret };
  }

  @Mutation(() => WebhookPayload, { description: 'Changes a webhook’s URL, events, description, or pauses it.' })
  async updateWebhook(
    @Args('input', { description: 'The changes and the version you read.' }) input: UpdateWebhookInput,
    @CurrentActor() actor: Actor,
    @CurrentScope() scope: AccessScope,
  ): Promise<WebhookPayload> {
    return { webhook: toWebhookModel(await this.service.update(actor, scope, input)) };
  }

  @Mutation(() => DeleteWebhookPayload, { description: 'Deletes a webhook and its deliveries.' })
  async deleteWebhook(
    @Args('input', { description: 'The webhook.' }) input: WebhookIdInput,
    @CurrentActor() actor: Actor,
    @CurrentScope() scope: AccessScope,
  ): Promise<DeleteWebhookPayload> {
    return { deletedId: await this.service.delete(actor, scope, input.id) };
  }

  @Mutation(() => ReplayWebhookDeliveryPayload, { description: 'Sends a delivery again now, whatever its status (e.g. a dead one once the receiver is fixed).' })
  async replayWebhookDelivery(
    @Args('input', { description: 'The delivery.' }) input: WebhookIdInput,
    @CurrentActor() actor: Actor,
    @CurrentScope() scope: AccessScope,
  ): Promise<ReplayWebhookDeliveryPayload> {
    return { delivery: toDeliveryModel(await this.service.replay(actor, scope, input.id)) };
  }
}
