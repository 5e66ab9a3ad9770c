import { Alert, Badge, Button, Group, List, Select, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TeamRole } from '../../../gql/graphql';
import { errorCode, errorExtensions, errorMessage } from '../../../lib/apollo/errors';
import type { AdminCampaign } from '../api/use-admin-campaigns';
import type { AdminUser } from '../api/use-admin-users';

type FieldErrors = Partial<Record<'userId' | 'teamRole', string>>;

/** The api's BAD_USER_INPUT problems by field (`input.userId` → userId); the message alone otherwise. */
function problemsOf(e: unknown): { fields: FieldErrors; message: string | null } {
  const fields: FieldErrors = {};
  if (errorCode(e) === 'BAD_USER_INPUT') {
    for (const f of (errorExtensions(e)['fields'] as Array<{ field: string; reason: string }> | undefined) ?? []) {
      const key = f.field.replace(/^input\./, '');
      if (key === 'userId' || key === 'teamRole') fields[key] = f.reason;
    }
  }
  return { fields, message: Object.keys(fields).length > 0 ? null : errorMessage(e) };
}

/**
 * A campaign's team: managers and reps, each removable; a user added from the users list with a
 * role (a rep cannot lead; admins and deactivated users are not offered). The api's refusals
 * (a rep who still owns open deals, the last manager) are shown where they apply.
 */
export function CampaignTeam({
  campaign,
  users,
  onAdd,
  onRemove,
}: {
  campaign: AdminCampaign;
  users: AdminUser[] | null;
  onAdd: (input: { campaignId: string; userId: string; teamRole: TeamRole }) => Promise<unknown>;
  onRemove: (input: { campaignId: string; userId: string }) => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const [userId, setUserId] = useState<string | null>(null);
  const [teamRole, setTeamRole] = useState<TeamRole>('rep');
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [alert, setAlert] = useState<string | null>(null);
  const headingId = `team-${campaign.id}`;
  const members = new Set(campaign.team.map((m) => m.user?.id));
  const candidates = (users ?? []).filter((u) => u.active && u.role !== 'admin' && !members.has(u.id));
  const chosen = candidates.find((u) => u.id === userId);

  const add = async () => {
    setAlert(null);
    if (!userId) {
      setErrors({ userId: t('admin.campaigns.chooseUser') });
      return;
    }
    setBusy(true);
    try {
      await onAdd({ campaignId: campaign.id, userId, teamRole });
      notifications.show({ color: 'teal', message: t('admin.campaigns.memberAdded', { name: chosen?.name ?? '', campaign: campaign.name }) });
      setUserId(null);
      setTeamRole('rep');
      setErrors({});
    } catch (e) {
      const { fields, message } = problemsOf(e);
      setErrors(fields);
      setAlert(message);
    } finally {
      setBusy(false);
    }
  };

  const remove = async (member: AdminCampaign['team'][number]) => {
    if (!member.user) return;
    setAlert(null);
    setBusy(true);
    try {
      await onRemove({ campaignId: campaign.id, userId: member.user.id });
      notifications.show({ color: 'teal', message: t('admin.campaigns.memberRemoved', { name: member.user.name, campaign: campaign.name }) });
    } catch (e) {
      setAlert(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack gap="xs" component="section" aria-labelledby={headingId}>
      <Title order={3} size="h5" id={headingId}>
        {t('admin.campaigns.team')}
      </Title>
      {alert && (
        <Alert color="red" role="alert" withCloseButton closeButtonLabel={t('admin.common.close')} onClose={() => setAlert(null)}>
          {alert}
        </Alert>
      )}
      {campaign.team.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('admin.campaigns.noTeam')}
        </Text>
      ) : (
        <List size="sm" spacing={4} listStyleType="none" aria-labelledby={headingId}>
          {campaign.team.map((member, index) => (
            <List.Item key={member.user?.id ?? index}>
              <Group gap="xs" wrap="wrap">
                <Text size="sm" fw={500}>
                  {member.user?.name ?? '—'}
                </Text>
                <Badge size="sm" variant="light" color={member.teamRole === 'manager' ? 'indigo' : 'gray'}>
                  {t(`user.role.${member.teamRole}`)}
                </Badge>
                {member.user?.email && (
                  <Text span c="dimmed" size="xs">
                    {member.user.email}
                  </Text>
                )}
                {member.user && (
                  <Button
                    size="compact-xs"
                    variant="subtle"
                    color="red"
                    ml="auto"
                    disabled={busy}
                    onClick={() => void remove(member)}
                    aria-label={t('admin.campaigns.removeMember', { name: member.user.name })}
                  >
                    {t('admin.campaigns.remove')}
                  </Button>
                )}
              </Group>
            </List.Item>
          ))}
        </List>
      )}
      <form
        noValidate
        aria-label={t('admin.campaigns.addMemberTo', { name: campaign.name })}
        onSubmit={(event) => {
          event.preventDefault();
          void add();
        }}
      >
        <Group align="flex-start" gap="xs" mt="xs">
          <Select
            label={t('admin.campaigns.user')}
            placeholder={users ? t('admin.campaigns.chooseUser') : t('admin.common.loading')}
            data={candidates.map((u) => ({ value: u.id, label: `${u.name} (${t(`user.role.${u.role}`)})` }))}
            value={userId}
            onChange={(v) => {
              setUserId(v);
              setErrors({});
              const user = candidates.find((u) => u.id === v);
              if (user?.role === 'rep') setTeamRole('rep');
            }}
            searchable
            nothingFoundMessage={t('admin.campaigns.noCandidate')}
            error={errors.userId}
            size="xs"
            w={240}
          />
          <Select
            label={t('admin.campaigns.teamRole')}
            data={(['rep', 'manager'] as const).map((r) => ({ value: r, label: t(`user.role.${r}`), disabled: r === 'manager' && chosen?.role === 'rep' }))}
            value={teamRole}
            onChange={(v) => v && setTeamRole(v as TeamRole)}
            allowDeselect={false}
            error={errors.teamRole}
            size="xs"
            w={140}
          />
          <Button type="submit" size="xs" mt={22} loading={busy}>
            {t('admin.campaigns.addMember')}
          </Button>
        </Group>
      </form>
    </Stack>
  );
}
