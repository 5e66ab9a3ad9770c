import { demoInChromium } from '../support/demo-in-chromium';
import { auditLayout } from '../support/layout-audit';
import { describeWith } from '../support/services';
import { describeFinding, englishPhrases, prepareDemoRecords, tour, type DemoRecords, type Language, type Role, type SeenFinding } from '../support/visual-tour';

/**
 * The dashboard's defects seen today (issue #20). Helper 3 fixes these in the dashboard's rework: remove this list once
 * that work is merged, and the suite holds the dashboard to the same bar as every other page.
 * - the conversions, time-in-stage and reps tables scroll sideways (desktop and phone);
 * - the value-by-stage chart's stage names overlap on the x axis;
 * - the overdue deals' names and "owner · stage" lines are cut;
 * - on a phone, in French, the weekly forecast's card is wider than the screen's column.
 */
const KNOWN_DASHBOARD_DEFECTS: Array<{ kind: SeenFinding['kind']; where: RegExp }> = [
  { kind: 'table scrolls sideways', where: /TableScrollContainer/ },
  { kind: 'overlapping labels', where: /recharts-xAxis-tick/ },
  { kind: 'clipped text', where: /^li\.mantine-Group-root > div\.mantine-Stack-root > (a|p)\./ },
  { kind: 'clipped text', where: /"(Weighted forecast by week|Prévision pondérée par semaine)/ },
];
const known = (f: SeenFinding) => f.page === 'dashboard' && KNOWN_DASHBOARD_DEFECTS.some((d) => d.kind === f.kind && d.where.test(f.where));

/**
 * Every page of the web app, as the role that uses it, in English and French, on a 1280×800 desktop and a 390×844 phone:
 * a screenshot of each under tmp/visual/, and a failure listing each clipped text, overlapping labels, table or page that
 * scrolls sideways, English phrase left in a French page, and page or console error.
 */
describeWith(['chromium'], 'every page, in both languages, on a desktop and a phone: nothing cut, overlapping or sideways', () => {
  const suite = demoInChromium();
  let ids: DemoRecords;
  const phrases = englishPhrases();

  beforeAll(async () => {
    ids = await prepareDemoRecords(suite.lifeboat.url);
  });

  const ROLES: Role[] = ['public', 'rep', 'manager', 'admin'];
  const LANGUAGES: Language[] = ['en', 'fr'];
  it.each(LANGUAGES.flatMap((language) => ROLES.map((role) => [role, language] as const)))('the %s pages in %s', async (role, language) => {
    const findings = await tour(suite.browser, suite.lifeboat.url, role, language, ids, phrases);
    expect(findings.filter((f) => !known(f)).map(describeFinding)).toEqual([]);
  });

  it('knows English when it sees it: the phrase list holds the app’s own sentences and badges, none of them French', () => {
    expect(phrases).toEqual(expect.arrayContaining(['Mark all as read', 'Negotiating']));
    expect(phrases.some((p) => /[àâçéèêëîïôûù]/i.test(p))).toBe(false);
  });

  it('sees what it is meant to see: a cut badge, overlapping labels, a wide table, a wide page, English', async () => {
    const page = await suite.browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.setContent(`<body style="margin:0">
      <span id="badge" style="display:inline-block;width:40px;overflow:hidden;text-overflow:ellipsis;white-space:nowrap">PROPOSAL SENT</span>
      <span id="ok" data-truncate-ok title="Long name" style="display:inline-block;width:40px;overflow:hidden;white-space:nowrap">Long name</span>
      <div style="position:relative;height:40px"><span style="position:absolute;left:0">Identified</span><span style="position:absolute;left:20px">Contacted</span></div>
      <div id="scroller" style="overflow-x:auto;width:200px"><table><tr><td style="white-space:nowrap">A very long cell that makes the table wide</td></tr></table></div>
      <div style="width:600px">Mark all as read</div></body>`);
    const found = await page.evaluate(auditLayout, { englishPhrases: ['Mark all as read'] });
    await page.close();
    expect([...new Set(found.map((f) => f.kind))].sort()).toEqual(['English in French', 'clipped text', 'overlapping labels', 'page scrolls sideways', 'table scrolls sideways']);
    expect(found.filter((f) => f.kind === 'clipped text').map((f) => f.where)).toEqual([expect.stringMatching(/span#badge .*"PROPOSAL SENT"/)]);
    expect(found.filter((f) => f.kind === 'overlapping labels').map((f) => f.where)).toContainEqual(expect.stringMatching(/"Identified" over .*"Contacted"/));
  });
});
