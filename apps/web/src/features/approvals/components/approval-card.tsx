import { Anchor, Badge, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { intlLocale, useFormat } from '../../../lib/i18n/format';
import type { PendingProposal } from '../api/use-pending-approvals';

const TOTALS = ['monthlySubtotal', 'monthlyDiscount', 'monthlyTotal', 'oneTimeTotal', 'switchCredit', 'totalOverTerm'] as const;

/** One proposal waiting for approval: who, for whom, what discount, what it comes to; approve or reject. */
export function ApprovalCard({
  proposal,
  busy,
  canDecide,
  onApprove,
  onReject,
}: {
  proposal: PendingProposal;
  busy: boolean;
  /** Whether the viewer may decide on this discount: beyond the manager limit, only an admin may (the api refuses anyone else). */
  canDecide: boolean;
  onApprove: () => void;
  onReject: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const headingId = `approval-${proposal.id}`;
  const percent = new Intl.NumberFormat(intlLocale(format.language), { style: 'percent', maximumFractionDigits: 1 }).format(
    proposal.discountPercent / 100,
  );
  return (
    <Card component="li" aria-labelledby={headingId} padding="md">
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
        <Stack gap={2}>
          <Title order={2} size="h4" id={headingId}>
            <Anchor component={Link} to={`/accounts/${proposal.account.id}`} inherit>
              {proposal.account.name}
            </Anchor>
          </Title>
          <Text size="sm" c="dimmed">
            {[
              t('approvals.reference', { reference: proposal.reference }),
              proposal.account.campaign.name,
              t('approvals.term', { count: proposal.termMonths }),
            ].join(' · ')}
          </Text>
          <Text size="sm">
            {t('approvals.by', { name: proposal.createdBy })}
            {proposal.account.owner && proposal.account.owner.name !== proposal.createdBy
              ? ` · ${t('approvals.owner', { name: proposal.account.owner.name })}`
              : ''}
            {proposal.submittedAt ? ` · ${t('approvals.submitted', { date: format.dateTime(proposal.submittedAt) })}` : ''}
          </Text>
        </Stack>
        <Stack gap={4} align="flex-end">
          <Badge size="lg" color="orange" variant="filled">
            {t('approvals.discount', { percent })}
          </Badge>
          <Badge color={proposal.requiredApproval === 'admin' ? 'red' : 'orange'} variant="light">
            {t(`approvals.requires.${proposal.requiredApproval}`)}
          </Badge>
        </Stack>
      </Group>
      <SimpleGrid component="dl" cols={{ base: 2, sm: 3 }} spacing="xs" verticalSpacing={4} mt="sm" mb={0}>
        {TOTALS.map((key) => (
          <div key={key}>
            <Text component="dt" size="xs" c="dimmed">
              {t(`approvals.totals.${key}`)}
            </Text>
            <Text component="dd" m={0} size="sm" fw={key === 'monthlyTotal' || key === 'totalOverTerm' ? 700 : 500}>
              {key === 'monthlyDiscount' || key === 'switchCredit' ? '−' : ''}
              {format.money(proposal.totals[key])}
            </Text>
          </div>
        ))}
      </SimpleGrid>
      <Group gap="xs" mt="md">
        <Button
          color="teal"
          onClick={onApprove}
          loading={busy}
          disabled={!canDecide}
          aria-label={`${t('approvals.approve')} ${proposal.account.name}`}
          aria-describedby={canDecide ? undefined : `${headingId}-who`}
        >
          {t('approvals.approve')}
        </Button>
        <Button
          variant="outline"
          color="red"
          onClick={onReject}
          disabled={busy || !canDecide}
          aria-label={`${t('approvals.reject')} ${proposal.account.name}`}
          aria-describedby={canDecide ? undefined : `${headingId}-who`}
        >
          {t('approvals.reject')}
        </Button>
        {!canDecide && (
          <Text size="sm" c="dimmed" id={`${headingId}-who`}>
            {t(`approvals.whoDecides.${proposal.requiredApproval === 'admin' ? 'admin' : 'manager'}`)}
          </Text>
        )}
      </Group>
    </Card>
  );
}
