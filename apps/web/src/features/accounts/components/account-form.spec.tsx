import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { MockedProvider } from '@apollo/client/testing/react';
import { AppProviders } from '../../../testing/render-route';
import { Session } from '../../../lib/auth/session';
import { createI18n, type Language } from '../../../lib/i18n/i18n';
import { AccountForm, type AccountInitial, type AccountValues } from './account-form';

const EURONEXT: AccountInitial = {
  name: 'Euronext',
  segment: 'enterprise_vpn',
  monthlySpend: { amount: 1_250_050, currency: 'EUR' },
  countries: ['FR', 'NL'],
  contractEndsAt: '2027-03-31T00:00:00.000Z',
  prepaidUntil: null,
  hasBackupProvider: false,
  rivalIsPrincipalOperator: true,
  externalRef: 'EUR-001',
  competingBidders: ['Vanco'],
  rivalServices: [{ kind: 'vpn', quantity: 12, monthlyCost: { amount: 1_000_000 } }],
};

const badInput = (field: string, reason: string) =>
  new CombinedGraphQLErrors({ errors: [new GraphQLError(`Invalid input: ${field}: ${reason}.`, { extensions: { code: 'BAD_USER_INPUT', fields: [{ field, reason }] } })] });

function renderForm(props: Partial<Parameters<typeof AccountForm>[0]> & { onSubmit: (v: AccountValues) => Promise<unknown> }, language: Language = 'en') {
  const session = new Session('/graphql', () => Promise.reject(new Error('no network in tests')));
  return render(
    <MockedProvider mocks={[]}>
      <AppProviders i18n={createI18n(language)} session={session}>
        <AccountForm currency="EUR" submitLabel="Save" onCancel={() => undefined} {...props} />
      </AppProviders>
    </MockedProvider>,
  );
}

describe('AccountForm', () => {
  it('edits every field of an account and sends them as the api takes them (minor units, ISO dates)', async () => {
    const onSubmit = jest.fn().mockResolvedValue(undefined);
    renderForm({ initial: EURONEXT, onSubmit });
    const form = screen.getByRole('form', { name: 'Save' });
    expect(within(form).getByRole('textbox', { name: /^Monthly spend with the rival \(EUR\)/ })).toHaveValue('12 500.5');
    fireEvent.change(within(form).getByRole('textbox', { name: /^Monthly spend/ }), { target: { value: '9000' } });
    fireEvent.change(within(form).getByLabelText('Prepaid to the rival until'), { target: { value: '2027-06-30' } });
    fireEvent.click(within(form).getByRole('checkbox', { name: 'Has a backup provider' }));
    fireEvent.click(within(form).getByRole('button', { name: 'Add a service' }));
    fireEvent.change(within(form).getAllByRole('textbox', { name: /^Monthly cost/ })[1], { target: { value: '250' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    expect(onSubmit).toHaveBeenCalledWith({
      name: 'Euronext',
      segment: 'enterprise_vpn',
      monthlySpend: 900_000,
      countries: ['FR', 'NL'],
      contractEndsAt: '2027-03-31T12:00:00.000Z',
      prepaidUntil: '2027-06-30T12:00:00.000Z',
      hasBackupProvider: true,
      rivalIsPrincipalOperator: true,
      externalRef: 'EUR-001',
      competingBidders: ['Vanco'],
      rivalServices: [
        { kind: 'vpn', quantity: 12, monthlyCost: 1_000_000 },
        { kind: 'hosting', quantity: 1, monthlyCost: 25_000 },
      ],
    });
  });

  it('refuses to send a new account without a name or segment, and shows the api’s refusal next to its field', async () => {
    const onSubmit = jest.fn().mockRejectedValueOnce(badInput('input.externalRef', 'already used in the campaign')).mockResolvedValue(undefined);
    renderForm({ onSubmit });
    const form = screen.getByRole('form', { name: 'Save' });
    fireEvent.click(within(form).getByRole('button', { name: 'Save' }));
    expect(await within(form).findByText('Give it a name.')).toBeInTheDocument();
    expect(within(form).getByText('Choose a segment.')).toBeInTheDocument();
    expect(onSubmit).not.toHaveBeenCalled();

    fireEvent.change(within(form).getByRole('textbox', { name: /^Name/ }), { target: { value: 'Opodo' } });
    const segment = within(form).getByRole('combobox', { name: /^Segment/ });
    fireEvent.focus(segment);
    fireEvent.click(segment);
    await waitFor(() => expect(segment).toHaveAttribute('aria-expanded', 'true'));
    fireEvent.click(within(document.getElementById(segment.getAttribute('aria-controls') ?? '') as HTMLElement).getByRole('option', { name: 'Hosting', hidden: true }));
    fireEvent.change(within(form).getByRole('textbox', { name: /^Monthly spend/ }), { target: { value: '120' } });
    fireEvent.change(within(form).getByRole('textbox', { name: /^External reference/ }), { target: { value: 'EUR-001' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save' }));
    expect(await within(form).findByText('already used in the campaign')).toBeInTheDocument();
    expect(within(form).getByRole('textbox', { name: /^External reference/ })).toHaveAttribute('aria-invalid', 'true');
    expect(onSubmit).toHaveBeenLastCalledWith(expect.objectContaining({ name: 'Opodo', segment: 'hosting', monthlySpend: 12_000, externalRef: 'EUR-001' }));
  });

  it('shows a CONFLICT above the form, in French too, with a way to read the account again', async () => {
    const onConflict = jest.fn();
    const conflict = new CombinedGraphQLErrors({ errors: [new GraphQLError('Le compte a changé.', { extensions: { code: 'CONFLICT' } })] });
    renderForm({ initial: EURONEXT, onSubmit: jest.fn().mockRejectedValue(conflict), onConflict, submitLabel: 'Enregistrer' }, 'fr');
    const form = screen.getByRole('form', { name: 'Enregistrer' });
    expect(within(form).getByRole('checkbox', { name: 'Le concurrent est son opérateur principal' })).toBeChecked();
    fireEvent.click(within(form).getByRole('button', { name: 'Enregistrer' }));
    const alert = await within(form).findByRole('alert');
    expect(alert).toHaveTextContent('Le compte a changé.');
    fireEvent.click(within(alert).getByRole('button', { name: 'Recharger le compte' }));
    expect(onConflict).toHaveBeenCalled();
  });
});
