import { Alert, Button, Center, Group, Paper, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { LanguageSwitch } from '../../../components/language-switch';
import { AcceptInvitationDocument } from '../../../gql/graphql';
import { errorMessage } from '../../../lib/apollo/errors';

const MIN_LENGTH = 12;

/** Public: an invited user sets their password (the link is single use), then signs in. */
export function InvitationPage() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const [accept, { loading, error }] = useMutation(AcceptInvitationDocument);
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [touched, setTouched] = useState(false);
  const [doneFor, setDoneFor] = useState<string | null>(null);
  const tooShort = password.length < MIN_LENGTH;
  const mismatch = password !== confirm;

  return (
    <Center mih="100vh" p="md" bg="gray.0">
      <Paper withBorder shadow="sm" p="xl" w="100%" maw={420} component="main">
        <Stack gap="md">
          <Group justify="space-between">
            <Title order={1} size="h3">
              {t('admin.invitation.title')}
            </Title>
            <LanguageSwitch />
          </Group>
          {doneFor ? (
            <>
              <Alert color="teal" role="status">
                {t('admin.invitation.done', { email: doneFor })}
              </Alert>
              <Button component={Link} to="/sign-in">
                {t('signIn.submit')}
              </Button>
            </>
          ) : (
            <form
              noValidate
              onSubmit={(event) => {
                event.preventDefault();
                setTouched(true);
                if (tooShort || mismatch) return;
                void accept({ variables: { input: { invitationToken: token, password } } })
                  .then(({ data }) => data && setDoneFor(data.acceptInvitation.user.email))
                  .catch(() => undefined);
              }}
            >
              <Stack gap="sm">
                <Text c="dimmed" size="sm">
                  {t('admin.invitation.subtitle')}
                </Text>
                {error && (
                  <Alert color="red" role="alert">
                    {t('admin.invitation.failed', { message: errorMessage(error) })}
                  </Alert>
                )}
                <PasswordInput
                  label={t('admin.invitation.password')}
                  value={password}
                  onChange={(e) => setPassword(e.currentTarget.value)}
                  autoComplete="new-password"
                  required
                  error={touched && tooShort ? t('admin.invitation.tooShort') : undefined}
                  description={t('admin.invitation.tooShort')}
                />
                <PasswordInput
                  label={t('admin.invitation.confirm')}
                  value={confirm}
                  onChange={(e) => setConfirm(e.currentTarget.value)}
                  autoComplete="new-password"
                  required
                  error={touched && !tooShort && mismatch ? t('admin.invitation.mismatch') : undefined}
                />
                <Button type="submit" loading={loading}>
                  {t('admin.invitation.submit')}
                </Button>
              </Stack>
            </form>
          )}
        </Stack>
      </Paper>
    </Center>
  );
}

export default InvitationPage;
