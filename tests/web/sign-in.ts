import type { Page } from 'playwright-core';

/** Signs in through the sign-in page, as a rep does (demo users share the password `lifeboat`). */
export async function signIn(page: Page, baseUrl: string, email: string, password = 'lifeboat', path = '/'): Promise<void> {
  await page.goto(`${baseUrl}${path}`);
  await page.getByRole('heading', { name: /Sign in to Lifeboat|Connexion à Lifeboat/ }).waitFor();
  await page.getByLabel(/Email|E-mail/).fill(email);
  await page.getByLabel(/Password|Mot de passe/).fill(password);
  await page.getByRole('button', { name: /^(Sign in|Se connecter)$/ }).click();
  await page.getByRole('button', { name: /Account menu for|Menu du compte de/ }).waitFor();
}
