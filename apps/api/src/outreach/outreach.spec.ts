import { createServer } from 'node:net';
import { DataSource } from 'typeorm';
import { RunningLifeboat } from '../bootstrap';
import { startTestServer } from '../testing/test-app';
import { createUser, graphql, signIn, clientFor } from '../testing/auth';
import { parseMail, startSmtpSink } from '../testing/smtp-sink';
import { toGlobalId } from '../common/graphql/global-id';
import { toCollectiveGlobalId } from '../collectives/collective-id';
import { OutboxRelay } from '../jobs/outbox-relay.service';
import { Mailer } from '../notifications/mailer.service';
import { MIGRATIONS } from '../database/migrations';
import { randomUUID } from 'node:crypto';
import { sha256 } from '../identity/secrets';
import { offerLinkToken } from '../personal-offers/offer-link';
import { PersonalOffersService } from '../personal-offers/personal-offers.service';
import { Outreach1795490000014 } from '../database/migrations/1795490000014-outreach';
import { OutreachExactlyOnce1795490000017 } from '../database/migrations/1795490000017-outreach-exactly-once';

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

const QUEUE = `mutation($input: QueueOutreachInput!) { queueOutreach(input: $input) {
  recipients suppressed unsourced withoutOffer unsourcedContacts { name email accountName } mergeFields outreach { id status } } }`;
const ONE = `query($id: ID!) { outreach(id: $id) { id status language subject createdBy campaign { id } collective { name }
  progress { recipients queued sent bounced failed uncertain suppressed cancelled unsubscribed skippedSuppressed resentAfterInterruption offerOpened offerAccepted } } }`;
const LIST = `query($campaignId: ID!) { outreaches(campaignId: $campaignId) { totalCount edges { node { subject status } } } }`;
const CANCEL = `mutation($input: CancelOutreachInput!) { cancelOutreach(input: $input) { outreach { status progress { cancelled } } } }`;
const DAY = 86_400_000;

describe('outreach: templated mail to a list or a collective, once per contact, with one-click unsubscribe (a real SMTP server; embedded or server PostgreSQL)', () => {
  let lifeboat: RunningLifeboat & { url: string };
  let sink: Awaited<ReturnType<typeof startSmtpSink>>;
  let ds: DataSource;
  let campaignId: string;
  let otherCampaignId: string;
  let sourceId: string;
  const tokens: Record<string, string> = {};

  const { gql, must } = clientFor(() => lifeboat.url, tokens);
  const count = async (sql: string, params: unknown[] = []) => Number((await ds.query(`SELECT count(*)::int AS n FROM ${sql}`, params))[0].n);
  const campaign = () => toGlobalId('Campaign', campaignId);
  const account = async (name: string, segment: string, contacts: Array<[string, string | null, boolean]>, campaign = campaignId) => {
    const [{ id }] = await ds.query(`INSERT INTO account (campaign_id, name, normalized_name, segment, source_id) VALUES ($1, $2, lower($2), $3, $4) RETURNING id`, [
      campaign,
      name,
      segment,
      sourceId,
    ]);
    for (const [n, email, sourced] of contacts) {
      await ds.query(`INSERT INTO contact (account_id, name, email, source_id) VALUES ($1, $2, $3, $4)`, [id, n, email, sourced ? sourceId : null]);
    }
    return id as string;
  };
  const settle = async (outreachGid: string) => {
    for (let i = 0; i < 50; i++) {
      await lifeboat.app.get(OutboxRelay).flush();
      const o = (await must('marc', ONE, { id: outreachGid })).outreach;
      if (o.status !== 'sending') return o;
    }
    throw new Error('the outreach did not finish');
  };
  const recipientsOf = (mails: Array<{ to: string[] }>) => mails.flatMap((m) => m.to).sort();
  const template = { language: 'fr', subject: 'Avant le {{shutdownDate}}, {{accountName}}', body: 'Bonjour {{contactName}},\n{{rivalName}} s’arrête le {{shutdownDate}}.' };

  beforeAll(async () => {
    const port = await freePort();
    sink = await startSmtpSink(port, { refuse: (a) => a.endsWith('@bounce.example'), stall: () => stallSwitch.fn() });
    lifeboat = await startTestServer({
      SMTP_URL: `smtp://127.0.0.1:${port}`,
      MAIL_FROM: 'Lifeboat <outreach@lifeboat.example>',
      LIFEBOAT_PUBLIC_URL: 'https://crm.example.test',
      OUTREACH_RATE_PER_SECOND: '1000',
      OUTREACH_SMTP_CONNECTIONS: '2',
    });
    ds = lifeboat.db.dataSource;
    const [rival] = await ds.query(`INSERT INTO rival (name, country, health, shutdown_expected_at) VALUES ('AMEN', 'FR', 'distressed', $1) RETURNING id`, [
      new Date(Date.now() + 12 * DAY),
    ]);
    const [other] = await ds.query(`INSERT INTO rival (name, country, health) VALUES ('KPNQwest', 'NL', 'liquidating') RETURNING id`);
    [{ id: campaignId }] = await ds.query(`INSERT INTO campaign (rival_id, name) VALUES ($1, 'AMEN rescue') RETURNING id`, [rival.id]);
    [{ id: otherCampaignId }] = await ds.query(`INSERT INTO campaign (rival_id, name) VALUES ($1, 'KPNQwest takeover') RETURNING id`, [other.id]);
    [{ id: sourceId }] = await ds.query(`INSERT INTO lead_source (campaign_id, kind, actor_label, lawful_basis) VALUES ($1, 'manual', 'Marc', 'legitimate_interests') RETURNING id`, [
      campaignId,
    ]);
    const marc = await createUser(ds, { email: 'marc@example.test', role: 'manager', campaignIds: [campaignId], name: 'Marc' });
    const chloe = await createUser(ds, { email: 'chloe@example.test', role: 'rep', campaignIds: [campaignId] });
    const manon = await createUser(ds, { email: 'manon@example.test', role: 'manager', campaignIds: [otherCampaignId] });
    for (const [name, u] of Object.entries({ marc, chloe, manon })) tokens[name] = await signIn(lifeboat.url, u.email, u.password);
    await account('Boulangerie Dupont', 'smb_web', [
      ['Jeanne Dupont', 'jeanne@boulangerie.example', true],
      ['Compta', 'JEANNE@boulangerie.example ', true],
      ['Sans adresse', null, true],
    ]);
    await account('Café des Arts', 'smb_web', [['Paul Martin', 'paul@cafe.example', true]]);
    await account('Garage Martin', 'smb_web', [['Zoé Rebond', 'zoe@bounce.example', true]]);
    await account('Hébergeur Lointain', 'hosting', [['Hors filtre', 'far@hosting.example', true]]);
    await account('Librairie Lemoine', 'smb_web', [['Sans source', 'lemoine@librairie.example', false]]);
    await account('Euronext', 'enterprise_vpn', [['Catherine Roussel', 'catherine@euronext.example', true]], otherCampaignId);
  });

  afterAll(async () => {
    await lifeboat.close();
    await sink.close();
  });

  it('refuses a bad template or audience with BAD_USER_INPUT naming the field, other people with FORBIDDEN / NOT_FOUND, and writes nothing', async () => {
    const base = { campaignId: campaign(), filter: { segment: 'smb_web' }, ...template };
    const unknown = await gql('marc', QUEUE, { input: { ...base, body: 'Bonjour {{prenom}}' } });
    expect(unknown.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(unknown.errors?.[0]?.extensions)).toContain('input.body');
    expect(unknown.errors?.[0]?.message).toContain('{{prenom}}');
    const subject = await gql('marc', QUEUE, { input: { ...base, subject: 'Offre {{offre' } });
    expect(JSON.stringify(subject.errors?.[0]?.extensions)).toContain('input.subject');
    // Nobody has a personal offer yet: every account is left out of a mail with {{offerLink}}, so it is refused, saying why.
    const offer = await gql('marc', QUEUE, { input: { ...base, body: 'Votre offre : {{offerLink}}' } });
    expect(offer.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(offer.errors?.[0]?.message).toContain('{{offerLink}}');
    // The list holds a contact with no recorded source: refused with the count.
    const unsourced = await gql('marc', QUEUE, { input: base });
    expect(unsourced.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(unsourced.errors?.[0]?.extensions)).toContain('input.filter');
    expect(unsourced.errors?.[0]?.message).toMatch(/^1 contact\(s\)/);
    expect((await gql('chloe', QUEUE, { input: base })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await gql('manon', QUEUE, { input: base })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await count('outreach')).toBe(0);
    expect(await count('outreach_message')).toBe(0);
    expect(sink.mails).toHaveLength(0);
  });

  it('a dry run counts recipients (one per address), suppressed addresses (skipped) and unsourced contacts (listed)', async () => {
    await ds.query(`INSERT INTO email_suppression (email, reason) VALUES ('paul@cafe.example', 'unsubscribed')`);
    const dry = (await must('marc', QUEUE, { input: { campaignId: campaign(), filter: { segment: 'smb_web' }, ...template, dryRun: true } })).queueOutreach;
    expect(dry).toMatchObject({ recipients: 2, suppressed: 1, unsourced: 1, outreach: null, mergeFields: ['shutdownDate', 'accountName', 'contactName', 'rivalName'] });
    expect(dry.unsourcedContacts).toEqual([{ name: 'Sans source', email: 'lemoine@librairie.example', accountName: 'Librairie Lemoine' }]);
    await ds.query(`DELETE FROM email_suppression`);
    expect(await count('outreach')).toBe(0);
  });

  let firstId: string;

  it('sends each recipient one mail at once, with RFC 8058 headers, merge fields in French, a timeline entry; a hard bounce marks and suppresses the contact', async () => {
    await ds.query(`UPDATE contact SET source_id = $1 WHERE name = 'Sans source'`, [sourceId]);
    const queued = (await must('marc', QUEUE, { input: { campaignId: campaign(), filter: { segment: 'smb_web' }, ...template } })).queueOutreach;
    expect(queued).toMatchObject({ recipients: 4, suppressed: 0, unsourced: 0 });
    firstId = queued.outreach.id;
    const done = await settle(firstId);
    expect(done).toMatchObject({ status: 'completed', language: 'fr', createdBy: 'Marc', campaign: { id: campaign() }, collective: null });
    expect(done.progress).toMatchObject({ recipients: 4, queued: 0, sent: 3, bounced: 1, failed: 0, uncertain: 0 });
    expect(recipientsOf(sink.mails)).toEqual(['jeanne@boulangerie.example', 'lemoine@librairie.example', 'paul@cafe.example']);
    const mail = parseMail(sink.mails.find((m) => m.to[0] === 'paul@cafe.example')!.raw);
    expect(mail.headers['subject']).toMatch(/^Avant le \d{1,2} \S+ \d{4}, Café des Arts$/);
    expect(mail.text).toContain('Bonjour Paul Martin,\nAMEN s’arrête le');
    expect(mail.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');
    // The HTTPS one-click link only: no mailto, as nothing reads the mails sent to MAIL_FROM.
    expect(mail.headers['list-unsubscribe']).toMatch(/^<https:\/\/crm\.example\.test\/u\/\d+\.[A-Za-z0-9_-]{22}>$/);
    expect(mail.headers['message-id']).toMatch(/^<outreach\.\d+\.[0-9a-f-]{36}@lifeboat\.example>$/);
    expect(mail.text).toContain('Pour ne plus recevoir ces messages\u00a0: https://crm.example.test/u/');
    // Each sent mail is an email activity on its account's timeline.
    expect(await count(`activity WHERE kind = 'email' AND metadata->>'outreachId' IS NOT NULL`)).toBe(3);
    // The bounce: the contact is marked, its address suppressed.
    expect(await count(`contact WHERE email_bounced_at IS NOT NULL AND email = 'zoe@bounce.example'`)).toBe(1);
    expect(await count(`email_suppression WHERE email = 'zoe@bounce.example' AND reason = 'hard_bounce'`)).toBe(1);
    expect((await must('marc', LIST, { campaignId: campaign() })).outreaches.totalCount).toBe(1);
    expect((await gql('manon', ONE, { id: firstId })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await count(`audit_entry WHERE action = 'outreach.queued'`)).toBe(1);
  });

  it('unsubscribes in one click without sign-in (a GET only asks, in the mail’s language); every later outreach skips the address', async () => {
    const link = /<(https:\/\/crm\.example\.test\/u\/[^>]+)>/.exec(parseMail(sink.mails.find((m) => m.to[0] === 'paul@cafe.example')!.raw).headers['list-unsubscribe'])![1];
    const path = new URL(link).pathname;
    const page = await fetch(`${lifeboat.url}${path}`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('lang="fr"');
    expect(html).toContain('paul@cafe.example\u00a0?');
    // Readable on a phone: scaled to the device, a long address wraps, the button a full-width tap target.
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(html).toMatch(/overflow-wrap:anywhere/);
    expect(html).toMatch(/@media \(max-width:480px\)\{button\{width:100%\}\}/);
    expect(await count('email_suppression WHERE email = $1', ['paul@cafe.example'])).toBe(0);
    const forged = await fetch(`${lifeboat.url}${path.slice(0, -3)}AAA`, { method: 'POST', body: 'List-Unsubscribe=One-Click', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    expect(forged.status).toBe(404);
    const oneClick = await fetch(`${lifeboat.url}${path}`, { method: 'POST', body: 'List-Unsubscribe=One-Click', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    expect(oneClick.status).toBe(200);
    expect(await count(`email_suppression WHERE email = 'paul@cafe.example' AND reason = 'unsubscribed'`)).toBe(1);
    // On the account's timeline, once (a second click changes nothing).
    await fetch(`${lifeboat.url}${path}`, { method: 'POST', body: 'List-Unsubscribe=One-Click', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    const notes = await ds.query(
      `SELECT t.body, t.metadata->>'outreachId' AS outreach FROM activity t JOIN account a ON a.id = t.account_id WHERE a.name = 'Café des Arts' AND t.kind = 'note' AND t.metadata->>'unsubscribed' = 'true'`,
    );
    expect(notes).toHaveLength(1);
    expect(notes[0].body).toBe('paul@cafe.example unsubscribed from outreach mails through the link in “Avant le {{shutdownDate}}, {{accountName}}”.');
    expect((await must('marc', ONE, { id: firstId })).outreach.progress.unsubscribed).toBe(1);

    sink.mails.length = 0;
    const again = (await must('marc', QUEUE, { input: { campaignId: campaign(), filter: { segment: 'smb_web' }, ...template, language: 'en', subject: 'Hello {{accountName}}', body: 'Hi' } }))
      .queueOutreach;
    expect(again).toMatchObject({ recipients: 2, suppressed: 2 });
    const done = await settle(again.outreach.id);
    expect(done.progress).toMatchObject({ recipients: 2, sent: 2, skippedSuppressed: 2 });
    expect(recipientsOf(sink.mails)).toEqual(['jeanne@boulangerie.example', 'lemoine@librairie.example']);
    expect(parseMail(sink.mails[0].raw).text).toContain('To stop receiving these messages: https://crm.example.test/u/');
  });

  it('mails a collective’s members; a cancelled outreach sends nothing more', async () => {
    const [{ id: collectiveId }] = await ds.query(`INSERT INTO collective (campaign_id, name) VALUES ($1, 'Collectif AMEN') RETURNING id`, [campaignId]);
    await ds.query(`INSERT INTO collective_member (account_id, collective_id, campaign_id) SELECT id, $1, campaign_id FROM account WHERE name = 'Boulangerie Dupont'`, [collectiveId]);
    sink.mails.length = 0;
    const queued = (await must('marc', QUEUE, { input: { campaignId: campaign(), collectiveId: toCollectiveGlobalId(collectiveId), ...template } })).queueOutreach;
    expect(queued.recipients).toBe(1);
    const done = await settle(queued.outreach.id);
    expect(done).toMatchObject({ status: 'completed', collective: { name: 'Collectif AMEN' }, progress: { sent: 1 } });
    expect(recipientsOf(sink.mails)).toEqual(['jeanne@boulangerie.example']);
    const cancelled = await gql('marc', CANCEL, { input: { id: queued.outreach.id } });
    expect(cancelled.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('fills {{offerLink}} with each recipient’s own personal offer link, which opens that offer (public, no sign-in)', async () => {
    const key = await lifeboat.app.get(PersonalOffersService).key();
    const [batch] = await ds.query(
      `INSERT INTO personal_offer_batch (campaign_id, discount_percent, approval_level, term_months, expires_at, status, created_by_label)
       VALUES ($1, 10, 'manager', 12, now() + interval '7 days', 'completed', 'Marc') RETURNING id`,
      [campaignId],
    );
    const offerId = randomUUID();
    const token = offerLinkToken(key, offerId);
    await ds.query(
      `INSERT INTO personal_offer (id, batch_id, campaign_id, account_id, token_hash, services, workload, monthly_spend, expires_at)
       SELECT $1, $2, campaign_id, id, $3, '[{"kind":"web_hosting","quantity":1,"monthlyCost":2000}]', 1, 2000, now() + interval '7 days' FROM account WHERE name = 'Boulangerie Dupont'`,
      [offerId, batch.id, sha256(token)],
    );
    const [{ id: collectiveId }] = await ds.query(`SELECT id FROM collective WHERE name = 'Collectif AMEN'`);
    sink.mails.length = 0;
    const queued = (
      await must('marc', QUEUE, { input: { campaignId: campaign(), collectiveId: toCollectiveGlobalId(collectiveId), ...template, body: 'Bonjour {{contactName}}, votre offre : {{offerLink}}' } })
    ).queueOutreach;
    expect((await settle(queued.outreach.id)).progress).toMatchObject({ sent: 1 });
    expect(parseMail(sink.mails[0].raw).text).toContain(`votre offre : https://crm.example.test/offer/${token}`);
    const opened = await graphql<any>(lifeboat.url, null, { query: `query($token: String!) { personalOfferByToken(token: $token) { customerName status } }`, variables: { token } });
    expect(opened.data?.personalOfferByToken).toEqual({ customerName: 'Boulangerie Dupont', status: 'open' });
    // Results: the offer the mail linked was opened after the mail, then accepted.
    const [{ mailed }] = await ds.query(`SELECT personal_offer_id AS mailed FROM outreach_message m JOIN outreach o ON o.id = m.outreach_id WHERE o.body LIKE '%{{offerLink}}%'`);
    expect(mailed).toBe(offerId);
    expect((await must('marc', ONE, { id: queued.outreach.id })).outreach.progress).toMatchObject({ sent: 1, offerOpened: 1, offerAccepted: 0 });
    await ds.query(`UPDATE personal_offer SET status = 'accepted', accepted_at = now(), cutover_at = now() + interval '14 days' WHERE id = $1`, [offerId]);
    expect((await must('marc', ONE, { id: queued.outreach.id })).outreach.progress).toMatchObject({ offerOpened: 1, offerAccepted: 1 });
    // The first outreach (no link) mailed the account before its offer was opened: counted too; one
    // queued after the opening is not.
    expect((await must('marc', ONE, { id: firstId })).outreach.progress).toMatchObject({ offerOpened: 1, offerAccepted: 1 });
    const later = (await must('marc', QUEUE, { input: { campaignId: campaign(), collectiveId: toCollectiveGlobalId(collectiveId), ...template } })).queueOutreach;
    expect((await settle(later.outreach.id)).progress).toMatchObject({ sent: 1, offerOpened: 0, offerAccepted: 0 });
    await ds.query(`UPDATE personal_offer SET status = 'open', accepted_at = NULL, cutover_at = NULL WHERE id = $1`, [offerId]);
    // A list where some accounts have no live offer: with {{offerLink}}, those are left out and
    // counted (before the source check: Librairie Lemoine's unsourced contact no longer refuses it),
    // and the mail goes to the others — here Boulangerie Dupont's, as to the collective of her alone.
    const [{ without }] = await ds.query(
      `SELECT count(*)::int AS without FROM account a WHERE a.campaign_id = $1 AND a.segment = 'smb_web'
         AND NOT EXISTS (SELECT 1 FROM personal_offer o WHERE o.account_id = a.id AND o.status = 'open' AND o.expires_at > now())`,
      [campaignId],
    );
    expect(without).toBeGreaterThanOrEqual(3);
    const withLink = { ...template, body: '{{offerLink}}', dryRun: true };
    const narrowed = (await must('marc', QUEUE, { input: { campaignId: campaign(), filter: { segment: 'smb_web' }, ...withLink } })).queueOutreach;
    const alone = (await must('marc', QUEUE, { input: { campaignId: campaign(), collectiveId: toCollectiveGlobalId(collectiveId), ...withLink } })).queueOutreach;
    expect(alone).toMatchObject({ withoutOffer: 0, unsourced: 0 });
    expect(alone.recipients).toBeGreaterThan(0);
    expect(narrowed).toMatchObject({ withoutOffer: without, unsourced: 0, recipients: alone.recipients });
    // Without the link, the same list leaves no account out.
    const plain = (await must('marc', QUEUE, { input: { campaignId: campaign(), filter: { segment: 'smb_web' }, ...template, dryRun: true } })).queueOutreach;
    expect(plain.withoutOffer).toBe(0);
    expect(plain.recipients + plain.unsourced).toBeGreaterThan(narrowed.recipients);
    // Nobody with a live offer: nothing can be mailed, and the error says why.
    await ds.query(`UPDATE personal_offer SET expires_at = now() - interval '1 second' WHERE id = $1`, [offerId]);
    const none = await gql('marc', QUEUE, { input: { campaignId: campaign(), collectiveId: toCollectiveGlobalId(collectiveId), ...template, body: '{{offerLink}}' } });
    expect(none.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(none.errors?.[0]?.message).toMatch(/1 account\(s\) have no live personal offer/);
    await ds.query(`UPDATE personal_offer SET expires_at = now() + interval '7 days' WHERE id = $1`, [offerId]);
  });

  it('writes {{shutdownDate}} on the calendar of the campaign’s time zone, not Paris’s', async () => {
    const [{ rivalId, shutdown }] = await ds.query(`SELECT c.rival_id AS "rivalId", r.shutdown_expected_at AS shutdown FROM campaign c JOIN rival r ON r.id = c.rival_id WHERE c.id = $1`, [campaignId]);
    // 02:00 UTC on 1 March 2027: already 1 March in Paris, still 28 February in New York.
    await ds.query(`UPDATE rival SET shutdown_expected_at = '2027-03-01T02:00:00Z' WHERE id = $1`, [rivalId]);
    await ds.query(`UPDATE campaign SET settings = settings || '{"timeZone": "America/New_York"}'::jsonb WHERE id = $1`, [campaignId]);
    try {
      const [{ id: collectiveId }] = await ds.query(`SELECT id FROM collective WHERE name = 'Collectif AMEN'`);
      sink.mails.length = 0;
      const queued = (await must('marc', QUEUE, { input: { campaignId: campaign(), collectiveId: toCollectiveGlobalId(collectiveId), ...template } })).queueOutreach;
      expect((await settle(queued.outreach.id)).progress).toMatchObject({ sent: 1 });
      const mail = parseMail(sink.mails[0].raw);
      expect(mail.headers['subject']).toBe('Avant le 28 février 2027, Boulangerie Dupont');
      expect(mail.text).toContain('AMEN s’arrête le 28 février 2027.');
    } finally {
      await ds.query(`UPDATE rival SET shutdown_expected_at = $2 WHERE id = $1`, [rivalId, shutdown]);
      await ds.query(`UPDATE campaign SET settings = settings - 'timeZone' WHERE id = $1`, [campaignId]);
    }
  });

  it('a sender killed mid-send is taken over once its lease expires: the mails it had on the wire are sent again with the same Message-ID — each contact one distinct Message-ID, none missing, none left uncertain', async () => {
    for (let i = 0; i < 30; i++) await account(`Client ${String(i).padStart(2, '0')}`, 'colocation', [[`Contact ${i}`, `c${i}@colo.example`, true]]);
    sink.mails.length = 0;
    // After 10 mails the server reads the next ones and never answers: the sender waits on them
    // forever, as one killed would never record them.
    let received = 0;
    stallSwitch.fn = () => ++received > 10;
    const queued = (await must('marc', QUEUE, { input: { campaignId: campaign(), filter: { segment: 'colocation' }, ...template } })).queueOutreach;
    expect(queued.recipients).toBe(30);
    const outreachId = Buffer.from(queued.outreach.id, 'base64url').toString('utf8').split(':')[1];
    const handed = () => count(`outreach_message WHERE outreach_id = $1 AND status = 'sending' AND handed_at IS NOT NULL`, [outreachId]);
    for (let i = 0; i < 200 && (sink.stalled.length < 2 || (await count(`outreach_message WHERE outreach_id = $1 AND status = 'sent'`, [outreachId])) < 10 || (await handed()) < 4); i++) {
      await new Promise((r) => setTimeout(r, 25));
    }
    expect(sink.mails).toHaveLength(10);
    expect(sink.stalled).toHaveLength(2);
    // Only the mails in flight are handed over and unrecorded — two per connection (2 connections):
    // the one on the wire, the one waiting for that connection — not a batch (20 rows are left).
    expect(await handed()).toBe(4);
    expect(await count(`outreach_message WHERE outreach_id = $1 AND status = 'sent'`, [outreachId])).toBe(10);
    // The sender is "dead": a new process has its own connections, and the lease runs out.
    stallSwitch.fn = () => false;
    (lifeboat.app.get(Mailer) as unknown as { transports: Map<string, unknown> }).transports.delete('bulk');
    await ds.query(`UPDATE outreach_message SET lease_until = now() - interval '1 second' WHERE outreach_id = $1 AND status = 'sending'`, [outreachId]);
    await ds.query(`UPDATE outbox_event SET next_attempt_at = now() WHERE type = 'outreach.send_due' AND dispatched_at IS NULL`);
    let o: any;
    for (let i = 0; i < 200; i++) {
      lifeboat.app.get(OutboxRelay).kick();
      await new Promise((r) => setTimeout(r, 50));
      o = (await must('marc', ONE, { id: queued.outreach.id })).outreach;
      if (o.status === 'completed') break;
    }
    expect(o.status).toBe('completed');
    expect(o.progress).toMatchObject({ recipients: 30, sent: 30, uncertain: 0, queued: 0, failed: 0, resentAfterInterruption: 4 });
    // What reached the server, the stalled copies included (they may have been delivered): per
    // contact, exactly one distinct Message-ID; the only second copies are the 2 that were on the wire.
    const ids = new Map<string, Set<string>>();
    for (const m of [...sink.mails, ...sink.stalled]) for (const to of m.to) ids.set(to, (ids.get(to) ?? new Set()).add(parseMail(m.raw).headers['message-id']));
    const contacts: Array<{ email: string; id: string }> = await ds.query(`SELECT email, id::text AS id FROM outreach_message WHERE outreach_id = $1`, [outreachId]);
    expect(contacts).toHaveLength(30);
    for (const c of contacts) expect([...(ids.get(c.email) ?? [])]).toEqual([`<outreach.${c.id}.${outreachId}@lifeboat.example>`]);
    // Raw copies beyond one per contact: at most the 4 handed over at the "kill" (this "dead" sender
    // still lives, so the 2 that waited in its pool may go out too, with their Message-ID).
    expect(sink.mails.length + sink.stalled.length - 30).toBeGreaterThanOrEqual(2);
    expect(sink.mails.length + sink.stalled.length - 30).toBeLessThanOrEqual(4);
    for (const stalled of sink.stalled) {
      const again = sink.mails.filter((m) => m.to[0] === stalled.to[0]).map((m) => parseMail(m.raw).headers['message-id']);
      expect(again.length).toBeGreaterThan(0);
      for (const id of again) expect(id).toBe(parseMail(stalled.raw).headers['message-id']);
    }
    expect(await count(`outreach_message WHERE outreach_id = $1 AND interrupted_at IS NOT NULL`, [outreachId])).toBe(4);
    expect(await count(`activity WHERE kind = 'email' AND metadata->>'outreachId' = $1`, [outreachId])).toBe(30);
  });

  it('takes an asynchronous bounce report from an admin (not a manager): the address is suppressed, its contacts marked', async () => {
    const REPORT = `mutation($input: ReportEmailBouncesInput!) { reportEmailBounces(input: $input) { suppressed alreadySuppressed contactsMarked } }`;
    const admin = await createUser(ds, { email: 'admin@example.test', role: 'admin' });
    tokens.admin = await signIn(lifeboat.url, admin.email, admin.password);
    const input = { emails: ['C3@colo.example', 'zoe@bounce.example'], detail: '550 5.1.1 user unknown (DSN)' };
    expect((await gql('marc', REPORT, { input })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await gql('admin', REPORT, { input: { emails: ['not an address'] } })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await must('admin', REPORT, { input })).reportEmailBounces).toEqual({ suppressed: 1, alreadySuppressed: 1, contactsMarked: 1 });
    expect(await count(`email_suppression WHERE email = 'c3@colo.example' AND reason = 'bounce_report'`)).toBe(1);
    expect(await count(`contact WHERE email = 'c3@colo.example' AND email_bounced_at IS NOT NULL`)).toBe(1);
    expect(await count(`audit_entry WHERE action = 'email.bounces_reported'`)).toBe(1);
    const dry = (await must('marc', QUEUE, { input: { campaignId: campaign(), filter: { segment: 'colocation' }, ...template, dryRun: true } })).queueOutreach;
    expect(dry).toMatchObject({ recipients: 29, suppressed: 1 });
  });

  it('has a migration whose down undoes it, and whose up applies again', async () => {
    const tables = async () => (await ds.query(`SELECT count(*)::int AS n FROM pg_tables WHERE tablename IN ('outreach', 'outreach_message', 'email_suppression')`))[0].n;
    expect(await tables()).toBe(3);
    // Later migrations are undone first (and applied again by runMigrations).
    for (let i = MIGRATIONS.indexOf(Outreach1795490000014); i < MIGRATIONS.length; i++) await ds.undoLastMigration({ transaction: 'each' });
    expect(await tables()).toBe(0);
    expect(await ds.query(`SELECT 1 FROM information_schema.columns WHERE table_name = 'contact' AND column_name = 'email_bounced_at'`)).toEqual([]);
    await ds.runMigrations({ transaction: 'each' });
    expect(await tables()).toBe(3);
    // 1795490000017 (exactly once, offers' results): its down drops its columns and index, its up adds them again.
    const columns = async () =>
      (await ds.query(`SELECT count(*)::int AS n FROM information_schema.columns WHERE table_name = 'outreach_message' AND column_name IN ('interrupted_at', 'personal_offer_id')`))[0].n;
    expect(await columns()).toBe(2);
    for (let i = MIGRATIONS.indexOf(OutreachExactlyOnce1795490000017); i < MIGRATIONS.length; i++) await ds.undoLastMigration({ transaction: 'each' });
    expect(await columns()).toBe(0);
    expect(await ds.query(`SELECT 1 FROM pg_indexes WHERE indexname = 'personal_offer_opened_account_idx'`)).toEqual([]);
    await ds.runMigrations({ transaction: 'each' });
    expect(await columns()).toBe(2);
  });
});

/** Which mails the sink stalls (switched by the crash test). */
const stallSwitch: { fn: () => boolean } = { fn: () => false };
