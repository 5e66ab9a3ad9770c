import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Users and sessions, API keys; campaigns and their teams; accounts with what they buy from the
 * rival, their contacts; opportunities, their stage history and activities; the audit trail
 * (never edited: a trigger refuses UPDATE and DELETE); in-app notifications.
 */
export class IdentityCampaignsPipeline1795400100000 implements MigrationInterface {
  name = 'IdentityCampaignsPipeline1795400100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE app_user (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL,
        name text NOT NULL,
        role text NOT NULL CHECK (role IN ('admin','manager','rep')),
        password_hash text,
        active boolean NOT NULL DEFAULT true,
        is_demo boolean NOT NULL DEFAULT false,
        locale text NOT NULL DEFAULT 'en' CHECK (locale IN ('en','fr')),
        last_login_at timestamptz,
        version int NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX app_user_email_uq ON app_user (lower(email))`);
    await q.query(`CREATE INDEX app_user_name_id_idx ON app_user (name, id)`);

    await q.query(`
      CREATE TABLE instance_setting (
        key text PRIMARY KEY,
        value text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);

    await q.query(`
      CREATE TABLE user_invitation (
        token_hash text PRIMARY KEY,
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        used_at timestamptz
      )`);
    await q.query(`CREATE INDEX user_invitation_user_idx ON user_invitation (user_id)`);

    await q.query(`
      CREATE TABLE auth_session (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        refresh_token_hash text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_used_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz,
        user_agent text,
        ip text
      )`);
    await q.query(`CREATE UNIQUE INDEX auth_session_token_uq ON auth_session (refresh_token_hash)`);
    await q.query(`CREATE INDEX auth_session_user_idx ON auth_session (user_id) WHERE revoked_at IS NULL`);

    await q.query(`
      CREATE TABLE campaign (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        rival_id uuid NOT NULL REFERENCES rival(id),
        name text NOT NULL,
        status text NOT NULL DEFAULT 'active' CHECK (status IN ('active','closed')),
        settings jsonb NOT NULL DEFAULT '{}',
        currency char(3) NOT NULL DEFAULT 'EUR',
        version int NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX campaign_rival_idx ON campaign (rival_id)`);
    await q.query(`CREATE INDEX campaign_name_id_idx ON campaign (name, id)`);

    await q.query(`
      CREATE TABLE campaign_member (
        campaign_id uuid NOT NULL REFERENCES campaign(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        team_role text NOT NULL CHECK (team_role IN ('manager','rep')),
        added_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (campaign_id, user_id)
      )`);
    await q.query(`CREATE INDEX campaign_member_user_idx ON campaign_member (user_id)`);

    await q.query(`
      CREATE TABLE api_key (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        key_prefix text NOT NULL,
        secret_hash text NOT NULL,
        scopes text[] NOT NULL,
        campaign_id uuid REFERENCES campaign(id) ON DELETE CASCADE,
        created_by uuid REFERENCES app_user(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        last_used_at timestamptz,
        revoked_at timestamptz,
        version int NOT NULL DEFAULT 1
      )`);
    await q.query(`CREATE UNIQUE INDEX api_key_prefix_uq ON api_key (key_prefix)`);

    await q.query(`
      CREATE TABLE account (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        campaign_id uuid NOT NULL REFERENCES campaign(id),
        name text NOT NULL,
        normalized_name text NOT NULL,
        segment text NOT NULL CHECK (segment IN ('enterprise_vpn','isp_wholesale','hosting','colocation','smb_web')),
        countries char(2)[] NOT NULL DEFAULT '{}',
        monthly_spend bigint NOT NULL DEFAULT 0 CHECK (monthly_spend >= 0),
        contract_ends_at timestamptz,
        prepaid_until timestamptz,
        has_backup_provider boolean NOT NULL DEFAULT false,
        rival_is_principal_operator boolean NOT NULL DEFAULT false,
        owner_id uuid REFERENCES app_user(id),
        external_ref text,
        competing_bidders text[] NOT NULL DEFAULT '{}',
        urgency smallint NOT NULL DEFAULT 0,
        urgency_factors jsonb NOT NULL DEFAULT '[]',
        urgency_computed_at timestamptz,
        last_contact_at timestamptz,
        version int NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX account_external_ref_uq ON account (campaign_id, external_ref) WHERE external_ref IS NOT NULL`);
    await q.query(`CREATE INDEX account_campaign_urgency_idx ON account (campaign_id, urgency DESC, id)`);
    await q.query(`CREATE INDEX account_campaign_name_idx ON account (campaign_id, name, id)`);
    await q.query(`CREATE INDEX account_campaign_spend_idx ON account (campaign_id, monthly_spend DESC, id)`);
    await q.query(`CREATE INDEX account_campaign_segment_idx ON account (campaign_id, segment)`);
    await q.query(`CREATE INDEX account_owner_idx ON account (owner_id, urgency DESC)`);
    await q.query(`CREATE INDEX account_unowned_idx ON account (campaign_id, urgency DESC) WHERE owner_id IS NULL`);
    await q.query(`CREATE INDEX account_normalized_name_idx ON account (campaign_id, normalized_name)`);
    await q.query(`CREATE INDEX account_name_search_idx ON account (lower(name) text_pattern_ops)`);

    await q.query(`
      CREATE TABLE rival_service (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        account_id uuid NOT NULL REFERENCES account(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('vpn','ip_transit','hosting','colocation','web_hosting','voice')),
        quantity int NOT NULL CHECK (quantity > 0),
        monthly_cost bigint NOT NULL CHECK (monthly_cost >= 0),
        position int NOT NULL DEFAULT 0
      )`);
    await q.query(`CREATE INDEX rival_service_account_idx ON rival_service (account_id, position)`);

    await q.query(`
      CREATE TABLE contact (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        account_id uuid NOT NULL REFERENCES account(id) ON DELETE CASCADE,
        name text NOT NULL,
        title text,
        email text,
        phone text,
        decision_maker boolean NOT NULL DEFAULT false,
        version int NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX contact_account_idx ON contact (account_id, name, id)`);
    await q.query(`CREATE INDEX contact_name_search_idx ON contact (lower(name) text_pattern_ops)`);

    await q.query(`
      CREATE TABLE opportunity (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        account_id uuid NOT NULL REFERENCES account(id) ON DELETE CASCADE,
        campaign_id uuid NOT NULL REFERENCES campaign(id),
        stage text NOT NULL CHECK (stage IN ('identified','contacted','proposal_sent','negotiating','won','lost')),
        stage_entered_at timestamptz NOT NULL DEFAULT now(),
        due_at timestamptz,
        monthly_value bigint NOT NULL DEFAULT 0 CHECK (monthly_value >= 0),
        one_time_value bigint NOT NULL DEFAULT 0 CHECK (one_time_value >= 0),
        term_months int NOT NULL DEFAULT 12 CHECK (term_months > 0),
        probability smallint CHECK (probability BETWEEN 0 AND 100),
        expected_close_at timestamptz,
        lost_reason text CHECK (lost_reason IN ('chose_competitor','rival_rescued','price','timing','no_decision','other')),
        lost_to_bidder text,
        note text,
        first_contact_at timestamptz,
        closed_at timestamptz,
        version int NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX opportunity_one_open_per_account_uq ON opportunity (account_id) WHERE stage NOT IN ('won','lost')`);
    await q.query(`CREATE INDEX opportunity_account_idx ON opportunity (account_id, created_at DESC)`);
    await q.query(`CREATE INDEX opportunity_campaign_stage_idx ON opportunity (campaign_id, stage)`);
    await q.query(`CREATE INDEX opportunity_open_due_idx ON opportunity (campaign_id, due_at) WHERE stage NOT IN ('won','lost')`);
    await q.query(`CREATE INDEX opportunity_campaign_value_idx ON opportunity (campaign_id, monthly_value DESC, id)`);

    await q.query(`
      CREATE TABLE stage_transition (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        opportunity_id uuid NOT NULL REFERENCES opportunity(id) ON DELETE CASCADE,
        campaign_id uuid NOT NULL REFERENCES campaign(id),
        from_stage text,
        to_stage text NOT NULL,
        at timestamptz NOT NULL DEFAULT now(),
        due_at timestamptz,
        actor_label text NOT NULL
      )`);
    await q.query(`CREATE INDEX stage_transition_opportunity_idx ON stage_transition (opportunity_id, at)`);
    await q.query(`CREATE INDEX stage_transition_campaign_idx ON stage_transition (campaign_id, at)`);

    await q.query(`
      CREATE TABLE activity (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        campaign_id uuid NOT NULL REFERENCES campaign(id),
        account_id uuid NOT NULL REFERENCES account(id) ON DELETE CASCADE,
        opportunity_id uuid REFERENCES opportunity(id) ON DELETE SET NULL,
        kind text NOT NULL CHECK (kind IN ('call','email','meeting','note','stage_change','proposal_sent','signed')),
        occurred_at timestamptz NOT NULL,
        author_user_id uuid REFERENCES app_user(id),
        author_label text NOT NULL,
        body text NOT NULL DEFAULT '',
        outcome text,
        next_step_at timestamptz,
        metadata jsonb NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX activity_account_idx ON activity (account_id, occurred_at DESC, id)`);
    await q.query(`CREATE INDEX activity_campaign_idx ON activity (campaign_id, occurred_at DESC)`);

    await q.query(`
      CREATE TABLE audit_entry (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        at timestamptz NOT NULL DEFAULT now(),
        actor_type text NOT NULL CHECK (actor_type IN ('user','api_key','system','customer')),
        actor_id text,
        actor_label text NOT NULL,
        action text NOT NULL,
        entity_type text NOT NULL,
        entity_id uuid NOT NULL,
        campaign_id uuid,
        changes jsonb NOT NULL DEFAULT '[]'
      )`);
    await q.query(`CREATE INDEX audit_entry_entity_idx ON audit_entry (entity_id, at, id)`);
    await q.query(`CREATE INDEX audit_entry_campaign_idx ON audit_entry (campaign_id, at)`);
    await q.query(`
      CREATE FUNCTION audit_entry_is_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit entries are never edited or deleted';
      END $$`);
    await q.query(`
      CREATE TRIGGER audit_entry_immutable BEFORE UPDATE OR DELETE ON audit_entry
      FOR EACH ROW EXECUTE FUNCTION audit_entry_is_immutable()`);

    await q.query(`
      CREATE TABLE notification (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        campaign_id uuid REFERENCES campaign(id) ON DELETE CASCADE,
        kind text NOT NULL,
        title text NOT NULL,
        body text NOT NULL DEFAULT '',
        entity_id uuid,
        dedupe_key text,
        created_at timestamptz NOT NULL DEFAULT now(),
        read_at timestamptz
      )`);
    await q.query(`CREATE INDEX notification_user_idx ON notification (user_id, created_at DESC)`);
    await q.query(`CREATE UNIQUE INDEX notification_dedupe_uq ON notification (user_id, dedupe_key) WHERE dedupe_key IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'notification',
      'audit_entry',
      'activity',
      'stage_transition',
      'opportunity',
      'contact',
      'rival_service',
      'account',
      'api_key',
      'campaign_member',
      'campaign',
      'auth_session',
      'user_invitation',
      'app_user',
      'instance_setting',
    ]) {
      await q.query(`DROP TABLE ${table}`);
    }
    await q.query(`DROP FUNCTION audit_entry_is_immutable()`);
  }
}
