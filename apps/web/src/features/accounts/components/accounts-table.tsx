import { Anchor, Badge, Button, Stack, Table, Text, UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconSelector } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { UrgencyBadge } from '../../../components/urgency-badge';
import type { AccountOrder } from '../../../gql/graphql';
import { useFormat } from '../../../lib/i18n/format';
import type { AccountRow } from '../api/use-accounts';

function SortHeader({
  order,
  current,
  onSort,
  children,
  align,
}: {
  order: AccountOrder;
  current: AccountOrder;
  onSort: (order: AccountOrder) => void;
  children: string;
  align?: 'right';
}) {
  const active = order === current;
  return (
    <Table.Th ta={align} aria-sort={active ? (order === 'NAME' || order === 'DUE_AT' ? 'ascending' : 'descending') : 'none'}>
      <UnstyledButton onClick={() => onSort(order)} fw={700} fz="sm" style={{ display: 'inline-flex', alignItems: 'center', gap: 4 }}>
        {children}
        {active ? <IconArrowDown size={14} aria-hidden /> : <IconSelector size={14} aria-hidden opacity={0.5} />}
      </UnstyledButton>
    </Table.Th>
  );
}

/** Accounts in the chosen order; a header sorts by its column; an unassigned one can be claimed from here. */
export function AccountsTable({
  accounts,
  orderBy,
  onSort,
  onClaim,
  onAssign,
  claiming,
}: {
  accounts: AccountRow[];
  orderBy: AccountOrder;
  onSort: (order: AccountOrder) => void;
  onClaim?: (account: AccountRow) => void;
  /** Managers: assign or reassign the account. */
  onAssign?: (account: AccountRow) => void;
  claiming?: string | null;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    // On a phone each account is a card (styles.css, `.data-table`): the page never scrolls sideways.
    <Table className="data-table" striped highlightOnHover verticalSpacing="xs" aria-label={t('accounts.title')}>
      <Table.Thead>
        <Table.Tr>
          <SortHeader order="URGENCY" current={orderBy} onSort={onSort}>
            {t('accounts.urgency')}
          </SortHeader>
          <SortHeader order="NAME" current={orderBy} onSort={onSort}>
            {t('accounts.name')}
          </SortHeader>
          <Table.Th>{t('accounts.segment')}</Table.Th>
          <Table.Th>{t('accounts.countries')}</Table.Th>
          <SortHeader order="MONTHLY_SPEND" current={orderBy} onSort={onSort} align="right">
            {t('accounts.monthlySpend')}
          </SortHeader>
          <Table.Th>{t('accounts.stage')}</Table.Th>
          <SortHeader order="DUE_AT" current={orderBy} onSort={onSort}>
            {t('accounts.due')}
          </SortHeader>
          <Table.Th>{t('accounts.owner')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {accounts.map((account) => {
          const deal = account.currentOpportunity;
          return (
            <Table.Tr key={account.id}>
              <Table.Td data-label={t('accounts.urgency')}>
                <UrgencyBadge score={account.urgency} />
              </Table.Td>
              <Table.Td data-primary>
                <Anchor component={Link} to={`/accounts/${encodeURIComponent(account.id)}`} fw={600}>
                  {account.name}
                </Anchor>
              </Table.Td>
              <Table.Td data-label={t('accounts.segment')}>{t(`domain.segment.${account.segment}`)}</Table.Td>
              <Table.Td data-label={t('accounts.countries')}>{account.countries.join(', ')}</Table.Td>
              <Table.Td data-label={t('accounts.monthlySpend')} ta="right" style={{ whiteSpace: 'nowrap' }}>
                {format.money(account.monthlySpend)}
              </Table.Td>
              <Table.Td data-label={t('accounts.stage')}>
                {deal && (
                  <Badge variant="light" miw="max-content">
                    {t(`domain.stage.${deal.stage}`)}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td data-label={t('accounts.due')} style={{ whiteSpace: 'nowrap' }}>
                {deal?.dueAt && (
                  <Text size="sm" c={deal.overdue ? 'red.8' : undefined} fw={deal.overdue ? 600 : undefined}>
                    {format.dateTime(deal.dueAt)}
                  </Text>
                )}
              </Table.Td>
              <Table.Td data-label={t('accounts.owner')}>
                {onAssign ? (
                  <Stack gap={2} align="flex-start">
                    <Text size="sm" c={account.owner ? undefined : 'dimmed'} style={{ whiteSpace: 'nowrap' }}>
                      {account.owner ? account.owner.name : t('accounts.unassigned')}
                    </Text>
                    <Button
                      size="compact-xs"
                      variant="light"
                      onClick={() => onAssign(account)}
                      aria-label={t(account.owner ? 'assign.reassignNamed' : 'assign.assignNamed', { name: account.name })}
                    >
                      {account.owner ? t('assign.reassign') : t('assign.assign')}
                    </Button>
                  </Stack>
                ) : account.owner ? (
                  account.owner.name
                ) : onClaim ? (
                  <Button
                    size="compact-xs"
                    variant="light"
                    loading={claiming === account.id}
                    onClick={() => onClaim(account)}
                    aria-label={t('accounts.claimNamed', { name: account.name })}
                  >
                    {t('accounts.claim')}
                  </Button>
                ) : (
                  <Text c="dimmed" size="sm">
                    {t('accounts.unassigned')}
                  </Text>
                )}
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
