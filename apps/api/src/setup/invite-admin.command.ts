import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig, redactUrl } from '../config/app-config';
import { openDatabase, OpenDatabase } from '../database/open-database';
import { ENTITIES } from '../entities';
import { inviteAdmin, SetupRefusal } from './invite-admin';

const USAGE =
  'Usage: npm run admin:invite -- --email ada@example.com [--name "Ada Admin"] [--locale en|fr] [--url https://lifeboat.example.com]\n' +
  '  Invites an admin and prints their single-use link (valid 7 days), on the database of the environment\n' +
  '  (DATABASE_URL, else the embedded one in LIFEBOAT_DATA_DIR). --url is where people open Lifeboat\n' +
  '  (default http://localhost:$PORT).';

/**
 * The operator's way to the first admin (or a new one when locked out): see invite-admin.ts.
 *   NODE_ENV=production DATABASE_URL=postgres://… npm run admin:invite -- --email ada@example.com
 * Prints the link on stdout (and nothing secret anywhere else); exits 0 when invited, 1 when refused
 * or when the database cannot be opened (the embedded one is one process's: stop the api first).
 */
async function main(): Promise<number> {
  let values: { email?: string; name?: string; locale?: string; url?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      options: { email: { type: 'string' }, name: { type: 'string' }, locale: { type: 'string' }, url: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      strict: true,
    }));
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 1;
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (!values.email) {
    console.error(`--email is required.\n${USAGE}`);
    return 1;
  }
  const config = loadConfig();
  const baseUrl = values.url ?? `http://localhost:${config.http.port}`;
  if (!/^https?:\/\/[^\s/]+/.test(baseUrl)) {
    console.error(`--url "${baseUrl}" must be an http:// or https:// address, e.g. https://lifeboat.example.com.`);
    return 1;
  }
  const where = config.database.kind === 'server' ? redactUrl(config.database.url) : `the embedded database in ${config.database.dataDir}`;
  let db: OpenDatabase | undefined;
  try {
    db = await openDatabase(config, ENTITIES);
    const invited = await inviteAdmin(db.dataSource, { email: values.email, name: values.name, locale: values.locale, baseUrl });
    console.log(
      `Invited ${invited.name} <${invited.email}> as admin (${invited.locale}) in ${where}` +
        (invited.activeAdminsBefore > 0 ? `, beside ${invited.activeAdminsBefore} active admin(s)` : ', its first admin') +
        '.\nSend them this link: it sets their password, works once and expires in 7 days.\n\n' +
        `  ${invited.link}\n`,
    );
    return 0;
  } catch (error) {
    if (error instanceof SetupRefusal) {
      console.error(error.message);
      return 1;
    }
    throw error;
  } finally {
    await db?.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof ConfigError ? error.message : `Could not invite the admin: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
