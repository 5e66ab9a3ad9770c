import { screen, within } from '@testing-library/react';
import { ALICE, renderRoute } from '../testing/render-route';

const PHONE = '(max-width: 47.99em)';

/** matchMedia as a 390 px wide phone answers it (the tests' default answers no query). */
function onAPhone() {
  const original = window.matchMedia;
  window.matchMedia = (query: string) => ({ ...original(query), matches: query === PHONE });
  return () => {
    window.matchMedia = original;
  };
}

// At 390 px the header held brand, campaign, search, bell, language and user menu (532 px): the
// campaign picker was cut and the language and the account menu were pushed off the screen.
describe('the signed-in frame', () => {
  it('keeps the language and the account menu in the header on a wide screen', async () => {
    renderRoute('/rivals', { signedInAs: ALICE });
    const header = await screen.findByRole('banner');
    expect(within(header).getByRole('group', { name: 'Language' })).toBeInTheDocument();
    expect(within(header).getByRole('button', { name: 'Account menu for Alice Martin' })).toBeInTheDocument();
    expect(within(header).getByRole('combobox', { name: 'Campaign' })).toBeInTheDocument();
  });

  it('moves the language and the account menu into the navigation drawer on a phone, leaving the campaign in the header', async () => {
    const restore = onAPhone();
    try {
      renderRoute('/rivals', { signedInAs: ALICE });
      const header = await screen.findByRole('banner');
      const navigation = screen.getByRole('navigation', { name: 'Main navigation' });
      expect(within(header).getByRole('combobox', { name: 'Campaign' })).toBeInTheDocument();
      expect(within(header).queryByRole('group', { name: 'Language' })).not.toBeInTheDocument();
      expect(within(navigation).getByRole('group', { name: 'Language' })).toBeInTheDocument();
      expect(within(navigation).getByRole('button', { name: 'Account menu for Alice Martin' })).toBeInTheDocument();
    } finally {
      restore();
    }
  });
});
