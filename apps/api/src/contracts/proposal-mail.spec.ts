import { createServer } from 'node:net';
import { DataSource } from 'typeorm';
import { RunningLifeboat } from '../bootstrap';
import { startTestServer } from '../testing/test-app';
import { createUser, graphql, signIn } from '../testing/auth';
import { parseMail, startSmtpSink } from '../testing/smtp-sink';

const gid = (type: string, id: string) => Buffer.from(`${type}:${id}`, 'utf8').toString('base64url');
const dbIdOf = (globalId: string) => Buffer.from(globalId, 'base64url').toString('utf8').split(':')[1];
const DAY = 86_400_000;

/** The answer's data; fails the test with its errors when there is none. */
function dataOf<T>(res: { data?: T | null; errors?: unknown }): T {
  if (!res.data) throw new Error(`No data: ${JSON.stringify(res.errors)}`);
  return res.data;
}

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

const EMAIL = `mutation($input: EmailProposalInput!) { emailProposal(input: $input) { resent subject recipient { name email }
  proposal { id status version sentAt validUntil opportunity { stage } } } }`;
const DRAFT = `mutation($input: DraftProposalInput!) { draftProposal(input: $input) { proposal { id status version } } }`;
const SUBMIT = `mutation($input: ProposalVersionInput!) { submitProposal(input: $input) { proposal { id status version } } }`;
const BY_TOKEN = `query($token: String!) { proposalByToken(token: $token) { status customerName termMonths totals { monthlyTotal { amount } } } }`;
const TIMELINE = `query($id: ID!) { node(id: $id) { ... on Account { activities { kind authorLabel body occurredAt systemEvent { recipientName recipientEmail resent validUntil } } } } }`;
const OUTGOING = `{ outgoingMail { enabled missing } }`;

type P = { id: string; status: string; version: number; validUntil: string | null; sentAt: string | null; opportunity: { stage: string } };
type Emailed = { emailProposal: { resent: boolean; subject: string; recipient: { name: string; email: string }; proposal: P } };
type GqlError = { message: string; extensions?: { code?: string; fields?: Array<{ field: string; reason: string }> } };

describe('proposals sent by email from Lifeboat (a real SMTP server; embedded or server PostgreSQL, over HTTP)', () => {
  let lifeboat: RunningLifeboat & { url: string };
  let sink: Awaited<ReturnType<typeof startSmtpSink>>;
  let ds: DataSource;
  let url: string;
  let kpn: string;
  let amen: string;
  let aliceId: string;
  let alice: string;
  let bruno: string;
  let manon: string;
  let chloe: string;

  /** An account of Alice's with its deal, contacts and what it buys from the rival. */
  async function seedAccount(name: string): Promise<{ accountId: string; dealId: string; contacts: Record<'anna' | 'noMail' | 'bounce', string> }> {
    const [a] = await ds.query(
      `INSERT INTO account (campaign_id, name, normalized_name, segment, monthly_spend, prepaid_until, owner_id)
       VALUES ($1, $2, lower($2), 'enterprise_vpn', 1850000, $3, $4) RETURNING id`,
      [kpn, name, new Date(Date.now() + 90 * DAY), aliceId],
    );
    await ds.query(`INSERT INTO rival_service (account_id, kind, quantity, monthly_cost, position) VALUES ($1, 'vpn', 10, 1000000, 0)`, [a.id]);
    const [o] = await ds.query(`INSERT INTO opportunity (account_id, campaign_id, stage) VALUES ($1, $2, 'contacted') RETURNING id`, [a.id, kpn]);
    const contact = async (n: string, email: string | null, decisionMaker: boolean) =>
      (await ds.query(`INSERT INTO contact (account_id, name, title, email, decision_maker) VALUES ($1, $2, 'DSI', $3, $4) RETURNING id`, [a.id, n, email, decisionMaker]))[0]
        .id as string;
    return {
      accountId: a.id,
      dealId: o.id,
      contacts: {
        anna: await contact('Anne Lefèvre', 'anne.lefevre@customer.example', true),
        noMail: await contact('Paul Sans-Mail', null, false),
        bounce: await contact('Zoé Rebond', 'zoe@bounce.example', false),
      },
    };
  }

  /** An approved proposal (5 % discount, within Alice's limit). */
  async function approvedProposal(dealId: string): Promise<P> {
    const drafted = await graphql<{ draftProposal: { proposal: P } }>(url, alice, { query: DRAFT, variables: { input: { opportunityId: gid('Opportunity', dealId), discountPercent: 5 } } });
    expect(drafted.errors).toBeUndefined();
    const p = dataOf(drafted).draftProposal.proposal;
    const submitted = await graphql<{ submitProposal: { proposal: P } }>(url, alice, { query: SUBMIT, variables: { input: { proposalId: p.id, expectedVersion: p.version } } });
    expect(submitted.data?.submitProposal.proposal.status).toBe('approved');
    return dataOf(submitted).submitProposal.proposal;
  }

  const email = (token: string, input: Record<string, unknown>) => graphql<Emailed>(url, token, { query: EMAIL, variables: { input } });
  const linkToken = (text: string) => {
    const match = /https:\/\/lifeboat\.example\.test\/accept\/([A-Za-z0-9_-]+)/.exec(text);
    if (!match) throw new Error(`no acceptance link in:\n${text}`);
    return match[1];
  };
  const offerBy = (token: string) => graphql<{ proposalByToken: { status: string; customerName: string; termMonths: number; totals: { monthlyTotal: { amount: number } } } }>(url, null, { query: BY_TOKEN, variables: { token } });
  const timeline = async (accountId: string) =>
    dataOf(await graphql<{ node: { activities: Array<{ kind: string; authorLabel: string; body: string; systemEvent: { recipientName: string | null; recipientEmail: string | null; resent: boolean | null; validUntil: string | null } | null }> } }>(url, alice, {
      query: TIMELINE,
      variables: { id: gid('Account', accountId) },
    })).node.activities;
  const audit = async (proposalId: string): Promise<string[]> =>
    (await ds.query(`SELECT action FROM audit_entry WHERE entity_id = $1 ORDER BY at, action`, [dbIdOf(proposalId)])).map((r: { action: string }) => r.action);
  const firstError = (res: { errors?: unknown }) => (res.errors as GqlError[] | undefined)?.[0];

  beforeAll(async () => {
    const port = await freePort();
    sink = await startSmtpSink(port, { refuse: (address) => address.endsWith('@bounce.example') });
    lifeboat = await startTestServer({
      SMTP_URL: `smtp://127.0.0.1:${port}`,
      MAIL_FROM: 'Lifeboat <lifeboat@example.test>',
      LIFEBOAT_PUBLIC_URL: 'https://lifeboat.example.test/',
    });
    url = lifeboat.url;
    ds = lifeboat.db.dataSource;
    const [r1] = await ds.query(`INSERT INTO rival (name, country, health, shutdown_expected_at) VALUES ('KPNQwest', 'NL', 'liquidating', $1) RETURNING id`, [
      new Date(Date.now() + 30 * DAY),
    ]);
    const [r2] = await ds.query(`INSERT INTO rival (name, country, health) VALUES ('AMEN', 'FR', 'distressed') RETURNING id`);
    [{ id: kpn }] = await ds.query(`INSERT INTO campaign (rival_id, name) VALUES ($1, 'KPNQwest takeover') RETURNING id`, [r1.id]);
    [{ id: amen }] = await ds.query(`INSERT INTO campaign (rival_id, name) VALUES ($1, 'AMEN rescue') RETURNING id`, [r2.id]);
    const users = {
      alice: await createUser(ds, { email: 'alice@example.test', name: 'Alice Martin', role: 'rep', campaignIds: [kpn] }),
      bruno: await createUser(ds, { email: 'bruno@example.test', name: 'Bruno', role: 'rep', campaignIds: [kpn] }),
      manon: await createUser(ds, { email: 'manon@example.test', name: 'Manon', role: 'manager', campaignIds: [kpn] }),
      chloe: await createUser(ds, { email: 'chloe@example.test', name: 'Chloé', role: 'rep', campaignIds: [amen] }),
    };
    aliceId = users.alice.id;
    [alice, bruno, manon, chloe] = await Promise.all([users.alice, users.bruno, users.manon, users.chloe].map((u) => signIn(url, u.email, u.password)));
  });

  afterAll(async () => {
    await lifeboat?.close();
    await sink?.close();
  });

  it('sends the offer in French from the campaign, replies to the rep, with a link that opens it; logged on the timeline and audited', async () => {
    const { accountId, dealId, contacts } = await seedAccount('Euronext');
    const approved = await approvedProposal(dealId);
    expect((await graphql<{ outgoingMail: { enabled: boolean; missing: string[] } }>(url, alice, { query: OUTGOING })).data?.outgoingMail).toEqual({ enabled: true, missing: [] });

    const res = await email(alice, { proposalId: approved.id, expectedVersion: approved.version, contactId: gid('Contact', contacts.anna), language: 'fr' });
    expect(res.errors).toBeUndefined();
    const out = dataOf(res).emailProposal;
    expect(out).toMatchObject({ resent: false, recipient: { name: 'Anne Lefèvre', email: 'anne.lefevre@customer.example' }, proposal: { status: 'sent', opportunity: { stage: 'proposal_sent' } } });

    expect(sink.mails).toHaveLength(1);
    const received = sink.mails[0];
    expect(received.to).toEqual(['anne.lefevre@customer.example']);
    expect(received.from).toBe('lifeboat@example.test');
    const mail = parseMail(received.raw);
    // 10 VPN × €1,000 = €10,000 a month, 5 % off: €9,500 (fr-FR groups with a narrow no-break space).
    expect(mail.headers['subject']).toBe('Notre offre pour Euronext : 9\u202f500,00\u00a0€ par mois sur 12 mois');
    expect(mail.headers['subject']).toBe(out.subject);
    expect(mail.headers['from']).toBe('KPNQwest takeover via Lifeboat <lifeboat@example.test>');
    expect(mail.headers['reply-to']).toBe('Alice Martin <alice@example.test>');
    expect(mail.headers['to']).toContain('<anne.lefevre@customer.example>');
    expect(mail.text).toContain('Bonjour Anne Lefèvre,');
    expect(mail.text).toContain('• Mensualité : 9\u202f500,00\u00a0€ HT');
    expect(mail.text).toContain('• Durée d’engagement : 12 mois');
    expect(mail.text).toMatch(/• Offre valable jusqu’au \S+ \d+ \S+ \d{4}/);
    expect(mail.text).toContain('Alice Martin\nKPNQwest takeover');

    // The link in the mail opens the offer.
    const token = linkToken(mail.text);
    const offer = await offerBy(token);
    expect(offer.errors).toBeUndefined();
    expect(offer.data?.proposalByToken).toMatchObject({ status: 'sent', customerName: 'Euronext', termMonths: 12, totals: { monthlyTotal: { amount: 950_000 } } });

    // Who sent it to whom, when: on the account's timeline, and in the audit trail.
    const [latest] = await timeline(accountId);
    expect(latest).toMatchObject({
      kind: 'proposal_sent',
      authorLabel: 'Alice Martin',
      systemEvent: { recipientName: 'Anne Lefèvre', recipientEmail: 'anne.lefevre@customer.example', resent: false, validUntil: out.proposal.validUntil },
    });
    expect(latest.body).toContain('Proposal sent by email to Anne Lefèvre <anne.lefevre@customer.example>');
    expect(await audit(approved.id)).toEqual(expect.arrayContaining(['proposal.sent']));
  });

  it('re-sends in English with a new link: the previous link no longer opens the offer, the validity is unchanged', async () => {
    sink.mails.length = 0;
    const { accountId, dealId, contacts } = await seedAccount('Opodo');
    const approved = await approvedProposal(dealId);
    const first = await email(alice, { proposalId: approved.id, expectedVersion: approved.version, contactId: gid('Contact', contacts.anna), language: 'en' });
    expect(first.errors).toBeUndefined();
    const firstMail = parseMail(sink.mails[0].raw);
    expect(firstMail.headers['subject']).toBe('Our offer for Opodo: €9,500.00 a month over 12 months');
    expect(firstMail.text).toContain('Hello Anne Lefèvre,');
    expect(firstMail.text).toContain('• Monthly charge: €9,500.00 excl. tax');
    expect(firstMail.text).toContain('• Term: 12 months');
    expect(firstMail.text).toMatch(/• Valid until \S+ \d+ \S+ \d{4}/);
    const oldToken = linkToken(firstMail.text);

    // A manager of the campaign may send it again too (the access rules of proposals).
    const sent = dataOf(first).emailProposal.proposal;
    const again = await email(manon, { proposalId: sent.id, expectedVersion: sent.version, contactId: gid('Contact', contacts.anna), language: 'en' });
    expect(again.errors).toBeUndefined();
    expect(dataOf(again).emailProposal).toMatchObject({ resent: true, proposal: { status: 'sent', validUntil: sent.validUntil, sentAt: sent.sentAt } });
    expect(sink.mails).toHaveLength(2);
    const secondMail = parseMail(sink.mails[1].raw);
    expect(secondMail.headers['reply-to']).toBe('Manon <manon@example.test>');
    const newToken = linkToken(secondMail.text);
    expect(newToken).not.toBe(oldToken);

    expect(firstError(await offerBy(oldToken))?.extensions?.code).toBe('NOT_FOUND');
    expect((await offerBy(newToken)).data?.proposalByToken.status).toBe('sent');

    const [latest] = await timeline(accountId);
    expect(latest).toMatchObject({ kind: 'proposal_sent', authorLabel: 'Manon', systemEvent: { recipientEmail: 'anne.lefevre@customer.example', resent: true } });
    expect(await audit(sent.id)).toEqual(expect.arrayContaining(['proposal.sent', 'proposal.resent']));
  });

  it('refuses bad inputs and callers with the codes of the api, and sends nothing', async () => {
    sink.mails.length = 0;
    const { dealId, contacts } = await seedAccount('Lycos Europe');
    const other = await seedAccount('AOL Europe');
    const approved = await approvedProposal(dealId);
    const base = { proposalId: approved.id, expectedVersion: approved.version, language: 'fr' };

    const noMail = firstError(await email(alice, { ...base, contactId: gid('Contact', contacts.noMail) }));
    expect(noMail?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.contactId', reason: 'no email address' }] });
    const elsewhere = firstError(await email(alice, { ...base, contactId: gid('Contact', other.contacts.anna) }));
    expect(elsewhere?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.contactId', reason: 'not a contact of the account' }] });
    const notAContact = firstError(await email(alice, { ...base, contactId: gid('Account', other.accountId) }));
    expect(notAContact?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.contactId' }] });
    const language = firstError(await email(alice, { ...base, language: 'de', contactId: gid('Contact', contacts.anna) }));
    expect(language?.extensions?.code).toMatch(/BAD_USER_INPUT|GRAPHQL_VALIDATION_FAILED/);

    // Not sendable: a draft.
    const drafted = await graphql<{ draftProposal: { proposal: P } }>(url, alice, { query: DRAFT, variables: { input: { opportunityId: gid('Opportunity', other.dealId) } } });
    const draft = dataOf(drafted).draftProposal.proposal;
    const notSendable = firstError(await email(alice, { proposalId: draft.id, expectedVersion: draft.version, language: 'en', contactId: gid('Contact', other.contacts.anna) }));
    expect(notSendable?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.proposalId', reason: 'status is draft' }] });

    // Bruno is in the team (he reads it) but does not own the account; Chloé is in another campaign.
    expect(firstError(await email(bruno, { ...base, contactId: gid('Contact', contacts.anna) }))?.extensions?.code).toBe('FORBIDDEN');
    expect(firstError(await email(chloe, { ...base, contactId: gid('Contact', contacts.anna) }))?.extensions?.code).toBe('NOT_FOUND');
    // A stale version.
    expect(firstError(await email(alice, { ...base, expectedVersion: approved.version - 1, contactId: gid('Contact', contacts.anna) }))?.extensions?.code).toBe('CONFLICT');

    expect(sink.mails).toHaveLength(0);
    expect((await ds.query(`SELECT status, version FROM proposal WHERE id = $1`, [dbIdOf(approved.id)]))[0]).toEqual({
      status: 'approved',
      version: approved.version,
    });
  });

  it('writes nothing when the mail server refuses the message: the rep sees MAIL_DELIVERY_FAILED and the previous link still opens', async () => {
    sink.mails.length = 0;
    const { accountId, dealId, contacts } = await seedAccount('Hewlett-Packard');
    const approved = await approvedProposal(dealId);
    const dbId = dbIdOf(approved.id);
    const state = async () => ({
      proposal: (await ds.query(`SELECT status, version, token_hash, sent_at FROM proposal WHERE id = $1`, [dbId]))[0],
      deal: (await ds.query(`SELECT stage, version FROM opportunity WHERE id = $1`, [dealId]))[0],
      activities: Number((await ds.query(`SELECT count(*)::int AS n FROM activity WHERE account_id = $1`, [accountId]))[0].n),
      audit: await audit(approved.id),
      outbox: Number((await ds.query(`SELECT count(*)::int AS n FROM outbox_event WHERE payload->>'proposalId' = $1`, [dbId]))[0].n),
    });

    // First sending refused: still approved, the deal not moved, nothing on the timeline.
    const before = await state();
    const refused = firstError(await email(alice, { proposalId: approved.id, expectedVersion: approved.version, contactId: gid('Contact', contacts.bounce), language: 'en' }));
    expect(refused?.extensions?.code).toBe('MAIL_DELIVERY_FAILED');
    expect(refused?.message).toContain('zoe@bounce.example');
    expect(await state()).toEqual(before);

    // Sent, then a re-send refused: the first link still opens, nothing more is written.
    const sent = await email(alice, { proposalId: approved.id, expectedVersion: approved.version, contactId: gid('Contact', contacts.anna), language: 'en' });
    expect(sent.errors).toBeUndefined();
    const token = linkToken(parseMail(sink.mails[0].raw).text);
    const afterSend = await state();
    const p = dataOf(sent).emailProposal.proposal;
    const resendRefused = firstError(await email(alice, { proposalId: p.id, expectedVersion: p.version, contactId: gid('Contact', contacts.bounce), language: 'fr' }));
    expect(resendRefused?.extensions?.code).toBe('MAIL_DELIVERY_FAILED');
    expect(await state()).toEqual(afterSend);
    expect((await offerBy(token)).data?.proposalByToken.status).toBe('sent');
    expect(sink.mails).toHaveLength(1);
  });

  /** Another Lifeboat with `env`: a rep's approved proposal for an account with a contact, and what it takes to email it. */
  async function otherLifeboat(env: Record<string, string>) {
    const other = await startTestServer(env);
    const ods = other.db.dataSource;
    const [r] = await ods.query(`INSERT INTO rival (name, country, health) VALUES ('KPNQwest', 'NL', 'liquidating') RETURNING id`);
    const [{ id: campaignId }] = await ods.query(`INSERT INTO campaign (rival_id, name) VALUES ($1, 'KPNQwest takeover') RETURNING id`, [r.id]);
    const rep = await createUser(ods, { email: 'rep@example.test', role: 'rep', campaignIds: [campaignId] });
    const token = await signIn(other.url, rep.email, rep.password);
    const [a] = await ods.query(`INSERT INTO account (campaign_id, name, normalized_name, segment, owner_id) VALUES ($1, 'Opodo', 'opodo', 'hosting', $2) RETURNING id`, [campaignId, rep.id]);
    await ods.query(`INSERT INTO rival_service (account_id, kind, quantity, monthly_cost, position) VALUES ($1, 'web_hosting', 1, 10000, 0)`, [a.id]);
    const [o] = await ods.query(`INSERT INTO opportunity (account_id, campaign_id, stage) VALUES ($1, $2, 'contacted') RETURNING id`, [a.id, campaignId]);
    const [c] = await ods.query(`INSERT INTO contact (account_id, name, email, decision_maker) VALUES ($1, 'Anne', 'anne@customer.example', true) RETURNING id`, [a.id]);
    const d = dataOf(await graphql<{ draftProposal: { proposal: P } }>(other.url, token, { query: DRAFT, variables: { input: { opportunityId: gid('Opportunity', o.id) } } })).draftProposal.proposal;
    const p = dataOf(await graphql<{ submitProposal: { proposal: P } }>(other.url, token, { query: SUBMIT, variables: { input: { proposalId: d.id, expectedVersion: d.version } } })).submitProposal.proposal;
    const emailIt = () =>
      graphql<Emailed>(other.url, token, { query: EMAIL, variables: { input: { proposalId: p.id, expectedVersion: p.version, contactId: gid('Contact', c.id), language: 'fr' } } });
    const written = async () => ({
      proposal: (await ods.query(`SELECT status, version, token_hash FROM proposal`))[0],
      activities: Number((await ods.query(`SELECT count(*)::int AS n FROM activity`))[0].n),
    });
    return { other, token, emailIt, written };
  }

  it('answers MAIL_NOT_CONFIGURED without a mail server, and says what is missing', async () => {
    const { other, token, emailIt, written } = await otherLifeboat({});
    try {
      expect(dataOf(await graphql<{ outgoingMail: { enabled: boolean; missing: string[] } }>(other.url, token, { query: OUTGOING })).outgoingMail).toEqual({
        enabled: false,
        missing: ['SMTP_URL', 'MAIL_FROM'],
      });
      const before = await written();
      const error = firstError(await emailIt());
      expect(error?.extensions?.code).toBe('MAIL_NOT_CONFIGURED');
      expect(error?.message).toContain('SMTP_URL, MAIL_FROM');
      expect(await written()).toEqual(before);
      expect(before.proposal.status).toBe('approved');
    } finally {
      await other.close();
    }
  });

  it('answers MAIL_DELIVERY_FAILED when the mail server cannot be reached, and writes nothing', async () => {
    const { other, emailIt, written } = await otherLifeboat({ SMTP_URL: `smtp://127.0.0.1:${await freePort()}`, MAIL_FROM: 'Lifeboat <lifeboat@example.test>' });
    try {
      const before = await written();
      const error = firstError(await emailIt());
      expect(error?.extensions?.code).toBe('MAIL_DELIVERY_FAILED');
      expect(error?.message).toContain('nothing was sent or changed');
      expect(await written()).toEqual(before);
    } finally {
      await other.close();
    }
  });

  it('sends a fresh draft in one step (submitDraft) within the rep’s limit; a discount beyond it is refused and nothing is written', async () => {
    sink.mails.length = 0;
    const { dealId, contacts } = await seedAccount('Cybercartes');
    const drafted = dataOf(
      await graphql<{ draftProposal: { proposal: P } }>(url, alice, { query: DRAFT, variables: { input: { opportunityId: gid('Opportunity', dealId), discountPercent: 15 } } }),
    ).draftProposal.proposal;
    const input = { proposalId: drafted.id, expectedVersion: drafted.version, contactId: gid('Contact', contacts.anna), language: 'fr', submitDraft: true };

    // 15 % is beyond the rep's 10 %: a manager must approve it first; the draft stays a draft, nothing mailed.
    const refused = firstError(await email(alice, input));
    expect(refused?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.submitDraft', reason: 'needs manager approval' }] });
    expect(sink.mails).toHaveLength(0);
    const [still] = await ds.query(`SELECT status, version FROM proposal WHERE id = $1`, [dbIdOf(drafted.id)]);
    expect(still).toEqual({ status: 'draft', version: drafted.version });
    expect(await audit(drafted.id)).toEqual(['proposal.drafted']);

    // Without submitDraft a draft is refused as before.
    expect(firstError(await email(alice, { ...input, submitDraft: undefined }))?.extensions?.code).toBe('BAD_USER_INPUT');

    // Within the limit: submitted, approved, sent and mailed in one mutation; the deal moves to proposal_sent.
    const within = dataOf(
      await graphql<{ updateProposal: { proposal: P } }>(url, alice, {
        query: `mutation($input: UpdateProposalInput!) { updateProposal(input: $input) { proposal { id status version } } }`,
        variables: { input: { proposalId: drafted.id, expectedVersion: drafted.version, discountPercent: 5 } },
      }),
    ).updateProposal.proposal;
    const res = await email(alice, { ...input, expectedVersion: within.version });
    expect(res.errors).toBeUndefined();
    expect(dataOf(res).emailProposal).toMatchObject({ resent: false, proposal: { status: 'sent', opportunity: { stage: 'proposal_sent' } } });
    expect(sink.mails).toHaveLength(1);
    const offer = await offerBy(linkToken(parseMail(sink.mails[0].raw).text));
    expect(offer.data?.proposalByToken).toMatchObject({ status: 'sent', customerName: 'Cybercartes' });
    expect(await audit(drafted.id)).toEqual(expect.arrayContaining(['proposal.drafted', 'proposal.updated', 'proposal.approved', 'proposal.sent']));
  });
});
