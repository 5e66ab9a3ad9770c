import { fireEvent, screen } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { AcceptInvitationDocument } from '../../../gql/graphql';
import type { Language } from '../../../lib/i18n/i18n';
import { renderRoute } from '../../../testing/render-route';

const TOKEN = 'invitation-token-0123456789';

function refusal(password: string, rule: string, reason: string) {
  return {
    request: { query: AcceptInvitationDocument, variables: { input: { invitationToken: TOKEN, password } } },
    result: {
      errors: [
        new GraphQLError(`This password cannot be used: ${reason}.`, {
          extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'input.password', reason, rule }] },
        }),
      ],
    },
  };
}

// Mantine marks a required field's label with " *".
const label = (text: string) => new RegExp(`^${text}\\s*\\*?$`);

async function submit(password: string, labels: { password: string; confirm: string; submit: string }) {
  fireEvent.change(await screen.findByLabelText(label(labels.password), {}, { timeout: 5000 }), { target: { value: password } });
  fireEvent.change(screen.getByLabelText(label(labels.confirm)), { target: { value: password } });
  fireEvent.click(screen.getByRole('button', { name: labels.submit }));
}

const EN = { password: 'Password', confirm: 'Password again', submit: 'Set my password' };
const FR = { password: 'Mot de passe', confirm: 'Mot de passe, à nouveau', submit: 'Définir mon mot de passe' };

describe('/invitation/:token', () => {
  it.each<[Language, string, string, string, typeof EN]>([
    ['en', 'password1234', 'common', 'This password is in lists of common passwords: choose another.', EN],
    ['fr', 'password1234', 'common', 'Ce mot de passe figure dans les listes de mots de passe courants : choisissez-en un autre.', FR],
    ['en', 'volcano MARTIN lantern', 'contains_name', 'This password contains your name: choose another.', EN],
    ['fr', 'my l1feb0at is sinking', 'contains_service', 'Ce mot de passe contient le nom de ce service (Lifeboat) : choisissez-en un autre.', FR],
  ])('in %s, shows why the api refused %j (%s) on the password, translated', async (language, password, rule, shown, labels) => {
    renderRoute(`/invitation/${TOKEN}`, { language, mocks: [refusal(password, rule, 'the api’s English reason')] });
    await submit(password, labels);
    expect(await screen.findByText(shown, {}, { timeout: 5000 })).toBeInTheDocument();
    expect(screen.queryByText(/the api’s English reason/)).not.toBeInTheDocument();
  });

  it('counts characters as the api does: eleven emoji are too short, though 22 UTF-16 units', async () => {
    renderRoute(`/invitation/${TOKEN}`, { language: 'en', mocks: [] });
    await submit('🔒'.repeat(11), EN);
    // Refused on the field, before any request (none is mocked: a request would end in a general alert instead).
    const input = screen.getByLabelText(label(EN.password));
    expect(input).toHaveAttribute('data-invalid', 'true');
    expect(input).toHaveAccessibleDescription(/^At least 12 characters\./);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
