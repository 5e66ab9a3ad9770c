import { useQuery } from '@apollo/client/react';
import { CYCLE_STEP_STAGE, cycleFeasibility, type CycleFeasibility, type SegmentCycleFit, type StageDueSettings } from '@lifeboat/domain';
import { Alert, Anchor, Collapse, Group, List, Stack, Text } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CampaignCycleRulesDocument, type CampaignCycleRulesQuery } from '../gql/graphql';
import { useAuth } from '../lib/auth/auth-context';
import { useFormat } from '../lib/i18n/format';
import { useNow } from '../lib/use-now';

export type CycleRulesCampaign = CampaignCycleRulesQuery['campaigns']['edges'][number]['node'];

/** The campaign's rules as the domain reads them. */
function rulesOf(campaign: CycleRulesCampaign): StageDueSettings {
  const { timeZone, stageDueBusinessDays: s, migrationLeadDays: m } = campaign.settings;
  return {
    timeZone,
    stageDueBusinessDays: { identified: s.identified, contacted: s.contacted, proposal_sent: s.proposal_sent, negotiating: s.negotiating },
    migrationLeadDays: { enterprise_vpn: m.enterprise_vpn, isp_wholesale: m.isp_wholesale, hosting: m.hosting, colocation: m.colocation, smb_web: m.smb_web },
  };
}

/** Segments that break the same way on the same deadline are one line. */
function grouped(unmet: SegmentCycleFit[]): SegmentCycleFit[][] {
  const groups = new Map<string, SegmentCycleFit[]>();
  for (const fit of unmet) {
    const key = [fit.firstUnmet, fit.signingDeadline.getTime(), fit.migrationShortByDays, fit.shortByBusinessDays, fit.migrationLeadDays].join('|');
    groups.set(key, [...(groups.get(key) ?? []), fit]);
  }
  return [...groups.values()];
}

/**
 * Says, for one campaign, that its rival's shutdown date leaves no room for its rules — which
 * rule cannot be met, by how much, and where to change what — instead of letting every deal turn
 * overdue at once with no explanation. Renders nothing while the cycle fits.
 */
export function ShutdownWarning({
  campaign,
  now,
  here,
  checked,
}: {
  campaign: CycleRulesCampaign;
  now: Date;
  here?: 'rival' | 'settings';
  /** The campaign's cycle already checked at `now` (by ShutdownWarnings), not computed again. */
  checked?: CycleFeasibility;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const { user } = useAuth();
  // The lines by segment open on demand (what to change stays in sight), except on the campaign
  // settings where an admin acts on them: on a dashboard they pushed the race's figures below the
  // fold, and on a phone the page a screen down.
  const phone = useMediaQuery('(max-width: 47.99em)');
  const compact = phone || here !== 'settings';
  const [detailsOpened, details] = useDisclosure(false);
  const shutdown = campaign.rival.shutdownExpectedAt;
  if (!shutdown) return null;
  const settings = rulesOf(campaign);
  const result: CycleFeasibility = checked ?? cycleFeasibility({ now, shutdownExpectedAt: new Date(shutdown), settings });
  if (result.feasible) return null;

  const zone = settings.timeZone;
  const businessDays = (count: number) => t('shutdownWarning.businessDays', { count });
  const days = (count: number) => t('shutdownWarning.days', { count });
  const names = { campaign: campaign.name, rival: campaign.rival.name, date: format.dateTime(shutdown, zone) };
  const stages = settings.stageDueBusinessDays;

  function line(group: SegmentCycleFit[]): string {
    const fit = group[0];
    const segment = format.list(group.map((f) => t(`domain.segment.${f.segment}`)));
    const deadline = format.dateTime(fit.signingDeadline.toISOString(), zone);
    if (fit.firstUnmet === 'migration_lead_time') {
      return t('shutdownWarning.lead', { segment, deadline, lead: days(fit.migrationLeadDays), short: days(fit.migrationShortByDays) });
    }
    const step = fit.steps.find((s) => !s.fits);
    const stageDays = step ? stages[CYCLE_STEP_STAGE[step.step]] : 0;
    return t('shutdownWarning.step', {
      segment,
      deadline,
      left: businessDays(Math.max(0, fit.businessDaysLeft)),
      rule: step ? t(`shutdownWarning.rule.${step.step}`, { days: businessDays(stageDays) }) : '',
      short: businessDays(fit.shortByBusinessDays),
    });
  }

  const isAdmin = user?.role === 'admin';
  return (
    <Alert
      color="orange"
      variant="light"
      icon={<IconAlertTriangle size={20} aria-hidden />}
      title={t(result.shutdownPassed ? 'shutdownWarning.passedTitle' : 'shutdownWarning.title', names)}
      role="alert"
    >
      <Stack gap={6}>
        <Text size="sm">
          {result.shutdownPassed
            ? t('shutdownWarning.passedIntro', names)
            : t('shutdownWarning.intro', {
                ...names,
                identified: stages.identified,
                contacted: stages.contacted,
                proposal_sent: stages.proposal_sent,
              })}
        </Text>
        {!result.shutdownPassed && (
          <>
            {compact && (
              <Anchor component="button" type="button" size="sm" fw={600} ta="left" onClick={details.toggle} aria-expanded={detailsOpened} style={{ alignSelf: 'flex-start' }}>
                {detailsOpened ? t('shutdownWarning.hideDetails') : t('shutdownWarning.showDetails', { count: result.unmet.length })}
              </Anchor>
            )}
            <Collapse expanded={!compact || detailsOpened}>
              <List size="sm" spacing={2}>
                {grouped(result.unmet).map((group) => (
                  <List.Item key={group.map((f) => f.segment).join()}>{line(group)}</List.Item>
                ))}
              </List>
            </Collapse>
          </>
        )}
        {!result.shutdownPassed && (
          <Text size="sm" fw={600}>
            {result.leadDaysThatFit !== null
              ? t('shutdownWarning.fixLead', { days: days(result.leadDaysThatFit) })
              : t('shutdownWarning.fixStages', { days: businessDays(result.cycleBusinessDays) })}
          </Text>
        )}
        <Group gap="md" wrap="wrap">
          {isAdmin ? (
            <>
              {here !== 'settings' && (
                <Anchor component={Link} to="/admin/campaigns" size="sm" fw={600}>
                  {t('shutdownWarning.settingsLink')}
                </Anchor>
              )}
              <Anchor component={Link} to="/admin/rivals" size="sm" fw={600}>
                {t('shutdownWarning.rivalLink')}
              </Anchor>
            </>
          ) : (
            <Text size="sm">{t('shutdownWarning.askAdmin')}</Text>
          )}
          {here !== 'rival' && (
            <Anchor component={Link} to={`/rivals/${encodeURIComponent(campaign.rival.id)}`} size="sm" fw={600}>
              {t('shutdownWarning.rivalPageLink')}
            </Anchor>
          )}
        </Group>
      </Stack>
    </Alert>
  );
}

/**
 * The warnings of the user's campaigns: those given by `campaignIds`, or against `rivalId`, or all.
 * Reads the campaigns' rules once (cache first) and rechecks as time passes.
 */
export function ShutdownWarnings({ campaignIds, rivalId }: { campaignIds?: readonly (string | null)[]; rivalId?: string }) {
  const query = useQuery(CampaignCycleRulesDocument, { variables: { first: 50 }, fetchPolicy: 'cache-first' });
  const now = useNow(60_000);
  const warned = (query.data?.campaigns.edges.map((e) => e.node) ?? [])
    .filter((c) => (!campaignIds || campaignIds.includes(c.id)) && (!rivalId || c.rival.id === rivalId) && !!c.rival.shutdownExpectedAt)
    .map((c) => ({ campaign: c, checked: cycleFeasibility({ now, shutdownExpectedAt: new Date(c.rival.shutdownExpectedAt as string), settings: rulesOf(c) }) }))
    .filter((w) => !w.checked.feasible);
  if (warned.length === 0) return null;
  return (
    <Stack gap="sm">
      {warned.map(({ campaign, checked }) => (
        <ShutdownWarning key={campaign.id} campaign={campaign} checked={checked} now={now} here={rivalId ? 'rival' : undefined} />
      ))}
    </Stack>
  );
}
