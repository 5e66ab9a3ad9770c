import type { DataSource } from 'typeorm';

/**
 * A fault injected into the database for a spec: the first UPDATE of `table` whose rows meet
 * `when` (a condition on OLD and NEW, in PL/pgSQL) fails with `message`; the later ones pass.
 * `updates()` says how many such updates were tried; `remove()` takes the fault away.
 */
export async function failOnce(
  ds: DataSource,
  name: string,
  table: string,
  when: string,
  message: string,
): Promise<{ updates: () => Promise<number>; remove: () => Promise<void> }> {
  await ds.query(`CREATE SEQUENCE ${name}_seq`);
  await ds.query(`CREATE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF ${when} THEN
        IF nextval('${name}_seq') = 1 THEN RAISE EXCEPTION '${message.replace(/'/g, "''")}'; END IF;
      END IF;
      RETURN NEW;
    END $$`);
  await ds.query(`CREATE TRIGGER ${name} BEFORE UPDATE ON ${table} FOR EACH ROW EXECUTE FUNCTION ${name}()`);
  return {
    updates: async () => Number((await ds.query(`SELECT CASE WHEN is_called THEN last_value ELSE 0 END AS n FROM ${name}_seq`))[0].n),
    remove: async () => {
      await ds.query(`DROP TRIGGER ${name} ON ${table}`);
      await ds.query(`DROP FUNCTION ${name}()`);
      await ds.query(`DROP SEQUENCE ${name}_seq`);
    },
  };
}
