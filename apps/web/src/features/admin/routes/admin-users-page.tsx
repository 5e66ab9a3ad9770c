import { Badge, Button, Group, Modal, Select, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconUserPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ROLES as ALL_ROLES } from '@lifeboat/shared';
import { DataTable } from '../../../components/data-table';
import type { Locale, Role } from '../../../gql/graphql';
import { errorMessage } from '../../../lib/apollo/errors';
import { useAuth } from '../../../lib/auth/auth-context';
import { useFormat } from '../../../lib/i18n/format';
import { useAdminUsers, type AdminUser } from '../api/use-admin-users';
import { AdminPage } from '../components/admin-page';
import { SecretReveal } from '../components/secret-reveal';

/** libs/domain's roles, least powerful first (the order the picker offers them). */
const ROLES: readonly Role[] = [...ALL_ROLES].reverse();

/** Users: invite (a one-time link), change a role, deactivate. */
export function AdminUsersPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { user: me } = useAuth();
  const { users, error, refetch, invite, update, busy } = useAdminUsers();
  const [inviting, setInviting] = useState(false);
  const [invitation, setInvitation] = useState<{ name: string; email: string; link: string } | null>(null);

  const failed = (e: unknown) => notifications.show({ color: 'red', message: t('admin.common.failed', { message: errorMessage(e) }) });
  const roleLabel = (role: Role) => t(`user.role.${role}`);

  const changeRole = async (user: AdminUser, role: Role) => {
    try {
      await update({ variables: { input: { userId: user.id, expectedVersion: user.version, role } } });
      notifications.show({ color: 'teal', message: t('admin.users.roleChanged', { name: user.name, role: roleLabel(role) }) });
    } catch (e) {
      failed(e);
      void refetch();
    }
  };

  const setActive = async (user: AdminUser, active: boolean) => {
    if (!active && !window.confirm(t('admin.users.confirmDeactivate', { name: user.name }))) return;
    try {
      await update({ variables: { input: { userId: user.id, expectedVersion: user.version, active } } });
      notifications.show({ color: 'teal', message: t(active ? 'admin.users.reactivated' : 'admin.users.deactivated', { name: user.name }) });
    } catch (e) {
      failed(e);
      void refetch();
    }
  };

  return (
    <AdminPage
      id="admin-users-title"
      title={t('admin.users.title')}
      action={
        <Button leftSection={<IconUserPlus size={16} />} onClick={() => setInviting(true)}>
          {t('admin.users.invite')}
        </Button>
      }
      loading={!users}
      error={error}
      onRetry={() => void refetch()}
    >
      <DataTable
        caption={t('admin.users.title')}
        labelledBy="admin-users-title"
        highlightOnHover
        rows={users ?? []}
        rowKey={(user) => user.id}
        empty={t('admin.users.empty')}
        columns={[
          { key: 'name', header: t('admin.users.name'), primary: true, cell: (user) => user.name },
          { key: 'email', header: t('admin.users.email'), cell: (user) => user.email },
          {
            key: 'role',
            header: t('admin.users.role'),
            cell: (user) => (
              <Select
                size="xs"
                w={130}
                aria-label={t('admin.users.roleOf', { name: user.name })}
                data={ROLES.map((role) => ({ value: role, label: roleLabel(role) }))}
                value={user.role}
                onChange={(value) => value && value !== user.role && void changeRole(user, value as Role)}
                allowDeselect={false}
                disabled={busy || user.id === me?.id}
              />
            ),
          },
          {
            key: 'status',
            header: t('admin.users.status'),
            cell: (user) => (
              <Badge color={user.active ? 'teal' : 'gray'} variant="light">
                {t(user.active ? 'admin.users.active' : 'admin.users.inactive')}
              </Badge>
            ),
          },
          {
            key: 'lastLogin',
            header: t('admin.users.lastLogin'),
            cell: (user) => (user.lastLoginAt ? format.dateTime(user.lastLoginAt) : t('admin.common.never')),
          },
          {
            key: 'actions',
            header: t('admin.common.actions'),
            cell: (user) =>
              user.id !== me?.id && (
                <Button
                  size="compact-sm"
                  variant="subtle"
                  color={user.active ? 'red' : 'teal'}
                  onClick={() => void setActive(user, !user.active)}
                  disabled={busy}
                  aria-label={`${t(user.active ? 'admin.users.deactivate' : 'admin.users.reactivate')} ${user.name}`}
                >
                  {t(user.active ? 'admin.users.deactivate' : 'admin.users.reactivate')}
                </Button>
              ),
          },
        ]}
      />
      <InviteDialog
        opened={inviting}
        busy={busy}
        onClose={() => setInviting(false)}
        onInvite={async (input) => {
          try {
            const { data } = await invite({ variables: { input } });
            if (!data) return;
            setInviting(false);
            setInvitation({
              name: data.inviteUser.user.name,
              email: data.inviteUser.user.email,
              link: `${window.location.origin}/invitation/${encodeURIComponent(data.inviteUser.invitationToken)}`,
            });
          } catch (e) {
            failed(e);
          }
        }}
      />
      <SecretReveal
        title={invitation ? t('admin.users.invitedTitle', { name: invitation.name }) : ''}
        label={t('admin.users.invitationLink')}
        hint={invitation ? t('admin.users.invitationHint', { email: invitation.email }) : undefined}
        value={invitation?.link ?? null}
        onDone={() => setInvitation(null)}
      />
    </AdminPage>
  );
}

function InviteDialog({
  opened,
  busy,
  onClose,
  onInvite,
}: {
  opened: boolean;
  busy: boolean;
  onClose: () => void;
  onInvite: (input: { name: string; email: string; role: Role; locale: Locale }) => Promise<void>;
}) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('rep');
  const [locale, setLocale] = useState<Locale>('en');
  const [touched, setTouched] = useState(false);
  const required = t('admin.users.required');
  return (
    <Modal opened={opened} onClose={onClose} title={t('admin.users.invite')}>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          setTouched(true);
          if (!name.trim() || !email.trim()) return;
          void onInvite({ name: name.trim(), email: email.trim(), role, locale }).then(() => {
            setName('');
            setEmail('');
            setTouched(false);
          });
        }}
      >
        <Stack gap="sm">
          <TextInput label={t('admin.users.name')} value={name} onChange={(e) => setName(e.currentTarget.value)} required error={touched && !name.trim() ? required : undefined} data-autofocus />
          <TextInput type="email" label={t('admin.users.email')} value={email} onChange={(e) => setEmail(e.currentTarget.value)} required error={touched && !email.trim() ? required : undefined} />
          <Group grow>
            <Select label={t('admin.users.role')} data={ROLES.map((r) => ({ value: r, label: t(`user.role.${r}`) }))} value={role} onChange={(v) => v && setRole(v as Role)} allowDeselect={false} />
            <Select label={t('admin.users.language')} data={[{ value: 'en', label: t('language.en') }, { value: 'fr', label: t('language.fr') }]} value={locale} onChange={(v) => v && setLocale(v as Locale)} allowDeselect={false} />
          </Group>
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={onClose}>
              {t('admin.common.cancel')}
            </Button>
            <Button type="submit" loading={busy}>
              {t('admin.users.invite')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

export default AdminUsersPage;
