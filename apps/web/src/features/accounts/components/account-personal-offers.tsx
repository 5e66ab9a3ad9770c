import { useQuery } from '@apollo/client/react';
import { Badge, Button, Card, CopyButton, Group, Stack, Text, Title } from '@mantine/core';
import { IconCheck, IconCopy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { AccountPersonalOffersDocument } from '../../../gql/graphql';
import { useFormat } from '../../../lib/i18n/format';

const STATUS_COLOR: Record<string, string> = { open: 'harbour', accepted: 'green', expired: 'gray' };

/** The link as the customer must get it: the api gives a path when the installation's public address is not set. */
const absolute = (link: string) => (link.startsWith('/') ? `${window.location.origin}${link}` : link);

/**
 * An account's latest personal offers (issue #21): where each stands (open, accepted with its cutover
 * week, expired), its terms, when the customer opened it, and — for the account's owner and the
 * campaign's managers, while the offer is open — a button to copy the customer's link to send it again.
 * Nothing while loading or on an error (the rest of the page stands on its own).
 */
export function AccountPersonalOffers({ accountId }: { accountId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const query = useQuery(AccountPersonalOffersDocument, { variables: { id: accountId }, fetchPolicy: 'cache-and-network' });
  const node = query.data?.node;
  if (!node || node.__typename !== 'Account') return null;
  const { edges, totalCount } = node.personalOffers;
  return (
    <Card component="section" aria-labelledby="personal-offer-title">
      <Title order={2} size="h4" id="personal-offer-title" mb="xs">
        {t('personalOffers.accountTitle')}
      </Title>
      {edges.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('personalOffers.accountNone')}
        </Text>
      ) : (
        <Stack component="ul" aria-label={t('personalOffers.accountList')} gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
          {edges.map(({ node: offer }) => (
            <Stack component="li" key={offer.id} gap={4}>
              <Group gap="xs" wrap="wrap">
                <Badge variant="light" color={STATUS_COLOR[offer.status] ?? 'gray'}>
                  {t(`personalOffers.status_${offer.status}`, { defaultValue: offer.status })}
                </Badge>
                <Text size="sm" fw={600}>
                  {t('personalOffers.accountTerms', { percent: offer.discountPercent, count: offer.termMonths })}
                </Text>
                {offer.monthlyTotal && (
                  <Text size="sm" c="dimmed">
                    {format.money(offer.monthlyTotal)}
                  </Text>
                )}
              </Group>
              {offer.status === 'accepted' && offer.acceptedAt && offer.cutoverWeekStart ? (
                <Text size="sm">{t('personalOffers.accountAcceptedWeek', { date: format.date(offer.acceptedAt), week: format.date(offer.cutoverWeekStart) })}</Text>
              ) : (
                <Text size="sm" c={offer.status === 'expired' ? 'dimmed' : undefined}>
                  {t('personalOffers.accountExpires', { date: format.dateTime(offer.expiresAt) })}
                </Text>
              )}
              <Text size="xs" c="dimmed">
                {offer.openedAt ? t('personalOffers.accountOpened', { date: format.dateTime(offer.openedAt) }) : t('personalOffers.accountNotOpened')}
              </Text>
              {offer.link ? (
                <CopyButton value={absolute(offer.link)}>
                  {({ copied, copy }) => (
                    <Button
                      size="xs"
                      variant="light"
                      color={copied ? 'teal' : 'harbour'}
                      onClick={copy}
                      leftSection={copied ? <IconCheck size={14} aria-hidden /> : <IconCopy size={14} aria-hidden />}
                      style={{ alignSelf: 'flex-start' }}
                    >
                      {copied ? t('personalOffers.copied') : t('personalOffers.copyLink')}
                    </Button>
                  )}
                </CopyButton>
              ) : (
                offer.status === 'open' && (
                  <Text size="xs" c="dimmed">
                    {t('personalOffers.linkForOwner')}
                  </Text>
                )
              )}
            </Stack>
          ))}
          {totalCount > edges.length && (
            <Text component="li" size="xs" c="dimmed">
              {t('personalOffers.accountMore', { count: totalCount - edges.length })}
            </Text>
          )}
        </Stack>
      )}
    </Card>
  );
}
