import { useMutation } from '@apollo/client/react';
import { Button, Group, NumberInput, Select, Stack, Switch, Text, TextInput, Title, Tooltip } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconMail, IconMailForward, IconPlus, IconSearch, IconUsersGroup } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SEGMENTS } from '@lifeboat/shared';
import { CursorPager, useCursorPages } from '../../../components/cursor-pager';
import { EmptyState, ErrorState, LoadingState } from '../../../components/page-states';
import { ClaimAccountDocument, type AccountListFilterInput, type AccountOrder, type Segment, type Stage } from '../../../gql/graphql';
import { errorMessage, errorTitleKey } from '../../../lib/apollo/errors';
import { useAuth } from '../../../lib/auth/auth-context';
import { useCampaigns } from '../../../lib/campaigns/use-campaigns';
import { accountsVariables, NO_FILTERS, useAccountsPage, type AccountFilters, type AccountRow } from '../api/use-accounts';
import { AccountsTable } from '../components/accounts-table';
import { AssignDialog } from '../components/assign-dialog';
import { HandOutDialog } from '../components/hand-out-dialog';
import { OutreachDialog } from '../../outreach';
import { NewAccountDialog } from '../components/new-account-dialog';
import { SendOffersDialog } from '../../personal-offers';
import { accountsExportUrl } from '../lib/csv';
import { ExportButton } from '../../../components/export-button';

const ANY = '';
const STAGES: Stage[] = ['identified', 'contacted', 'proposal_sent', 'negotiating', 'won', 'lost'];

/** Every account of the chosen campaign: filtered, sorted and paged by the server; exported as CSV. */
export function AccountsPage() {
  const { t } = useTranslation();
  const { user } = useAuth();
  const { campaigns, campaignId } = useCampaigns();
  const [filters, setFilters] = useState<AccountFilters>(NO_FILTERS);
  const [searchText, setSearchText] = useState('');
  const [search] = useDebouncedValue(searchText, 250);
  const pages = useCursorPages();
  const [claiming, setClaiming] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const [claim] = useMutation(ClaimAccountDocument, { refetchQueries: ['Accounts', 'MyQueue'] });
  const [assigning, setAssigning] = useState<AccountRow | null>(null);
  const [handingOut, setHandingOut] = useState(false);
  const [sendingOffers, setSendingOffers] = useState(false);
  const [emailing, setEmailing] = useState(false);
  const canAssign = user?.role === 'manager' || user?.role === 'admin';

  const effective = { ...filters, search };
  const variables = accountsVariables(effective, campaignId);
  const after = pages.after;
  const { rows, totalCount, pageInfo, error, refetch } = useAccountsPage(variables, after);

  const change = (patch: Partial<AccountFilters>) => {
    setFilters((f) => ({ ...f, ...patch }));
    pages.reset();
  };

  const owners = useMemo(() => {
    const seen = new Map<string, string>();
    for (const c of campaigns ?? []) if (!campaignId || c.id === campaignId) for (const m of c.team) if (m.user) seen.set(m.user.id, m.user.name);
    if (user) seen.delete(user.id);
    return [...seen].map(([value, label]) => ({ value, label }));
  }, [campaigns, campaignId, user]);

  // The team the accounts can go to: the chosen campaign's (all my campaigns': the server checks each account's).
  const team = useMemo(() => {
    const seen = new Map<string, { id: string; name: string; rep: boolean }>();
    for (const c of campaigns ?? []) {
      if (campaignId && c.id !== campaignId) continue;
      for (const m of c.team) if (m.user) seen.set(m.user.id, { id: m.user.id, name: m.user.name, rep: m.teamRole === 'rep' || seen.get(m.user.id)?.rep === true });
    }
    return [...seen.values()];
  }, [campaigns, campaignId]);
  // A hand-out is within one campaign: the chosen one, or the only one.
  const handOutCampaign = campaignId ?? (campaigns?.length === 1 ? campaigns[0].id : null);
  const handOutFilter: AccountListFilterInput = {
    segment: variables.segment ?? undefined,
    ownerId: variables.ownerId ?? undefined,
    unassigned: variables.unassigned ?? undefined,
    stage: variables.stage ?? undefined,
    overdue: variables.overdue ?? undefined,
    minUrgency: variables.minUrgency ?? undefined,
    search: variables.search ?? undefined,
    country: variables.country ?? undefined,
  };

  async function onClaim(account: AccountRow) {
    setClaiming(account.id);
    try {
      await claim({ variables: { input: { accountId: account.id, expectedVersion: account.version } } });
      notifications.show({ color: 'green', message: t('accounts.claimed') });
    } catch (e) {
      notifications.show({ color: 'red', title: t(errorTitleKey(e)), message: errorMessage(e) });
    } finally {
      setClaiming(null);
    }
  }

  return (
    <Stack gap="md" component="section" aria-labelledby="accounts-title">
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <div>
          <Title order={1} id="accounts-title">
            {t('accounts.title')}
          </Title>
          {rows && (
            <Text c="dimmed" size="sm" aria-live="polite">
              {t('accounts.count', { count: totalCount })}
            </Text>
          )}
        </div>
        <Group gap="xs">
          <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setCreating(true)} disabled={!campaigns?.some((c) => c.status === 'active')}>
            {t('accountForm.newTitle')}
          </Button>
          {canAssign && (
            <Tooltip label={t('handOut.oneCampaign')} disabled={handOutCampaign !== null}>
              <Button
                leftSection={<IconUsersGroup size={16} aria-hidden />}
                onClick={() => setHandingOut(true)}
                disabled={handOutCampaign === null || totalCount === 0}
              >
                {t('handOut.action', { count: totalCount })}
              </Button>
            </Tooltip>
          )}
          {canAssign && (
            <Tooltip label={t('handOut.oneCampaign')} disabled={handOutCampaign !== null}>
              <Button variant="light" leftSection={<IconMailForward size={16} aria-hidden />} onClick={() => setSendingOffers(true)} disabled={handOutCampaign === null || totalCount === 0}>
                {t('personalOffers.action')}
              </Button>
            </Tooltip>
          )}
          {canAssign && (
            <Tooltip label={t('outreach.oneCampaign')} disabled={handOutCampaign !== null}>
              <Button variant="default" leftSection={<IconMail size={16} aria-hidden />} onClick={() => setEmailing(true)} disabled={handOutCampaign === null || totalCount === 0}>
                {t('outreach.action')}
              </Button>
            </Tooltip>
          )}
          {canAssign && (
            <Button variant="subtle" component={Link} to="/outreaches">
              {t('outreach.past')}
            </Button>
          )}
          <ExportButton url={accountsExportUrl(variables)} fallbackName="lifeboat-accounts.csv" done={t('accounts.exported', { count: totalCount })}>
            {t('accounts.export')}
          </ExportButton>
        </Group>
      </Group>
      {creating && <NewAccountDialog opened onClose={() => setCreating(false)} campaigns={campaigns ?? []} defaultCampaignId={campaignId} />}
      {canAssign && handOutCampaign && (
        <HandOutDialog
          opened={handingOut}
          onClose={() => setHandingOut(false)}
          campaignId={handOutCampaign}
          filter={handOutFilter}
          reps={team.filter((m) => m.rep)}
        />
      )}
      {canAssign && handOutCampaign && (
        <SendOffersDialog opened={sendingOffers} onClose={() => setSendingOffers(false)} campaignId={handOutCampaign} filter={handOutFilter} />
      )}
      {canAssign && handOutCampaign && emailing && <OutreachDialog opened onClose={() => setEmailing(false)} campaignId={handOutCampaign} filter={handOutFilter} />}
      {canAssign && <AssignDialog account={assigning} team={team} onClose={() => setAssigning(null)} />}
      <Group gap="sm" align="flex-end" wrap="wrap" role="search" aria-label={t('accounts.filters')}>
        <TextInput
          label={t('accounts.search')}
          leftSection={<IconSearch size={14} aria-hidden />}
          value={searchText}
          onChange={(e) => {
            setSearchText(e.currentTarget.value);
            pages.reset();
          }}
          w={200}
        />
        <Select
          label={t('accounts.segment')}
          w={170}
          data={[{ value: ANY, label: t('filters.all') }, ...SEGMENTS.map((s) => ({ value: s, label: t(`domain.segment.${s}`) }))]}
          value={filters.segment ?? ANY}
          onChange={(v) => change({ segment: (v || null) as Segment | null })}
          allowDeselect={false}
        />
        <Select
          label={t('accounts.owner')}
          w={170}
          data={[
            { value: ANY, label: t('filters.anyone') },
            ...(user ? [{ value: user.id, label: t('filters.me') }] : []),
            { value: 'unassigned', label: t('accounts.unassigned') },
            ...owners,
          ]}
          value={filters.owner}
          onChange={(v) => change({ owner: v ?? ANY })}
          allowDeselect={false}
        />
        <Select
          label={t('accounts.stage')}
          w={150}
          data={[{ value: ANY, label: t('filters.all') }, ...STAGES.map((s) => ({ value: s, label: t(`domain.stage.${s}`) }))]}
          value={filters.stage ?? ANY}
          onChange={(v) => change({ stage: (v || null) as Stage | null })}
          allowDeselect={false}
        />
        <TextInput
          label={t('accounts.country')}
          placeholder="FR"
          w={90}
          maxLength={2}
          value={filters.country}
          onChange={(e) => change({ country: e.currentTarget.value.toUpperCase() })}
        />
        <NumberInput
          label={t('accounts.minUrgency')}
          w={150}
          min={0}
          max={100}
          value={filters.minUrgency ?? ''}
          onChange={(v) => change({ minUrgency: typeof v === 'number' ? v : null })}
        />
        <Switch label={t('filters.overdueOnly')} checked={filters.overdue} onChange={(e) => change({ overdue: e.currentTarget.checked })} mb={6} />
      </Group>
      {error && !rows ? (
        <ErrorState onRetry={() => void refetch()}>{t('accounts.error', { message: errorMessage(error) })}</ErrorState>
      ) : !rows ? (
        <LoadingState label={t('accounts.loading')} />
      ) : rows.length === 0 ? (
        <EmptyState>{t('accounts.empty')}</EmptyState>
      ) : (
        <>
          <AccountsTable
            accounts={rows}
            orderBy={filters.orderBy}
            onSort={(orderBy: AccountOrder) => change({ orderBy })}
            onClaim={user?.role === 'rep' ? (a) => void onClaim(a) : undefined}
            onAssign={canAssign ? setAssigning : undefined}
            claiming={claiming}
          />
          <CursorPager pages={pages} pageInfo={pageInfo} label={t('accounts.page', { page: pages.page })} />
        </>
      )}
    </Stack>
  );
}

export default AccountsPage;
