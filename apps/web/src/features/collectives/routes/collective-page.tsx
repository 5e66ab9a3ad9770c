import { ActionIcon, Anchor, Badge, Button, Card, Grid, Group, Modal, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowLeft, IconMail, IconMailForward, IconPencil, IconTrash, IconX } from '@tabler/icons-react';
import { SendOffersDialog } from '../../personal-offers';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { BreakableUrl } from '../../../components/breakable-url';
import { EmptyState, ErrorState, LoadingState } from '../../../components/page-states';
import { errorCode, errorMessage, errorTitleKey } from '../../../lib/apollo/errors';
import { useCanManageCampaign } from '../api/can-manage';
import { useCollective, useCollectiveMutations, type CollectiveMember } from '../api/use-collectives';
import { AddMembers } from '../components/add-members';
import { CancellationCountdown } from '../components/cancellation-countdown';
import { CollectiveForm } from '../components/collective-form';
import { CollectiveProgress } from '../components/collective-progress';
import { CollectiveDeal } from '../components/collective-deal';
import { DeleteCollectiveDialog } from '../components/delete-collective-dialog';
import { OutreachDialog } from '../../outreach';

const STATE_COLOR: Record<CollectiveMember['state'], string> = { won: 'green', pending: 'harbour', lost: 'gray', untouched: 'yellow' };

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div style={{ minWidth: 0 }}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <div style={{ overflowWrap: 'anywhere' }}>{children}</div>
    </div>
  );
}

/** A customer collective: who speaks for it, where it gathers, its deadline, and how far the team is with its members. */
export function CollectivePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { collective, loaded, error, refetch, more } = useCollective(id);
  const canManage = useCanManageCampaign(collective?.campaign.id);
  const { update, remove, removeState } = useCollectiveMutations();
  const [editing, setEditing] = useState(false);
  const [sendingOffers, setSendingOffers] = useState(false);
  const [emailing, setEmailing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const navigate = useNavigate();

  const back = (
    <Anchor component={Link} to="/collectives" size="sm">
      <Group gap={4}>
        <IconArrowLeft size={14} aria-hidden />
        {t('collectives.back')}
      </Group>
    </Anchor>
  );

  if (error && !collective) {
    if (errorCode(error) === 'NOT_FOUND' || errorCode(error) === 'BAD_USER_INPUT') return <EmptyState action={back}>{t('collectives.notFound')}</EmptyState>;
    return <ErrorState onRetry={() => void refetch()}>{t('collectives.error', { message: errorMessage(error) })}</ErrorState>;
  }
  if (!loaded || !collective) return <LoadingState label={t('collectives.loading')} />;

  const members = collective.members.edges.map((e) => e.node);
  const contacts = members.flatMap((m) => m.account.contacts.map((c) => ({ id: c.id, label: `${c.name} (${m.account.name})` })));

  const removeOne = async (member: CollectiveMember) => {
    try {
      await remove({ variables: { input: { collectiveId: collective.id, accountIds: [member.account.id] } } });
      notifications.show({ color: 'green', message: t('collectives.members.removed', { name: member.account.name }) });
      void refetch();
    } catch (e) {
      notifications.show({ color: 'red', title: t(errorTitleKey(e)), message: errorMessage(e) });
    }
  };

  return (
    <Stack component="section" aria-labelledby="collective-title" gap="md">
      {back}
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
        <div style={{ minWidth: 0 }}>
          <Title order={1} id="collective-title" style={{ overflowWrap: 'anywhere' }}>
            {collective.name}
          </Title>
          <Text size="sm" c="dimmed">
            {collective.campaign.name}
          </Text>
        </div>
        {canManage && (
          <Group gap="xs">
            <Button variant="light" leftSection={<IconMailForward size={16} aria-hidden />} onClick={() => setSendingOffers(true)}>
              {t('personalOffers.action')}
            </Button>
            <Button variant="default" leftSection={<IconMail size={16} aria-hidden />} onClick={() => setEmailing(true)} disabled={collective.members.totalCount === 0}>
              {t('outreach.action')}
            </Button>
            <Button variant="default" leftSection={<IconPencil size={16} aria-hidden />} onClick={() => setEditing(true)}>
              {t('collectives.edit')}
            </Button>
            <Button variant="default" color="red" leftSection={<IconTrash size={16} aria-hidden />} onClick={() => setDeleting(true)}>
              {t('collectives.delete.action')}
            </Button>
          </Group>
        )}
      </Group>
      {canManage && (
        <SendOffersDialog
          key={`offers-${collective.agreement?.version ?? 0}`}
          opened={sendingOffers}
          onClose={() => setSendingOffers(false)}
          campaignId={collective.campaign.id}
          collectiveId={collective.id}
          agreedTerms={collective.agreement?.status === 'signed' ? collective.agreement : null}
        />
      )}
      {canManage && (
        <DeleteCollectiveDialog
          opened={deleting}
          collective={collective}
          onClose={() => setDeleting(false)}
          onDeleted={() => void navigate('/collectives')}
        />
      )}
      {canManage && emailing && <OutreachDialog opened onClose={() => setEmailing(false)} campaignId={collective.campaign.id} collectiveId={collective.id} />}
      <CancellationCountdown at={collective.announcedCancellationAt} />

      <Card component="section" aria-labelledby="progress-title" withBorder>
        <Title order={2} size="h4" id="progress-title" mb="xs">
          {t('collectives.progress.title')}
        </Title>
        <Text size="sm" mb="sm">
          {t('collectives.linkedOfClaimed', { linked: collective.progress.linked, claimed: collective.progress.claimed })}
        </Text>
        <CollectiveProgress progress={collective.progress} />
      </Card>

      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 7 }} order={{ base: 2, md: 1 }}>
          <Stack gap="md">
            <Card component="section" aria-labelledby="members-title" withBorder>
              <Title order={2} size="h4" id="members-title" mb="sm">
                {t('collectives.members.title')} ({collective.members.totalCount})
              </Title>
              {members.length === 0 ? (
                <Text c="dimmed" size="sm">
                  {t('collectives.members.empty')}
                </Text>
              ) : (
                <Table.ScrollContainer minWidth={0}>
                  <Table verticalSpacing={6} layout="fixed">
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th>{t('collectives.members.account')}</Table.Th>
                        <Table.Th w={130}>{t('collectives.members.state')}</Table.Th>
                        <Table.Th visibleFrom="sm" w={150}>
                          {t('collectives.members.owner')}
                        </Table.Th>
                        {canManage && (
                          <Table.Th w={44}>
                            <span className="visually-hidden">{t('collectives.members.remove')}</span>
                          </Table.Th>
                        )}
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {members.map((m) => (
                        <Table.Tr key={m.account.id}>
                          <Table.Td style={{ overflowWrap: 'anywhere' }}>
                            <Anchor component={Link} to={`/accounts/${encodeURIComponent(m.account.id)}`} size="sm">
                              {m.account.name}
                            </Anchor>
                          </Table.Td>
                          <Table.Td>
                            <Badge variant="light" color={STATE_COLOR[m.state]} size="sm">
                              {t(`collectives.state.${m.state}`)}
                            </Badge>
                          </Table.Td>
                          <Table.Td visibleFrom="sm">
                            <Text size="sm" c={m.account.owner ? undefined : 'dimmed'} truncate>
                              {m.account.owner?.name ?? t('collectives.members.unassigned')}
                            </Text>
                          </Table.Td>
                          {canManage && (
                            <Table.Td>
                              <ActionIcon
                                variant="subtle"
                                color="red"
                                aria-label={t('collectives.members.removeLabel', { name: m.account.name })}
                                loading={removeState.loading}
                                onClick={() => void removeOne(m)}
                              >
                                <IconX size={16} />
                              </ActionIcon>
                            </Table.Td>
                          )}
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </Table.ScrollContainer>
              )}
              {collective.members.pageInfo.hasNextPage && (
                <Group mt="sm">
                  <Button variant="light" onClick={() => void more()}>
                    {t('collectives.members.more')}
                  </Button>
                </Group>
              )}
            </Card>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }} order={{ base: 1, md: 2 }}>
          <Stack gap="md">
            <CollectiveDeal
              key={`${collective.agreement?.version ?? 0}`}
              collectiveId={collective.id}
              agreement={collective.agreement ?? null}
              canManage={canManage}
              spokespersonName={collective.spokesperson?.name ?? null}
              onChanged={() => void refetch()}
            />
            <Card component="section" aria-labelledby="collective-facts-title" withBorder>
              <Title order={2} size="h4" id="collective-facts-title" mb="sm" className="visually-hidden">
                {collective.name}
              </Title>
              <SimpleGrid cols={1} spacing="sm">
                <Fact label={t('collectives.fields.spokesperson')}>
                  {collective.spokesperson ? (
                    <Text size="sm">
                      {collective.spokesperson.name}
                      {collective.spokesperson.title ? `, ${collective.spokesperson.title}` : ''}{' '}
                      <Text span size="sm" c="dimmed">
                        {t('collectives.spokesperson.at')}{' '}
                      </Text>
                      <Anchor component={Link} to={`/accounts/${encodeURIComponent(collective.spokesperson.account.id)}`} size="sm">
                        {collective.spokesperson.account.name}
                      </Anchor>
                    </Text>
                  ) : (
                    <Text size="sm" c="dimmed">
                      {t('collectives.spokesperson.none')}
                    </Text>
                  )}
                </Fact>
                <Fact label={t('collectives.forum')}>
                  {collective.forumUrl ? (
                    <Anchor href={collective.forumUrl} target="_blank" rel="noopener noreferrer" size="sm">
                      <BreakableUrl url={collective.forumUrl} />
                    </Anchor>
                  ) : (
                    <Text size="sm" c="dimmed">
                      {t('collectives.noForum')}
                    </Text>
                  )}
                </Fact>
                <Fact label={t('collectives.fields.claimedMembers')}>
                  <Text size="sm">{collective.claimedMembers}</Text>
                </Fact>
                {collective.notes && (
                  <Fact label={t('collectives.fields.notes')}>
                    <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                      {collective.notes}
                    </Text>
                  </Fact>
                )}
              </SimpleGrid>
            </Card>
            {canManage && <AddMembers collectiveId={collective.id} campaignId={collective.campaign.id} onChanged={() => void refetch()} />}
          </Stack>
        </Grid.Col>
      </Grid>

      <Modal opened={editing} onClose={() => setEditing(false)} title={t('collectives.editTitle', { name: collective.name })} size="lg">
        {editing && (
          <CollectiveForm
            initial={{ ...collective, spokespersonId: collective.spokesperson?.id ?? null, spokespersonName: collective.spokesperson?.name ?? null }}
            contacts={contacts}
            submitLabel={t('collectives.save')}
            onCancel={() => setEditing(false)}
            onConflict={() => {
              setEditing(false);
              void refetch();
            }}
            onSubmit={async (values) => {
              await update({ variables: { input: { id: collective.id, expectedVersion: collective.version, ...values } } });
              setEditing(false);
              notifications.show({ color: 'green', message: t('collectives.saved') });
              void refetch();
            }}
          />
        )}
      </Modal>
    </Stack>
  );
}

export default CollectivePage;
