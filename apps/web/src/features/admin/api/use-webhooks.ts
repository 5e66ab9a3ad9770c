import { useMutation, useQuery } from '@apollo/client/react';
import {
  CreateWebhookDocument,
  DeleteWebhookDocument,
  ReplayWebhookDeliveryDocument,
  UpdateWebhookDocument,
  WebhookDeliveriesDocument,
  WebhooksDocument,
  type WebhooksQuery,
} from '../../../gql/graphql';

export type WebhookSummary = WebhooksQuery['webhooks'][number];

export function useWebhooks() {
  const query = useQuery(WebhooksDocument);
  const [create, creating] = useMutation(CreateWebhookDocument, { refetchQueries: ['Webhooks'] });
  const [update, updating] = useMutation(UpdateWebhookDocument);
  const [remove, removing] = useMutation(DeleteWebhookDocument, { refetchQueries: ['Webhooks'] });
  return {
    webhooks: query.data?.webhooks ?? null,
    error: query.error,
    refetch: query.refetch,
    create,
    update,
    remove,
    busy: creating.loading || updating.loading || removing.loading,
  };
}

export function useWebhookDeliveries(webhookId: string | null) {
  const query = useQuery(WebhookDeliveriesDocument, { variables: { webhookId: webhookId ?? '' }, skip: !webhookId });
  const [replay, replaying] = useMutation(ReplayWebhookDeliveryDocument, { refetchQueries: ['WebhookDeliveries'] });
  return { deliveries: query.data?.webhookDeliveries ?? null, error: query.error, refetch: query.refetch, replay, busy: replaying.loading };
}
