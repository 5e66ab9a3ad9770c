import {
  ACTIVITY_KINDS,
  DISTRESS_KINDS,
  isLostReason,
  isStage,
  LOST_REASONS,
  MIGRATION_STATUSES,
  OPEN_STAGES,
  PROPOSAL_STATUSES,
  RIVAL_HEALTHS,
  ROLES,
  SEGMENTS,
  SERVICE_KINDS,
  STAGES,
} from './vocabulary';

describe('the vocabulary of DESIGN.md §3', () => {
  it('uses the exact values the tables, GraphQL enums and UI share', () => {
    expect(STAGES).toEqual(['identified', 'contacted', 'proposal_sent', 'negotiating', 'won', 'lost']);
    expect(OPEN_STAGES).toEqual(['identified', 'contacted', 'proposal_sent', 'negotiating']);
    expect(ROLES).toEqual(['admin', 'manager', 'rep']);
    expect(LOST_REASONS).toEqual(['chose_competitor', 'rival_rescued', 'price', 'timing', 'no_decision', 'other']);
    expect(SEGMENTS).toEqual(['enterprise_vpn', 'isp_wholesale', 'hosting', 'colocation', 'smb_web']);
    expect(RIVAL_HEALTHS).toEqual(['operating', 'distressed', 'insolvent', 'liquidating', 'shut_down']);
    expect(DISTRESS_KINDS).toEqual([
      'payment_default',
      'court_hearing',
      'liquidation_ordered',
      'strike',
      'outage',
      'acquisition_announced',
      'shutdown_warning',
      'customer_collective',
      'press_report',
    ]);
    expect(SERVICE_KINDS).toEqual(['vpn', 'ip_transit', 'hosting', 'colocation', 'web_hosting', 'voice']);
    expect(ACTIVITY_KINDS).toEqual(['call', 'email', 'meeting', 'note', 'stage_change', 'proposal_sent', 'signed']);
    expect(PROPOSAL_STATUSES).toContain('sent');
    expect(MIGRATION_STATUSES).toEqual(['planned', 'provisioning', 'scheduled', 'migrated', 'at_risk']);
  });

  it('guards tell members from other values', () => {
    expect(isStage('negotiating')).toBe(true);
    expect(isStage('signed')).toBe(false);
    expect(isStage(3)).toBe(false);
    expect(isLostReason('price')).toBe(true);
    expect(isLostReason('bored')).toBe(false);
  });
});
