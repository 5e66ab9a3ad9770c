import { Alert, Button, Center, Group, Paper, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { LanguageSwitch } from '../../../components/language-switch';
import { AcceptInvitationDocument } from '../../../gql/graphql';
import { errorCode, errorExtensions, errorMessage } from '../../../lib/apollo/errors';

/** The api's minimum (apps/api/src/identity/password-policy.ts), in characters (code points, as the api counts). */
const MIN_LENGTH = 12;

/** The rules of the api's password policy, each with its sentence in the locales (admin.invitation.rules.*). */
const PASSWORD_RULES = [
  'too_short',
  'too_long',
  'contains_email',
  'contains_name',
  'contains_service',
  'contains_rival',
  'common',
  'repetitive',
  'sequence',
  'keyboard_pattern',
  'guessable',
] as const;
type PasswordRule = (typeof PASSWORD_RULES)[number];

/** The policy rule the api refused the password for, when it did (BAD_USER_INPUT on input.password). */
export function refusedPasswordRule(error: unknown): PasswordRule | null {
  if (errorCode(error) !== 'BAD_USER_INPUT') return null;
  const fields = errorExtensions(error)['fields'];
  if (!Array.isArray(fields)) return null;
  const problem = fields.find((f: { field?: unknown }) => f?.field === 'input.password') as { rule?: unknown } | undefined;
  return PASSWORD_RULES.find((r) => r === problem?.rule) ?? null;
}

/** Public: an invited user sets their password (the link is single use), then signs in. */
export function InvitationPage() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const [accept, { loading, error }] = useMutation(AcceptInvitationDocument);
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [touched, setTouched] = useState(false);
  const [doneFor, setDoneFor] = useState<string | null>(null);
  const tooShort = Array.from(password).length < MIN_LENGTH;
  const refused = refusedPasswordRule(error);
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
                {error && !refused && (
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
                  error={touched && tooShort ? t('admin.invitation.tooShort') : refused ? t(`admin.invitation.rules.${refused}`) : undefined}
                  description={t('admin.invitation.rule')}
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
