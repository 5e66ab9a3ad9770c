import { DataSource } from 'typeorm';
import { RunningLifeboat } from '../bootstrap';
import { startTestServer } from '../testing/test-app';
import { createUser, signIn, clientFor } from '../testing/auth';
import { fromGlobalId, toGlobalId } from '../common/graphql/global-id';
import { ERASED, personPattern, scrubJson } from './contact-erasure';
import { MIGRATIONS } from '../database/migrations';
import { ContactErasure1795490000015 } from '../database/migrations/1795490000015-contact-erasure';

const CREATE = `mutation($input: CreateAccountInput!) { createAccount(input: $input) { account { id version contacts { id name } } } }`;
const UPDATE = `mutation($input: UpdateAccountInput!) { updateAccount(input: $input) { account { id version } } }`;
const ERASE = `mutation($input: EraseContactInput!) { eraseContact(input: $input) {
  account { id version contacts { id name email } }
  erasure { contactId activities auditEntries events webhookDeliveries notifications signedProposalsKept } } }`;

describe('erasing a contact on request (GDPR art. 17): gone from every record, an anonymised audit left (embedded or server PostgreSQL)', () => {
  let lifeboat: RunningLifeboat & { url: string };
  let ds: DataSource;
  let campaignId: string;
  const tokens: Record<string, string> = {};
  const { gql, must } = clientFor(() => lifeboat.url, tokens);
  /** Rows of the tables that may keep a person whose text mentions `needle`. */
  const traces = async (needle: string) => {
    const like = `%${needle.toLowerCase()}%`;
    const [row] = await ds.query(
      `SELECT (SELECT count(*)::int FROM contact WHERE lower(name || coalesce(email, '') || coalesce(phone, '')) LIKE $1) AS contacts,
              (SELECT count(*)::int FROM activity WHERE lower(body || metadata::text || coalesce(details::text, '')) LIKE $1) AS activities,
              (SELECT count(*)::int FROM audit_entry WHERE lower(changes::text || coalesce(details::text, '')) LIKE $1) AS audit,
              (SELECT count(*)::int FROM notification WHERE lower(title || body) LIKE $1) AS notifications,
              (SELECT count(*)::int FROM outbox_event WHERE lower(payload::text) LIKE $1) AS events`,
      [like],
    );
    return row as Record<string, number>;
  };
  const none = { contacts: 0, activities: 0, audit: 0, notifications: 0, events: 0 };

  beforeAll(async () => {
    lifeboat = await startTestServer();
    ds = lifeboat.db.dataSource;
    const [rival] = await ds.query(`INSERT INTO rival (name, country, health) VALUES ('AMEN', 'FR', 'distressed') RETURNING id`);
    const [other] = await ds.query(`INSERT INTO campaign (rival_id, name) VALUES ($1, 'AMEN elsewhere') RETURNING id`, [rival.id]);
    [{ id: campaignId }] = await ds.query(`INSERT INTO campaign (rival_id, name) VALUES ($1, 'AMEN rescue') RETURNING id`, [rival.id]);
    const marc = await createUser(ds, { email: 'marc@example.test', role: 'manager', campaignIds: [campaignId] });
    const chloe = await createUser(ds, { email: 'chloe@example.test', role: 'rep', campaignIds: [campaignId] });
    const manon = await createUser(ds, { email: 'manon@example.test', role: 'manager', campaignIds: [other.id] });
    for (const [name, u] of Object.entries({ marc, chloe, manon })) tokens[name] = await signIn(lifeboat.url, u.email, u.password);
  });

  afterAll(async () => {
    await lifeboat?.close();
  });

  it('takes the person out of the contact, the timeline, the audit trail, events and notifications; keeps the others; audits the erasure without them', async () => {
    const created = (
      await must('marc', CREATE, {
        input: {
          campaignId: toGlobalId('Campaign', campaignId),
          name: 'Association Vélo Cité',
          segment: 'smb_web',
          monthlySpend: 2900,
          contacts: [
            { name: 'Sophie Renard', email: 'Sophie.Renard@velocite.example', phone: '+33 6 12 34 56 78', title: 'Présidente' },
            { name: 'Paul Martin', email: 'paul@velocite.example' },
          ],
        },
      })
    ).createAccount.account;
    const sophie = created.contacts.find((c: any) => c.name === 'Sophie Renard').id;
    const accountId = fromGlobalId(created.id, 'id').id;
    const sophieId = fromGlobalId(sophie, 'id').id;
    // Her title changes: the audit keeps her snapshot before and after.
    const updated = (await must('marc', UPDATE, { input: { id: created.id, expectedVersion: created.version, contacts: [{ id: sophie, name: 'Sophie Renard', title: 'Trésorière', email: 'Sophie.Renard@velocite.example', phone: '+33612345678' }] } }))
      .updateAccount.account;
    // What a timeline, a notification, an event and a collective keep of her.
    await ds.query(
      `INSERT INTO activity (campaign_id, account_id, kind, occurred_at, author_label, body, metadata, details)
       VALUES ($1, $2, 'proposal_sent', now(), 'Marc Manager', 'Proposal sent by email to Sophie Renard <sophie.renard@velocite.example>.', '{"recipientEmail":"sophie.renard@velocite.example"}',
               '{"recipientName":"Sophie Renard","recipientEmail":"sophie.renard@velocite.example","language":"fr"}'),
              ($1, $2, 'call', now(), 'Marc Manager', 'Called Paul about the forum.', '{}', NULL)`,
      [campaignId, accountId],
    );
    const [{ id: marcId }] = await ds.query(`SELECT id FROM app_user WHERE email = 'marc@example.test'`);
    await ds.query(`INSERT INTO notification (user_id, campaign_id, kind, title, body) VALUES ($1, $2, 'mention', 'Sophie Renard called back', 'Call +33 6 12 34 56 78 before noon')`, [marcId, campaignId]);
    await ds.query(`INSERT INTO outbox_event (type, payload, dispatched_at) VALUES ('contact.test', $1, now())`, [JSON.stringify({ contact: { id: sophie, name: 'Sophie Renard', email: 'sophie.renard@velocite.example' } })]);
    const [{ id: collectiveId }] = await ds.query(
      `INSERT INTO collective (campaign_id, name, spokesperson_contact_id) VALUES ($1, 'Collectif des clients AMEN', $2) RETURNING id`,
      [campaignId, sophieId],
    );
    for (const needle of ['Sophie Renard', 'sophie.renard@velocite.example', '+33 6 12 34 56 78']) expect(Object.values(await traces(needle)).some((n) => n > 0)).toBe(true);
    const auditBefore = Number((await ds.query(`SELECT count(*)::int AS n FROM audit_entry`))[0].n);

    // Refused, and nothing written: a rep, another campaign's manager, a stale version, not a contact id.
    expect((await gql('chloe', ERASE, { input: { contactId: sophie, expectedVersion: updated.version } })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await gql('manon', ERASE, { input: { contactId: sophie, expectedVersion: updated.version } })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await gql('marc', ERASE, { input: { contactId: sophie, expectedVersion: updated.version - 1 } })).errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const wrongKind = await gql('marc', ERASE, { input: { contactId: created.id, expectedVersion: updated.version } });
    expect(wrongKind.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(wrongKind.errors?.[0]?.extensions)).toContain('input.contactId');
    expect((await traces('Sophie Renard')).contacts).toBe(1);

    const res = (await must('marc', ERASE, { input: { contactId: sophie, expectedVersion: updated.version } })).eraseContact;
    expect(res.account.contacts).toEqual([expect.objectContaining({ name: 'Paul Martin', email: 'paul@velocite.example' })]);
    expect(res.account.version).toBe(updated.version + 1);
    expect(res.erasure).toEqual({ contactId: sophie, activities: 1, auditEntries: 2, events: 1, webhookDeliveries: 0, notifications: 1, signedProposalsKept: 0 });

    // Nowhere, in any spelling of her email.
    for (const needle of ['Sophie Renard', 'sophie.renard@velocite.example', '+33 6 12 34 56 78', 'Renard']) expect(await traces(needle)).toEqual(none);
    expect(await ds.query(`SELECT spokesperson_contact_id FROM collective WHERE id = $1`, [collectiveId])).toEqual([{ spokesperson_contact_id: null }]);
    // The others stay: Paul, the call about the forum, the account's own history.
    expect((await traces('paul@velocite.example')).audit).toBeGreaterThan(0);
    expect((await traces('Called Paul about the forum')).activities).toBe(1);
    const [snapshot] = await ds.query(`SELECT changes FROM audit_entry WHERE action = 'account.created' AND entity_id = $1`, [accountId]);
    const contacts = (snapshot.changes as Array<{ field: string; after: unknown }>).find((c) => c.field === 'contacts')?.after as Array<Record<string, unknown>>;
    expect(contacts).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: sophieId, name: ERASED, email: ERASED, phone: ERASED, title: ERASED }),
        expect.objectContaining({ name: 'Paul Martin', email: 'paul@velocite.example' }),
      ]),
    );

    // The audit lost no entry and gained the erasure's, which says who erased, when and how much — not whom.
    expect(Number((await ds.query(`SELECT count(*)::int AS n FROM audit_entry`))[0].n)).toBe(auditBefore + 1);
    const [entry] = await ds.query(`SELECT actor_label, entity_type, entity_id, campaign_id, changes FROM audit_entry WHERE action = 'contact.erased'`);
    expect(entry).toMatchObject({ actor_label: 'marc', entity_type: 'Contact', entity_id: sophieId, campaign_id: campaignId });
    expect(JSON.stringify(entry.changes)).toContain('GDPR art. 17');
    expect(JSON.stringify(entry.changes).toLowerCase()).not.toMatch(/sophie|renard|velocite|\+33/);
    // Erasing again: she is not found.
    expect((await gql('marc', ERASE, { input: { contactId: sophie, expectedVersion: res.account.version } })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('keeps the audit trail immutable outside an erasure, and inside one but for what an entry says', async () => {
    const [{ id }] = await ds.query(`SELECT id FROM audit_entry ORDER BY at LIMIT 1`);
    await expect(ds.query(`UPDATE audit_entry SET changes = '[]' WHERE id = $1`, [id])).rejects.toThrow(/never edited or deleted/);
    await expect(ds.query(`DELETE FROM audit_entry WHERE id = $1`, [id])).rejects.toThrow(/never edited or deleted/);
    await expect(
      ds.transaction(async (m) => {
        await m.query(`SELECT set_config('lifeboat.erasing', 'on', true)`);
        await m.query(`UPDATE audit_entry SET action = 'nothing.happened' WHERE id = $1`, [id]);
      }),
    ).rejects.toThrow(/never edited or deleted/);
    await expect(
      ds.transaction(async (m) => {
        await m.query(`SELECT set_config('lifeboat.erasing', 'on', true)`);
        await m.query(`DELETE FROM audit_entry WHERE id = $1`, [id]);
      }),
    ).rejects.toThrow(/never edited or deleted/);
  });
});

describe('the erasure migration (embedded or server PostgreSQL)', () => {
  let lifeboat: RunningLifeboat & { url: string };
  beforeAll(async () => {
    lifeboat = await startTestServer();
  });
  afterAll(() => lifeboat?.close());

  it('has a down that makes the audit trail fully immutable again, and an up that lets an erasure rewrite entries again', async () => {
    const ds = lifeboat.db.dataSource;
    const [{ id }] = await ds.query(`INSERT INTO audit_entry (actor_type, actor_label, action, entity_type, entity_id, changes) VALUES ('system', 'test', 'test.entry', 'Test', gen_random_uuid(), '[{"field":"name","after":"Ana Lee"}]') RETURNING id`);
    const rewrite = () =>
      ds.transaction(async (m) => {
        await m.query(`SELECT set_config('lifeboat.erasing', 'on', true)`);
        await m.query(`UPDATE audit_entry SET changes = '[{"field":"name","after":"[erased]"}]' WHERE id = $1`, [id]);
      });
    // Later migrations are undone first (and applied again by runMigrations).
    for (let i = MIGRATIONS.indexOf(ContactErasure1795490000015); i < MIGRATIONS.length; i++) await ds.undoLastMigration({ transaction: 'each' });
    await expect(rewrite()).rejects.toThrow(/never edited or deleted/);
    await ds.runMigrations({ transaction: 'each' });
    await rewrite();
    expect((await ds.query(`SELECT changes FROM audit_entry WHERE id = $1`, [id]))[0].changes).toEqual([{ field: 'name', after: '[erased]' }]);
  });
});

describe('scrubJson and personPattern', () => {
  it('take a name, an email (any case) and a phone out of any string, and empty the snapshot of the contact by id', () => {
    const pattern = personPattern({ name: 'Ana Lee', email: 'ana.lee@x.example', phone: '+44 20 7946 0000' });
    expect('Mail ANA.LEE@X.EXAMPLE or call +44 20 7946 0000, Ana Lee; Anatole stays'.replace(pattern, ERASED)).toBe(`Mail ${ERASED} or call ${ERASED}, ${ERASED}; Anatole stays`);
    const value = { contacts: [{ id: 'c1', name: 'A. Lee', title: 'CEO', email: null }, { id: 'c2', name: 'Bo', title: 'CTO' }], note: 'Ana Lee said yes', n: 3 };
    expect(scrubJson(value, pattern, new Set(['c1']))).toEqual({
      contacts: [{ id: 'c1', name: ERASED, title: ERASED, email: null }, { id: 'c2', name: 'Bo', title: 'CTO' }],
      note: `${ERASED} said yes`,
      n: 3,
    });
  });

  it('ignores values too short to identify anyone (an initial, an empty phone)', () => {
    expect('Al called Alice'.replace(personPattern({ name: 'Al', email: null, phone: '' }), ERASED)).toBe('Al called Alice');
  });
});
