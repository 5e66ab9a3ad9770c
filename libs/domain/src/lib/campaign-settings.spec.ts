import {
  CAMPAIGN_SETTING_RULES,
  DEFAULT_CAMPAIGN_SETTINGS,
  describeSettingRule,
  obeysSettingRule,
  resolveCampaignSettings,
  type CampaignSettingsOverrides,
} from './campaign-settings';
import { DomainRuleError } from './domain-error';

describe('a campaign with no stored settings runs on the defaults of DESIGN.md §4', () => {
  it('has the one-week cycle, the discount limits, the switch credit and Paris time', () => {
    const settings = resolveCampaignSettings(null);
    expect(settings).toEqual(DEFAULT_CAMPAIGN_SETTINGS);
    expect(settings.timeZone).toBe('Europe/Paris');
    expect(settings.stageDueBusinessDays).toEqual({ identified: 2, contacted: 5, proposal_sent: 5, negotiating: 5 });
    expect(settings.migrationLeadDays).toEqual({ enterprise_vpn: 10, isp_wholesale: 10, colocation: 7, hosting: 5, smb_web: 3 });
    expect(settings.discountLimits).toEqual({ repPercent: 10, managerPercent: 25 });
    expect(settings.switchCredit).toEqual({ ratePercent: 50, capMonths: 3 });
    expect(settings.proposalValidityDays).toBe(7);
    expect(settings.weeklyMigrationCapacity).toBe(40);
    expect(settings.urgencyWeights.shutdownWithin7Days).toBe(40);
    expect(resolveCampaignSettings()).toEqual(DEFAULT_CAMPAIGN_SETTINGS);
  });

  it('returns a fresh object: changing it leaves the frozen defaults alone', () => {
    const settings = resolveCampaignSettings({});
    settings.discountLimits.repPercent = 15;
    settings.urgencyWeights.noBackupProvider = 0;
    expect(DEFAULT_CAMPAIGN_SETTINGS.discountLimits.repPercent).toBe(10);
    expect(DEFAULT_CAMPAIGN_SETTINGS.urgencyWeights.noBackupProvider).toBe(20);
    expect(Object.isFrozen(DEFAULT_CAMPAIGN_SETTINGS.discountLimits)).toBe(true);
  });
});

describe('the AMEN campaign stores only what differs, as a partial JSON', () => {
  it('merges key by key, nested objects included', () => {
    const settings = resolveCampaignSettings({
      timeZone: 'Europe/London',
      stageDueBusinessDays: { identified: 1 },
      migrationLeadDays: { smb_web: 2 },
      discountLimits: { managerPercent: 30 },
      switchCredit: { ratePercent: 62.5 },
      weeklyMigrationCapacity: 120,
      urgencyWeights: { monthlySpendMax: 5 },
    });
    expect(settings.timeZone).toBe('Europe/London');
    expect(settings.stageDueBusinessDays).toEqual({ identified: 1, contacted: 5, proposal_sent: 5, negotiating: 5 });
    expect(settings.migrationLeadDays.smb_web).toBe(2);
    expect(settings.migrationLeadDays.enterprise_vpn).toBe(10);
    expect(settings.discountLimits).toEqual({ repPercent: 10, managerPercent: 30 });
    expect(settings.switchCredit).toEqual({ ratePercent: 62.5, capMonths: 3 });
    expect(settings.weeklyMigrationCapacity).toBe(120);
    expect(settings.urgencyWeights.monthlySpendMax).toBe(5);
    expect(settings.urgencyWeights.multiCountry).toBe(5);
  });

  it('ignores keys it does not know and treats null values as absent', () => {
    const stored = { colour: 'red', proposalValidityDays: null } as unknown as CampaignSettingsOverrides;
    expect(resolveCampaignSettings(stored)).toEqual(DEFAULT_CAMPAIGN_SETTINGS);
  });
});

describe('stored settings that cannot be used are refused, naming the field', () => {
  const refused = (overrides: unknown, field: string) => {
    try {
      resolveCampaignSettings(overrides as CampaignSettingsOverrides);
    } catch (error) {
      expect(error).toBeInstanceOf(DomainRuleError);
      expect(error).toMatchObject({ code: 'INVALID_ARGUMENT', field });
      return;
    }
    throw new Error(`expected ${JSON.stringify(overrides)} to be refused`);
  };

  it.each([
    [{ timeZone: 'Europe/Atlantis' }, 'timeZone'],
    [{ timeZone: 42 }, 'timeZone'],
    [{ stageDueBusinessDays: { contacted: -1 } }, 'stageDueBusinessDays.contacted'],
    [{ stageDueBusinessDays: { identified: 0 } }, 'stageDueBusinessDays.identified'],
    [{ stageDueBusinessDays: { negotiating: 61 } }, 'stageDueBusinessDays.negotiating'],
    [{ migrationLeadDays: { colocation: 366 } }, 'migrationLeadDays.colocation'],
    [{ discountLimits: { repPercent: 10.125 } }, 'discountLimits.repPercent'],
    [{ switchCredit: { capMonths: 25 } }, 'switchCredit.capMonths'],
    [{ proposalValidityDays: 91 }, 'proposalValidityDays'],
    [{ weeklyMigrationCapacity: 100_001 }, 'weeklyMigrationCapacity'],
    [{ stageDueBusinessDays: { contacted: 2.5 } }, 'stageDueBusinessDays.contacted'],
    [{ stageDueBusinessDays: 5 }, 'stageDueBusinessDays'],
    [{ migrationLeadDays: { hosting: '5' } }, 'migrationLeadDays.hosting'],
    [{ discountLimits: { repPercent: 120 } }, 'discountLimits.repPercent'],
    [{ discountLimits: { repPercent: 30 } }, 'discountLimits.managerPercent'],
    [{ switchCredit: { ratePercent: Number.NaN } }, 'switchCredit.ratePercent'],
    [{ switchCredit: { capMonths: -3 } }, 'switchCredit.capMonths'],
    [{ proposalValidityDays: 0 }, 'proposalValidityDays'],
    [{ weeklyMigrationCapacity: 0 }, 'weeklyMigrationCapacity'],
    [{ urgencyWeights: { noBackupProvider: 101 } }, 'urgencyWeights.noBackupProvider'],
    [[], 'settings'],
    ['{}', 'settings'],
  ])('%j is refused on %s', (overrides, field) => refused(overrides, field));

  it('takes every bound itself and percentages with two decimals', () => {
    const settings = resolveCampaignSettings({
      stageDueBusinessDays: { identified: 1, negotiating: 60 },
      migrationLeadDays: { hosting: 0, enterprise_vpn: 365 },
      discountLimits: { repPercent: 0.29, managerPercent: 12.34 },
      switchCredit: { ratePercent: 100, capMonths: 24 },
      proposalValidityDays: 90,
      weeklyMigrationCapacity: 100_000,
    });
    expect(settings.discountLimits).toEqual({ repPercent: 0.29, managerPercent: 12.34 });
    expect(settings.stageDueBusinessDays.negotiating).toBe(60);
    expect(settings.weeklyMigrationCapacity).toBe(100_000);
  });

  it('states its bounds in words, as the api and the admin page show them', () => {
    expect(describeSettingRule(CAMPAIGN_SETTING_RULES.stageDueBusinessDays)).toBe('a whole number between 1 and 60');
    expect(describeSettingRule(CAMPAIGN_SETTING_RULES.discountPercent)).toBe('a number with at most 2 decimals between 0 and 100');
    expect(obeysSettingRule('5', CAMPAIGN_SETTING_RULES.urgencyWeight)).toBe(false);
  });
});
