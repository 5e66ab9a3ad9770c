import { toGlobalId } from '../common/graphql/global-id';
import { toEventEnum, WebhookDeliveryModel, WebhookModel } from './webhook.model';
import type { DeliveryRecord, WebhookRecord } from './webhooks.repository';

export function toWebhookModel(w: WebhookRecord): WebhookModel & { __typename: 'Webhook' } {
  return {
    __typename: 'Webhook',
    id: toGlobalId('Webhook', w.id),
    dbId: w.id,
    url: w.url,
    events: w.events.map(toEventEnum),
    active: w.active,
    campaignId: w.campaignId ? toGlobalId('Campaign', w.campaignId) : null,
    description: w.description,
    createdAt: w.createdAt,
    version: w.version,
  };
}

export function toDeliveryModel(d: DeliveryRecord): WebhookDeliveryModel & { __typename: 'WebhookDelivery' } {
  return {
    __typename: 'WebhookDelivery',
    id: toGlobalId('WebhookDelivery', d.id),
    dbId: d.id,
    event: d.eventType,
    eventId: d.eventId,
    status: d.status,
    attempts: d.attempts,
    lastResponseCode: d.lastResponseCode,
    lastResponseExcerpt: d.lastResponseExcerpt,
    lastError: d.lastError,
    nextAttemptAt: d.nextAttemptAt,
    deliveredAt: d.deliveredAt,
    createdAt: d.createdAt,
  };
}
