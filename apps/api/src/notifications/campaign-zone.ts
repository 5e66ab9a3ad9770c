import { DEFAULT_CAMPAIGN_SETTINGS, resolveCampaignSettings, type CampaignSettingsOverrides } from '@lifeboat/domain';

/** A campaign's time zone; the default one when its stored settings are unreadable (a job must not stop on one bad campaign). */
export function campaignTimeZone(settings: CampaignSettingsOverrides | null | undefined): string {
  try {
    return resolveCampaignSettings(settings).timeZone;
  } catch {
    return DEFAULT_CAMPAIGN_SETTINGS.timeZone;
  }
}

/** The local calendar date (YYYY-MM-DD) and minutes since local midnight of `at` in `timeZone`. */
export function localClock(at: Date, timeZone: string): { date: string; minutes: number } {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(at);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '00';
  return { date: `${get('year')}-${get('month')}-${get('day')}`, minutes: Number(get('hour')) * 60 + Number(get('minute')) };
}
