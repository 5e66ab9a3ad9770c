import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { AdminRivalsDocument, CreateRivalDocument, UpdateRivalDocument, type AdminRivalFieldsFragment } from '../../../gql/graphql';
import type { SessionPayload } from '../../../lib/auth/session';
import { renderRoute } from '../../../testing/render-route';

const ADMIN: SessionPayload = {
  __typename: 'LoginPayload',
  accessToken: 'access-admin',
  accessTokenExpiresAt: '2026-11-23T09:15:00Z',
  refreshToken: 'refresh-admin-0123456789',
  user: { __typename: 'User', id: 'VXNlcjphZG1pbg', name: 'Ada Admin', email: 'admin@lifeboat.demo', role: 'admin', locale: 'en' },
};

const KPN: AdminRivalFieldsFragment & { __typename: 'Rival' } = {
  __typename: 'Rival',
  id: 'rival-kpn',
  name: 'KPNQwest',
  country: 'NL',
  health: 'liquidating',
  shutdownExpectedAt: '2026-12-05T12:00:00.000Z',
  services: ['vpn', 'ip_transit'],
  claimedAvailabilityPercent: 99.9,
  version: 3,
};

const list = (rivals: Array<typeof KPN>) => ({
  request: { query: AdminRivalsDocument },
  result: {
    data: {
      rivals: {
        __typename: 'RivalConnection' as const,
        totalCount: rivals.length,
        pageInfo: { __typename: 'PageInfo' as const, hasNextPage: false, endCursor: null },
        edges: rivals.map((node) => ({ __typename: 'RivalEdge' as const, node })),
      },
    },
  },
});

describe('/admin/rivals', () => {
  it('lists the rivals with their claimed SLA, and adds one: the server’s refusal of a past shutdown shows on the field', async () => {
    const AMEN: typeof KPN = { ...KPN, id: 'rival-amen', name: 'AMEN', country: 'FR', health: 'distressed', shutdownExpectedAt: null, services: ['web_hosting'], claimedAvailabilityPercent: 99.9, version: 1 };
    const input = { name: 'AMEN', country: 'FR', health: 'distressed', services: [], shutdownExpectedAt: '2020-01-01T12:00:00.000Z', claimedAvailabilityPercent: 99.9 };
    renderRoute('/admin/rivals', {
      signedInAs: ADMIN,
      mocks: [
        list([KPN]),
        {
          request: { query: CreateRivalDocument, variables: { input } },
          result: {
            errors: [
              new GraphQLError('The expected shutdown must be in the future.', {
                extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'input.shutdownExpectedAt', reason: 'must be in the future' }] },
              }),
            ],
          },
        },
        {
          request: { query: CreateRivalDocument, variables: { input: { ...input, shutdownExpectedAt: null } } },
          result: { data: { createRival: { __typename: 'RivalPayload' as const, rival: AMEN } } },
        },
        list([AMEN, KPN]),
      ],
    });
    const table = await screen.findByRole('table', { name: 'Rivals' }, { timeout: 5000 });
    const row = within(table).getByRole('row', { name: /KPNQwest/ });
    expect(row).toHaveTextContent('Liquidating');
    expect(row).toHaveTextContent('VPN, IP transit');
    expect(row).toHaveTextContent('99.9 %');

    fireEvent.click(screen.getByRole('button', { name: 'Add a rival' }));
    const form = await screen.findByRole('form', { name: 'Add a rival' });
    // Nothing is sent without a name and a two-letter country.
    fireEvent.click(within(form).getByRole('button', { name: 'Add a rival' }));
    expect(await within(form).findByText('Give it a name.')).toBeInTheDocument();
    expect(within(form).getByText('Enter a two-letter country code.')).toBeInTheDocument();

    fireEvent.change(within(form).getByRole('textbox', { name: /^Name/ }), { target: { value: 'AMEN' } });
    fireEvent.change(within(form).getByRole('textbox', { name: /^Country/ }), { target: { value: 'fr' } });
    fireEvent.change(within(form).getByLabelText(/^Expected shutdown/), { target: { value: '2020-01-01' } });
    fireEvent.change(within(form).getByRole('textbox', { name: /^Availability its SLA claims/ }), { target: { value: '99.9' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Add a rival' }));
    expect(await within(form).findByText('must be in the future')).toBeInTheDocument();
    expect(within(form).getByLabelText(/^Expected shutdown/)).toHaveAttribute('aria-invalid', 'true');

    fireEvent.change(within(form).getByLabelText(/^Expected shutdown/), { target: { value: '' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Add a rival' }));
    expect(await screen.findByText('AMEN added. Open a campaign against it in Campaigns.')).toBeInTheDocument();
    await waitFor(() => expect(within(screen.getByRole('table', { name: 'Rivals' })).getByRole('row', { name: /AMEN/ })).toBeInTheDocument());
  }, 30_000);

  it('edits a rival with the version it read, and shows a CONFLICT above the form', async () => {
    renderRoute('/admin/rivals', {
      signedInAs: ADMIN,
      mocks: [
        list([KPN]),
        {
          request: {
            query: UpdateRivalDocument,
            variables: { input: { id: KPN.id, expectedVersion: 3, name: 'KPNQwest', country: 'NL', health: 'shut_down', services: ['vpn', 'ip_transit'], claimedAvailabilityPercent: 99.9 } },
          },
          result: { errors: [new GraphQLError('The rival changed since you read it (version 4, you had 3).', { extensions: { code: 'CONFLICT' } })] },
        },
      ],
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Edit KPNQwest' }, { timeout: 5000 }));
    const form = await screen.findByRole('form', { name: 'Edit KPNQwest' });
    expect(within(form).getByRole('textbox', { name: /^Country/ })).toHaveValue('NL');
    const health = within(form).getByRole('combobox', { name: 'Health' });
    fireEvent.focus(health);
    fireEvent.click(health);
    await waitFor(() => expect(health).toHaveAttribute('aria-expanded', 'true'));
    const listbox = document.getElementById(health.getAttribute('aria-controls') ?? '') as HTMLElement;
    fireEvent.click(within(listbox).getByRole('option', { name: 'Shut down', hidden: true }));
    fireEvent.click(within(form).getByRole('button', { name: 'Save' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent('The rival changed since you read it (version 4, you had 3).');
  }, 30_000);
});
