import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue #6 (access): every call through an API key is audited as that key, reads included. A call
 * changes nothing, so it has no before/after: what it was (operation type, name, root fields,
 * outcome) goes into `details`. Adding a nullable column rewrites no row (the table's trigger that
 * refuses UPDATE and DELETE is not involved), and the existing (entity_id, at, id) index serves
 * a key's calls.
 */
export class AuditEntryDetails1795401300000 implements MigrationInterface {
  name = 'AuditEntryDetails1795401300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE audit_entry ADD COLUMN details jsonb`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE audit_entry DROP COLUMN details`);
  }
}
