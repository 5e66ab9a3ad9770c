import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue #22, part 1: a rival's feeds (a Statuspage, RSS and Atom news feeds, and signed inbound
 * signals) and what they suggest. A feed is polled when `next_poll_at` has come (its interval,
 * doubled after each consecutive failure up to a cap); the last answer's validators are kept for
 * conditional requests. A suggestion is unique per feed and external id (incident id, item
 * guid/id, else link; the signal's id), so repeated polls and replayed signals add nothing.
 * `incident` keeps a Statuspage incident's structured data (started/resolved, impact, components)
 * so an outage can be made from it. `local_demo` marks the demo's own feeds, served by this very
 * process: only they may reach its port on loopback, and only in the demo (never settable over GraphQL).
 */
export class RivalFeeds1795450000000 implements MigrationInterface {
  name = 'RivalFeeds1795450000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE rival_feed (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        rival_id uuid NOT NULL REFERENCES rival(id) ON DELETE CASCADE,
        kind text NOT NULL CONSTRAINT rival_feed_kind_check CHECK (kind IN ('statuspage','rss','atom','webhook')),
        name text NOT NULL,
        url text,
        secret text,
        active boolean NOT NULL DEFAULT true,
        auto_record boolean NOT NULL DEFAULT false,
        auto_record_min_severity smallint CONSTRAINT rival_feed_min_severity_check CHECK (auto_record_min_severity BETWEEN 1 AND 5),
        poll_interval_seconds integer NOT NULL DEFAULT 300 CONSTRAINT rival_feed_interval_check CHECK (poll_interval_seconds BETWEEN 60 AND 86400),
        etag text,
        last_modified text,
        last_polled_at timestamptz,
        last_success_at timestamptz,
        last_error text,
        last_error_at timestamptz,
        consecutive_failures integer NOT NULL DEFAULT 0,
        next_poll_at timestamptz NOT NULL DEFAULT now(),
        local_demo boolean NOT NULL DEFAULT false,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT rival_feed_url_check CHECK ((kind = 'webhook') = (url IS NULL)),
        CONSTRAINT rival_feed_secret_check CHECK ((kind = 'webhook') = (secret IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX rival_feed_rival_idx ON rival_feed (rival_id, created_at)`);
    await q.query(`CREATE INDEX rival_feed_due_idx ON rival_feed (next_poll_at) WHERE active AND kind <> 'webhook'`);
    await q.query(`
      CREATE TABLE suggested_distress_event (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        rival_id uuid NOT NULL REFERENCES rival(id) ON DELETE CASCADE,
        feed_id uuid REFERENCES rival_feed(id) ON DELETE SET NULL,
        external_id text NOT NULL,
        kind text NOT NULL,
        severity smallint NOT NULL CONSTRAINT suggested_distress_event_severity_check CHECK (severity BETWEEN 1 AND 5),
        title text NOT NULL,
        summary text,
        source_url text,
        published_at timestamptz,
        incident jsonb,
        status text NOT NULL DEFAULT 'pending' CONSTRAINT suggested_distress_event_status_check CHECK (status IN ('pending','confirmed','dismissed')),
        distress_event_id uuid REFERENCES distress_event(id) ON DELETE SET NULL,
        decided_at timestamptz,
        decided_by text,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX suggested_distress_event_feed_external_idx ON suggested_distress_event (feed_id, external_id)`);
    await q.query(`CREATE INDEX suggested_distress_event_rival_idx ON suggested_distress_event (rival_id, status, created_at DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE suggested_distress_event`);
    await q.query(`DROP TABLE rival_feed`);
  }
}
