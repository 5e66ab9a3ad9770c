import { demoInChromium } from '../support/demo-in-chromium';
import { describeWith } from '../support/services';
import { signIn } from './sign-in';

describeWith(['chromium'], 'the admin campaigns page in Chromium', () => {
  const suite = demoInChromium();

  it('lets the admin change a stage deadline and put a rep in a team, both kept after a reload', async () => {
    const page = await suite.browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await signIn(page, suite.lifeboat.url, 'admin@lifeboat.demo', 'lifeboat', '/admin/campaigns');
    await page.waitForURL(`${suite.lifeboat.url}/admin/campaigns`);

    // The KPNQwest rules: identified deals get 3 business days instead of 2.
    const rules = page.getByRole('form', { name: 'Rules of KPNQwest takeover' });
    const identified = rules.getByRole('textbox', { name: 'Identified' });
    await identified.waitFor();
    expect(await identified.inputValue()).toBe('2');
    await identified.fill('3');
    await rules.getByRole('button', { name: 'Save the rules' }).click();
    await page.getByText('Rules of KPNQwest takeover saved', { exact: false }).waitFor();

    // Bruno, a KPNQwest rep, also joins the AMEN team (keyboard: type, pick, submit).
    const amenTeam = page.getByRole('form', { name: 'Add a member to AMEN rescue' });
    const picker = amenTeam.getByRole('combobox', { name: 'User' });
    await picker.click();
    await picker.fill('Bruno');
    await page.getByRole('option', { name: /Bruno/ }).click();
    await amenTeam.getByRole('button', { name: 'Add to the team' }).click();
    await page.getByText('joined the team of AMEN rescue', { exact: false }).waitFor();

    await page.reload();
    const reloaded = page.getByRole('form', { name: 'Rules of KPNQwest takeover' }).getByRole('textbox', { name: 'Identified' });
    await reloaded.waitFor();
    expect(await reloaded.inputValue()).toBe('3');
    const amen = page.getByRole('region', { name: 'AMEN rescue' });
    await amen.getByRole('button', { name: /Remove Bruno .* from the team/ }).waitFor();
    expect(errors).toEqual([]);
  });
});
