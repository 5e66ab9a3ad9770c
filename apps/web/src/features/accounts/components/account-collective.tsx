import { useQuery } from '@apollo/client/react';
import { Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { AccountCollectiveDocument } from '../../../gql/graphql';

/** The customer collective an account is a member of, linked to its page; nothing while loading or on an error. */
export function AccountCollective({ accountId }: { accountId: string }) {
  const { t } = useTranslation();
  const query = useQuery(AccountCollectiveDocument, { variables: { id: accountId }, fetchPolicy: 'cache-and-network' });
  const node = query.data?.node;
  if (!node || node.__typename !== 'Account') return null;
  const collective = node.collective;
  return (
    <div>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {t('collectives.ofAccount')}
      </Text>
      {collective ? (
        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
          <Anchor component={Link} to={`/collectives/${encodeURIComponent(collective.id)}`} size="sm">
            {collective.name}
          </Anchor>
        </Text>
      ) : (
        <Text size="sm" c="dimmed">
          {t('collectives.notMember')}
        </Text>
      )}
    </div>
  );
}
