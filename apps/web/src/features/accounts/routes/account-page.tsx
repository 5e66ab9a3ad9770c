import {
  Anchor,
  Badge,
  Button,
  Card,
  Grid,
  Group,
  List,
  Modal,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Timeline,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowLeft, IconFileText, IconPencil, IconReportAnalytics, IconPhoneCall, IconPlus, IconUserCheck, IconUserShare } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { Countdown } from '../../../components/countdown';
import { LogActivityDialog } from '../../../components/log-activity-dialog';
import { EmptyState, ErrorState, LoadingState } from '../../../components/page-states';
import { UrgencyBadge } from '../../../components/urgency-badge';
import { useUrgencyWords, type UrgencyContext } from '../../../lib/i18n/urgency-words';
import { useActivityWords } from '../../../lib/i18n/activity-words';
import { errorCode, errorMessage, errorTitleKey } from '../../../lib/apollo/errors';
import { useAuth } from '../../../lib/auth/auth-context';
import { useCampaigns } from '../../../lib/campaigns/use-campaigns';
import { useFormat } from '../../../lib/i18n/format';
import { useAccount, useAccountMutations, type AccountDetail, type ContactView } from '../api/use-account';
import { AccountForm, type AccountValues } from '../components/account-form';
import { ContactForm, type ContactDraft } from '../components/contact-form';
import { AssignDialog } from '../components/assign-dialog';
import { AccountHistory } from '../components/account-history';
import { DealStageControl } from '../components/deal-stage-control';
import { AccountCollective } from '../components/account-collective';
import { AccountPersonalOffers } from '../components/account-personal-offers';
import type { Role, Stage } from '@lifeboat/domain';

const LIVE_PROPOSAL = new Set(['draft', 'pending_approval', 'approved', 'sent']);

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text size="sm" component="div">
        {children}
      </Text>
    </div>
  );
}

type LeadSource = NonNullable<AccountDetail['source']>;

/** Where the account came from (the file and who imported it, or who entered it) and the lawful basis stated. */
function SourceFact({ source }: { source: AccountDetail['source'] }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (!source) return <Fact label={t('account.source')}>{t('account.sourceNotRecorded')}</Fact>;
  const date = format.date(source.recordedAt);
  const who = source.recordedBy;
  return (
    <Fact label={t('account.source')}>
      <Text span style={{ overflowWrap: 'anywhere' }}>
        {source.kind === 'manual'
          ? t('account.sourceManual', { who, date })
          : source.fileName
            ? t('account.sourceImport', { file: source.fileName, who, date })
            : t('account.sourceImportNoFile', { who, date })}
      </Text>
      <Text span display="block" size="sm" c="dimmed">
        {t('account.lawfulBasis', { basis: t(`domain.lawfulBasis.${source.lawfulBasis}`) })}
      </Text>
    </Fact>
  );
}

/** A contact's source, said only when it is not the account's (a contact added later, or by another file). */
function ContactSource({ source, accountSource }: { source: LeadSource | null; accountSource: LeadSource | null }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (!source) return null;
  if (accountSource && source.kind === accountSource.kind && source.importId === accountSource.importId && source.recordedAt === accountSource.recordedAt) return null;
  const date = format.date(source.recordedAt);
  const words =
    source.kind === 'import' && source.fileName
      ? t('account.contactSourceImport', { file: source.fileName, date })
      : t('account.contactSourceManual', { who: source.recordedBy, date });
  return (
    <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
      {words} · {t(`domain.lawfulBasis.${source.lawfulBasis}`)}
    </Text>
  );
}

function DealCard({ account }: { account: AccountDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const { draft, draftState } = useAccountMutations();
  const { user } = useAuth();
  const deal = account.currentOpportunity;
  if (!deal) {
    return (
      <Card>
        <Title order={2} size="h4" mb="xs">
          {t('account.deal')}
        </Title>
        <Text c="dimmed">{t('account.noDeal')}</Text>
      </Card>
    );
  }
  const open = deal.stage !== 'won' && deal.stage !== 'lost';
  const live = deal.proposals.find((p) => LIVE_PROPOSAL.has(p.status));

  const dealId = deal.id;
  async function draftProposal() {
    try {
      const { data } = await draft({ variables: { input: { opportunityId: dealId } } });
      if (data) void navigate(`/proposals/${encodeURIComponent(data.draftProposal.proposal.id)}`);
    } catch (error) {
      notifications.show({ color: 'red', title: t(errorTitleKey(error)), message: errorMessage(error) });
    }
  }

  return (
    <Card component="section" aria-labelledby="deal-title">
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h4" id="deal-title">
          {t('account.deal')}
        </Title>
        <Badge size="lg" variant="light" color={deal.stage === 'won' ? 'green' : deal.stage === 'lost' ? 'gray' : 'harbour'}>
          {t(`domain.stage.${deal.stage}`)}
        </Badge>
      </Group>
      <Stack gap={6}>
        {deal.dueAt && (
          <Countdown
            at={deal.dueAt}
            future={(duration) => t('queue.dueIn', { duration, date: format.dateTime(deal.dueAt as string) })}
            past={(duration) => t('queue.overdueBy', { duration, date: format.dateTime(deal.dueAt as string) })}
          />
        )}
        <Text size="sm">
          {t('queue.monthly', { amount: format.money(deal.monthlyValue) })} · {t('account.term', { count: deal.termMonths })} ·{' '}
          {t('account.probability', { percent: deal.probability })}
        </Text>
        {deal.migration && (
          <Text size="sm" fw={600} c="green.8">
            {t('account.migration', {
              status: t(`account.migrationStatus.${deal.migration.status}`),
              date: format.date(deal.migration.targetCutoverAt),
              workload: deal.migration.workload,
            })}
          </Text>
        )}
        {deal.lostReason && <Text size="sm">{t('account.lostBecause', { reason: t(`domain.lostReason.${deal.lostReason}`) })}</Text>}
        {user && (user.role !== 'rep' || account.owner?.id === user.id) && (
          <DealStageControl deal={{ id: deal.id, version: deal.version, stage: deal.stage as Stage }} accountName={account.name} role={user.role as Role} />
        )}
      </Stack>
      <Title order={3} size="h5" mt="md" mb="xs">
        {t('account.proposals')}
      </Title>
      {deal.proposals.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('account.noProposals')}
        </Text>
      ) : (
        <List spacing={4} size="sm" listStyleType="none" p={0}>
          {deal.proposals.map((p) => (
            <List.Item key={p.id}>
              <Group gap="xs" wrap="wrap">
                <Anchor component={Link} to={`/proposals/${encodeURIComponent(p.id)}`} fw={600}>
                  {p.reference}
                </Anchor>
                <Badge size="sm" variant="light" color={p.status === 'accepted' ? 'green' : p.status === 'sent' ? 'harbour' : 'gray'}>
                  {t(`proposal.status.${p.status}`)}
                </Badge>
                <Text size="sm" c="dimmed">
                  {t('queue.monthly', { amount: format.money(p.totals.monthlyTotal) })}
                </Text>
              </Group>
            </List.Item>
          ))}
        </List>
      )}
      {open && (
        <Group mt="md">
          <Button leftSection={<IconFileText size={16} aria-hidden />} onClick={() => void draftProposal()} loading={draftState.loading} variant={live ? 'default' : 'filled'}>
            {live ? t('account.reviseProposal') : t('account.draftProposal')}
          </Button>
          {live && (
            <Button component={Link} to={`/proposals/${encodeURIComponent(live.id)}`}>
              {t('account.openProposal', { reference: live.reference })}
            </Button>
          )}
        </Group>
      )}
    </Card>
  );
}

/** The account: what it buys from the rival, who decides, what happened, and the deal. */
export function AccountPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { id = '' } = useParams();
  const { user } = useAuth();
  const { account, loaded, error, refetch } = useAccount(id);
  const words = useUrgencyWords();
  const activityWords = useActivityWords();
  const { claim, claimState, update, updateState, erase, eraseState } = useAccountMutations();
  const [erasing, setErasing] = useState<ContactDraft | null>(null);
  const [logging, setLogging] = useState(false);
  const [assigning, setAssigning] = useState(false);
  const { campaigns } = useCampaigns();
  const [editing, setEditing] = useState<ContactDraft | 'new' | null>(null);
  const [editingAccount, setEditingAccount] = useState(false);

  if (error && !account) {
    return <ErrorState onRetry={() => void refetch()}>{t('account.error', { message: errorMessage(error) })}</ErrorState>;
  }
  if (!loaded) return <LoadingState label={t('account.loading')} />;
  if (!account) {
    return (
      <EmptyState
        action={
          <Anchor component={Link} to="/accounts">
            {t('account.back')}
          </Anchor>
        }
      >
        {t('account.notFound')}
      </EmptyState>
    );
  }

  const { id: accountId, version } = account;
  async function claimIt() {
    try {
      await claim({ variables: { input: { accountId, expectedVersion: version } } });
      notifications.show({ color: 'green', message: t('accounts.claimed') });
      void refetch();
    } catch (e) {
      notifications.show({ color: 'red', title: t(errorTitleKey(e)), message: errorMessage(e) });
      void refetch();
    }
  }

  async function saveContact(draft: ContactDraft) {
    try {
      await update({ variables: { input: { id: accountId, expectedVersion: version, contacts: [draft] } } });
      notifications.show({ color: 'green', message: t('contact.saved') });
      setEditing(null);
    } catch (e) {
      const conflict = errorCode(e) === 'CONFLICT';
      notifications.show({ color: 'red', title: t(conflict ? 'errors.CONFLICT' : 'errors.generic'), message: errorMessage(e) });
      if (conflict) void refetch();
    }
  }

  async function eraseContact(contact: ContactDraft) {
    if (!contact.id) return;
    try {
      const res = await erase({ variables: { input: { contactId: contact.id, expectedVersion: version } } });
      const e = res.data?.eraseContact.erasure;
      const records = e ? e.activities + e.auditEntries + e.events + e.webhookDeliveries + e.notifications : 0;
      notifications.show({ color: 'green', message: t('contact.erased', { name: contact.name, count: records }) });
      setErasing(null);
      setEditing(null);
    } catch (e) {
      const conflict = errorCode(e) === 'CONFLICT';
      notifications.show({ color: 'red', title: t(conflict ? 'errors.CONFLICT' : 'errors.generic'), message: errorMessage(e) });
      if (conflict) void refetch();
    }
  }

  async function saveAccount(values: AccountValues) {
    await update({ variables: { input: { id: accountId, expectedVersion: version, ...values } } });
    notifications.show({ color: 'green', message: t('accountForm.saved', { name: values.name }) });
    setEditingAccount(false);
  }

  // Its owner, a manager (the api checks it is theirs) or an admin may edit it.
  const canEdit = user?.role === 'admin' || user?.role === 'manager' || (!!account.owner && account.owner.id === user?.id);
  const deal = account.currentOpportunity;
  const servicesTotal = account.rivalServices.reduce((sum, s) => sum + s.monthlyCost.amount, 0);
  const canClaim = !account.owner && user?.role === 'rep';
  // Why it is urgent, worded here from the factor codes and the account's own fields (as of now).
  const urgencyContext: UrgencyContext = {
    accountName: account.name,
    rivalName: account.rival.name,
    shutdownExpectedAt: account.rival.shutdownExpectedAt ?? null,
    monthlySpend: account.monthlySpend,
    countries: account.countries,
    lastContactAt: account.lastContactAt ?? null,
    createdAt: account.createdAt,
  };
  const canAssign = user?.role === 'manager' || user?.role === 'admin';
  const team = (campaigns?.find((c) => c.id === account.campaign.id)?.team ?? []).flatMap((m) => (m.user ? [m.user] : []));

  return (
    <Stack gap="md" component="article" aria-labelledby="account-title">
      <Anchor component={Link} to="/accounts" size="sm">
        <Group gap={4}>
          <IconArrowLeft size={14} aria-hidden /> {t('account.back')}
        </Group>
      </Anchor>
      <Group justify="space-between" align="flex-start" wrap="wrap">
        <Group gap="sm" align="center" wrap="wrap">
          <UrgencyBadge
            score={account.urgency}
            factors={account.urgencyFactors.map((f) => words.factorLine(f, urgencyContext))}
          />
          <Title order={1} id="account-title">
            {account.name}
          </Title>
          <Badge variant="light">{t(`domain.segment.${account.segment}`)}</Badge>
          {deal && <Badge variant="outline">{t(`domain.stage.${deal.stage}`)}</Badge>}
        </Group>
        <Group gap="xs">
          {canClaim ? (
            <Button leftSection={<IconUserCheck size={16} aria-hidden />} onClick={() => void claimIt()} loading={claimState.loading}>
              {t('accounts.claim')}
            </Button>
          ) : (
            <Text size="sm" c="dimmed">
              {account.owner ? t('account.ownedBy', { name: account.owner.name }) : t('accounts.unassigned')}
            </Text>
          )}
          {canEdit && (
            <Button variant="default" leftSection={<IconPencil size={16} aria-hidden />} onClick={() => setEditingAccount(true)}>
              {t('accountForm.edit')}
            </Button>
          )}
          {canAssign && (
            <Button variant="default" leftSection={<IconUserShare size={16} aria-hidden />} onClick={() => setAssigning(true)}>
              {account.owner ? t('assign.reassign') : t('assign.assign')}
            </Button>
          )}
          <Button variant="light" leftSection={<IconPhoneCall size={16} aria-hidden />} onClick={() => setLogging(true)}>
            {t('account.logActivity')}
          </Button>
          <Button component={Link} to={`/accounts/${encodeURIComponent(account.id)}/outage-evidence`} variant="default" leftSection={<IconReportAnalytics size={16} aria-hidden />}>
            {t('evidence.open')}
          </Button>
        </Group>
        <Modal opened={editingAccount} onClose={() => setEditingAccount(false)} title={t('accountForm.editTitle', { name: account.name })} size="lg">
          {editingAccount && (
            <AccountForm
              key={version}
              initial={account}
              currency={account.monthlySpend.currency}
              submitLabel={t('common.save')}
              onSubmit={saveAccount}
              onCancel={() => setEditingAccount(false)}
              onConflict={() => {
                setEditingAccount(false);
                void refetch();
              }}
            />
          )}
        </Modal>
      </Group>
      <AssignDialog account={assigning ? account : null} team={team} onClose={() => setAssigning(false)} />

      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="md">
            <Card component="section" aria-labelledby="facts-title">
              <Title order={2} size="h4" id="facts-title" mb="sm">
                {t('account.facts')}
              </Title>
              <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
                <Fact label={t('accounts.monthlySpend')}>{format.money(account.monthlySpend)}</Fact>
                <Fact label={t('accounts.countries')}>{account.countries.join(', ') || '—'}</Fact>
                <Fact label={t('account.rival')}>
                  {account.rival.name}
                  {account.rival.shutdownExpectedAt && (
                    <Countdown
                      display="block"
                      urgentWithinMs={14 * 24 * 3600 * 1000}
                      at={account.rival.shutdownExpectedAt}
                      future={(duration) => t('queue.darkIn', { rival: account.rival.name, duration })}
                      past={() => t('queue.darkSince', { rival: account.rival.name, date: format.date(account.rival.shutdownExpectedAt as string) })}
                    />
                  )}
                </Fact>
                <Fact label={t('account.prepaidTerm')}>
                  {account.prepaidUntil ? t('account.prepaidUntil', { date: format.date(account.prepaidUntil) }) : t('account.notPrepaid')}
                  {account.contractEndsAt && (
                    <Text span display="block" size="sm" c="dimmed">
                      {t('account.contractEndsAt', { date: format.date(account.contractEndsAt) })}
                    </Text>
                  )}
                </Fact>
                <Fact label={t('account.backup')}>
                  <Text span size="sm" c={account.hasBackupProvider ? undefined : 'red.8'} fw={account.hasBackupProvider ? undefined : 600}>
                    {account.hasBackupProvider ? t('account.backupProvider') : t('account.noBackupProvider')}
                  </Text>
                  {account.rivalIsPrincipalOperator && (
                    <Text span display="block" size="sm">
                      {t('account.principalOperator')}
                    </Text>
                  )}
                </Fact>
                <Fact label={t('account.bidders')}>
                  {account.competingBidders.length ? format.list(account.competingBidders) : t('account.noBidders')}
                </Fact>
                <AccountCollective accountId={account.id} />
                <SourceFact source={account.source} />
              </SimpleGrid>
            </Card>

            <Card component="section" aria-labelledby="services-title">
              <Title order={2} size="h4" id="services-title" mb="sm">
                {t('account.services')}
              </Title>
              {account.rivalServices.length === 0 ? (
                <Text c="dimmed" size="sm">
                  {t('account.noServices')}
                </Text>
              ) : (
                <Table>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('account.service')}</Table.Th>
                      <Table.Th ta="right">{t('account.quantityHeader')}</Table.Th>
                      <Table.Th ta="right">{t('account.monthlyCost')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {account.rivalServices.map((s) => (
                      <Table.Tr key={s.kind}>
                        <Table.Td>{t(`domain.service.${s.kind}`)}</Table.Td>
                        <Table.Td ta="right">{format.number(s.quantity)}</Table.Td>
                        <Table.Td ta="right">{format.money(s.monthlyCost)}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                  <Table.Tfoot>
                    <Table.Tr>
                      <Table.Th colSpan={2}>{t('account.total')}</Table.Th>
                      <Table.Th ta="right">{format.money({ amount: servicesTotal, currency: account.monthlySpend.currency })}</Table.Th>
                    </Table.Tr>
                  </Table.Tfoot>
                </Table>
              )}
            </Card>

            <Card component="section" aria-labelledby="contacts-title">
              <Group justify="space-between" mb="sm">
                <Title order={2} size="h4" id="contacts-title">
                  {t('account.contacts')}
                </Title>
                <Button size="xs" variant="light" leftSection={<IconPlus size={14} aria-hidden />} onClick={() => setEditing('new')}>
                  {t('contact.add')}
                </Button>
              </Group>
              {account.contacts.length === 0 ? (
                <Text c="dimmed" size="sm">
                  {t('account.noContacts')}
                </Text>
              ) : (
                <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
                  {account.contacts.map((c: ContactView) => (
                    <Group component="li" key={c.id} justify="space-between" wrap="nowrap" align="flex-start">
                      <div style={{ minWidth: 0 }}>
                        <Group gap={6}>
                          <Text fw={600} size="sm">
                            {c.name}
                          </Text>
                          {c.decisionMaker && (
                            <Badge size="xs" color="grape" variant="light">
                              {t('account.decisionMaker')}
                            </Badge>
                          )}
                        </Group>
                        <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                          {[c.title, c.email, c.phone].filter(Boolean).join(' · ')}
                        </Text>
                        <ContactSource source={c.source} accountSource={account.source} />
                      </div>
                      <Button
                        size="compact-xs"
                        variant="subtle"
                        style={{ flexShrink: 0 }}
                        leftSection={<IconPencil size={12} aria-hidden />}
                        aria-label={t('contact.editNamed', { name: c.name })}
                        onClick={() =>
                          setEditing({ id: c.id, name: c.name, title: c.title, email: c.email, phone: c.phone, decisionMaker: c.decisionMaker })
                        }
                      >
                        {t('contact.edit')}
                      </Button>
                    </Group>
                  ))}
                </Stack>
              )}
            </Card>
          </Stack>
        </Grid.Col>

        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap="md">
            <DealCard account={account} />
            <AccountPersonalOffers accountId={account.id} />
            <Card component="section" aria-labelledby="urgency-title">
              <Title order={2} size="h4" id="urgency-title" mb="xs">
                {t('account.urgencyTitle', { score: account.urgency })}
              </Title>
              {account.urgencyFactors.length === 0 ? (
                <Text size="sm" c="dimmed">
                  {t('account.noFactors')}
                </Text>
              ) : (
                <List size="sm" spacing={2}>
                  {account.urgencyFactors.map((f) => (
                    <List.Item key={f.key}>
                      <Text span fw={600}>
                        +{f.points}
                      </Text>{' '}
                      {words.factor(f, urgencyContext)}
                    </List.Item>
                  ))}
                </List>
              )}
            </Card>
            <Card component="section" aria-labelledby="timeline-title">
              <Title order={2} size="h4" id="timeline-title" mb="sm">
                {t('account.activities')}
              </Title>
              {account.activities.length === 0 ? (
                <Text c="dimmed" size="sm">
                  {t('account.noActivities')}
                </Text>
              ) : (
                <Timeline bulletSize={14} lineWidth={2} aria-label={t('account.activities')}>
                  {account.activities.map((a) => (
                    <Timeline.Item
                      key={a.id}
                      title={
                        <Group gap={6} wrap="wrap">
                          <Text size="sm" fw={600}>
                            {t(`domain.activity.${a.kind}`)}
                          </Text>
                          <Text size="xs" c="dimmed">
                            <time dateTime={a.occurredAt}>{format.dateTime(a.occurredAt)}</time> · {a.authorLabel}
                          </Text>
                        </Group>
                      }
                    >
                      <Text size="sm">{activityWords.body(a)}</Text>
                      {a.outcomeCode && (
                        <Text size="xs" fw={600}>
                          {t(`quickRun.outcomes.${a.outcomeCode}`)}
                        </Text>
                      )}
                      {a.outcome && (
                        <Text size="xs" c="dimmed">
                          {t('account.outcomeIs', { outcome: a.outcome })}
                        </Text>
                      )}
                      {a.nextStep ? (
                        <Text size="xs" c="dimmed">
                          {a.nextStepAt
                            ? t('quickRun.nextStepWhen', { step: a.nextStep, date: format.dateTime(a.nextStepAt) })
                            : t('quickRun.nextStepLine', { step: a.nextStep })}
                        </Text>
                      ) : (
                        a.nextStepAt && (
                          <Text size="xs" c="dimmed">
                            {t('queue.nextStep', { date: format.dateTime(a.nextStepAt) })}
                          </Text>
                        )
                      )}
                    </Timeline.Item>
                  ))}
                </Timeline>
              )}
            </Card>
          </Stack>
        </Grid.Col>
      </Grid>

      <AccountHistory
        accountId={account.id}
        refreshKey={[account.version, deal?.id, deal?.version, deal?.proposals.map((p) => p.status).join()].join(':')}
        currency={account.monthlySpend.currency}
        userNames={new Map([...team, ...(account.owner ? [account.owner] : [])].map((u) => [u.id, u.name]))}
      />

      <LogActivityDialog
        account={account}
        opportunityId={account.currentOpportunity && !['won', 'lost'].includes(account.currentOpportunity.stage) ? account.currentOpportunity.id : null}
        opened={logging} onClose={() => setLogging(false)} refetchQueries={['Account', 'MyQueue']} />
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing === 'new' ? t('contact.add') : t('contact.edit')}
      >
        {editing !== null && (
          <ContactForm
            initial={editing === 'new' ? undefined : editing}
            onSubmit={(draft) => void saveContact(draft)}
            onCancel={() => setEditing(null)}
            onErase={
              editing !== 'new' && (user?.role === 'manager' || user?.role === 'admin')
                ? () => {
                    // One dialog at a time: the confirmation replaces the form.
                    setErasing(editing);
                    setEditing(null);
                  }
                : undefined
            }
            submitting={updateState.loading}
          />
        )}
      </Modal>
      <Modal opened={erasing !== null} onClose={() => setErasing(null)} title={t('contact.eraseTitle', { name: erasing?.name ?? '' })}>
        <Stack gap="sm">
          <Text size="sm">{t('contact.eraseExplain')}</Text>
          <Text size="sm" c="dimmed">
            {t('contact.eraseKept')}
          </Text>
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={() => setErasing(null)}>
              {t('common.cancel')}
            </Button>
            <Button color="red" loading={eraseState.loading} onClick={() => erasing && void eraseContact(erasing)}>
              {t('contact.eraseConfirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}

export default AccountPage;
