import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import type { i18n as I18n } from 'i18next';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { AuthProvider } from '../lib/auth/auth-context';
import type { Session } from '../lib/auth/session';
import { CampaignSelectionProvider } from '../lib/campaign-selection';
import { cssVariablesResolver, theme } from './theme';

/** How many toasts show at once; the next ones wait their turn. */
export const NOTIFICATION_LIMIT = 2;

/** Everything a route needs around it, but the Apollo client (real in the app, mocked in tests). */
export function AppProviders({ i18n, session, children }: { i18n: I18n; session: Session; children: ReactNode }) {
  return (
    <I18nextProvider i18n={i18n}>
      <MantineProvider theme={theme} defaultColorScheme="light" cssVariablesResolver={cssVariablesResolver}>
        {/* At the bottom, two at a time: toasts used to stack over the header and over a dialog's title on a phone (issue #20). */}
        <Notifications position="bottom-right" limit={NOTIFICATION_LIMIT} />
        <AuthProvider session={session}>
          <CampaignSelectionProvider>{children}</CampaignSelectionProvider>
        </AuthProvider>
      </MantineProvider>
    </I18nextProvider>
  );
}
