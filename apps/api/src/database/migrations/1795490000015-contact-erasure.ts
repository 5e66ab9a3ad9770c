import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue #21 part 4: a contact erased on request (GDPR art. 17) leaves an anonymised audit. Audit
 * entries stay immutable — never deleted, their action, entity, actor and time never edited — but
 * an erasure may rewrite what an entry *says* (`changes`, `details`) to take the person's data out,
 * and only inside a transaction that declared itself one (`SET LOCAL lifeboat.erasing = 'on'`,
 * which only `ContactErasureService` does). Anything else is refused as before.
 */
export class ContactErasure1795490000015 implements MigrationInterface {
  name = 'ContactErasure1795490000015';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE OR REPLACE FUNCTION audit_entry_is_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' AND current_setting('lifeboat.erasing', true) = 'on'
           AND (to_jsonb(NEW) - 'changes' - 'details') = (to_jsonb(OLD) - 'changes' - 'details') THEN
          RETURN NEW;
        END IF;
        RAISE EXCEPTION 'audit entries are never edited or deleted';
      END $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE OR REPLACE FUNCTION audit_entry_is_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit entries are never edited or deleted';
      END $$`);
  }
}
