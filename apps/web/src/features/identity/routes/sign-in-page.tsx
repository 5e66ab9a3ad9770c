import { Alert, Box, Button, Center, Group, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { LanguageSwitch } from '../../../components/language-switch';
import { errorCode, errorMessage } from '../../../lib/apollo/errors';
import { useAuth } from '../../../lib/auth/auth-context';
import type { SessionUser } from '../../../lib/auth/session';
import { storedLanguage } from '../../../lib/i18n/i18n';

/**
 * Where to go after signing in: where the user was going (a deep link kept by RequireAuth as `from`),
 * or, with no target but the home page, their own home: the dashboard for a manager, the queue for
 * reps and admins.
 */
function landingAfterSignIn(from: string | undefined, role: SessionUser['role'] | undefined): string {
  if (from && from !== '/') return from;
  return role === 'manager' ? '/dashboard' : '/';
}

/** Email and password; on success, back where the user was going (their home page by default). */
export function SignInPage() {
  const { t, i18n } = useTranslation();
  const { status, user, signIn } = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  const from = (location.state as { from?: string } | null)?.from;
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<string | null>(null);

  if (status === 'signed-in' && !submitting) return <Navigate to={landingAfterSignIn(from, user?.role)} replace />;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSubmitting(true);
    setError(null);
    try {
      const signedIn = await signIn(email.trim(), password);
      // The user's own language, unless they picked one on this browser.
      if (!storedLanguage() && signedIn.locale !== i18n.language) await i18n.changeLanguage(signedIn.locale);
      navigate(landingAfterSignIn(from, signedIn.role), { replace: true });
    } catch (e) {
      const code = errorCode(e);
      setError(
        code === 'UNAUTHENTICATED'
          ? t('signIn.badCredentials')
          : code === 'RATE_LIMITED'
            ? t('signIn.rateLimited')
            : code === 'network'
              ? t('errors.network')
              : t('signIn.failed', { message: errorMessage(e) }),
      );
      setPassword('');
    } finally {
      setSubmitting(false);
    }
  }

  return (
    <Box mih="100vh" bg="gray.0">
      <Group justify="flex-end" p="md">
        <LanguageSwitch />
      </Group>
      <Center px="md" pb="xl">
        <Paper component="main" withBorder shadow="sm" p={{ base: 'lg', sm: 'xl' }} w="100%" maw={420}>
          <Stack gap="md">
            <div>
              <Text fw={700} c="harbour.9" size="xl">
                {t('app.brand')}
              </Text>
              <Text size="sm" c="dimmed">
                {t('app.tagline')}
              </Text>
            </div>
            <Title order={1} size="h3">
              {t('signIn.title')}
            </Title>
            {error && (
              <Alert color="red" variant="light" role="alert" icon={<IconAlertTriangle size={18} />}>
                {error}
              </Alert>
            )}
            <form onSubmit={(e) => void submit(e)} noValidate={false}>
              <Stack gap="sm">
                <TextInput
                  label={t('signIn.email')}
                  type="email"
                  name="email"
                  autoComplete="username"
                  required
                  value={email}
                  onChange={(e) => setEmail(e.currentTarget.value)}
                  data-autofocus
                  autoFocus
                />
                <PasswordInput
                  label={t('signIn.password')}
                  name="password"
                  autoComplete="current-password"
                  required
                  value={password}
                  onChange={(e) => setPassword(e.currentTarget.value)}
                />
                <Button type="submit" loading={submitting} fullWidth mt="xs">
                  {t('signIn.submit')}
                </Button>
              </Stack>
            </form>
          </Stack>
        </Paper>
      </Center>
    </Box>
  );
}

export default SignInPage;
