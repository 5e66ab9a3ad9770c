import { MockedProvider } from '@apollo/client/testing/react';
import { notifications } from '@mantine/notifications';
import { act, render, screen } from '@testing-library/react';
import { Session } from '../lib/auth/session';
import { createI18n } from '../lib/i18n/i18n';
import { AppProviders } from './providers';

describe('the app’s toasts', () => {
  afterEach(() => act(() => notifications.clean()));

  it('show two at a time at the bottom of the screen, not a stack over the header (issue #20)', async () => {
    const session = new Session('/graphql', () => Promise.reject(new Error('no network in tests')));
    render(
      <MockedProvider mocks={[]}>
        <AppProviders i18n={createI18n('en')} session={session}>
          <p>page</p>
        </AppProviders>
      </MockedProvider>,
    );
    act(() => {
      for (const n of [1, 2, 3, 4]) notifications.show({ id: `toast-${n}`, message: `Toast ${n}` });
    });
    expect(await screen.findByText('Toast 1')).toBeInTheDocument();
    expect(screen.getByText('Toast 2')).toBeInTheDocument();
    expect(screen.queryByText('Toast 3')).not.toBeInTheDocument();
    const container = screen.getByText('Toast 1').closest('[data-position]');
    expect(container).toHaveAttribute('data-position', 'bottom-right');
    // The first closed, the third takes its place.
    act(() => notifications.hide('toast-1'));
    expect(await screen.findByText('Toast 3')).toBeInTheDocument();
  });
});
