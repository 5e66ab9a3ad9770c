import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Box, Button, Card, Checkbox, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { LinkProblemCard, PublicLinkFrame } from '../../../components/public-link-page';
import { OfferLinesTable, OfferTotals } from '../../../components/offer-document';
import { ErrorState, LoadingState } from '../../../components/page-states';
import { AcceptProposalDocument, ProposalByTokenDocument, type OfferDetailFragment } from '../../../gql/graphql';
import { errorCode, errorExtensions, errorMessage } from '../../../lib/apollo/errors';
import { useFormat } from '../../../lib/i18n/format';
import { EvidenceSheet } from '../../rival-watch';

type LinkProblem = 'invalid' | 'expired' | 'closed';

/** Why a link cannot be used, from the api's answer: NOT_FOUND (forged, used, superseded) or the token's reason. */
function linkProblem(error: unknown): LinkProblem | null {
  const code = errorCode(error);
  if (code === 'NOT_FOUND') return 'invalid';
  if (code === 'BAD_USER_INPUT') {
    const fields = errorExtensions(error)['fields'];
    const token = Array.isArray(fields) ? (fields as Array<{ field?: string; reason?: string }>).find((f) => f.field === 'token' || f.field?.endsWith('.token')) : undefined;
    if (token?.reason === 'expired') return 'expired';
    if (token?.reason === 'closed') return 'closed';
  }
  return null;
}

function Frame({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return <PublicLinkFrame providerLine={t('offer.providerLine')}>{children}</PublicLinkFrame>;
}

function ProblemPage({ problem }: { problem: LinkProblem }) {
  const { t } = useTranslation();
  return <LinkProblemCard title={t(`accept.${problem}.title`)} body={t(`accept.${problem}.body`)} />;
}

function Offer({ offer }: { offer: OfferDetailFragment }) {
  const { t } = useTranslation();
  const format = useFormat();
  const tz = offer.timeZone ?? undefined;
  return (
    <Card component="section" aria-labelledby="offer-title">
      <Stack gap="sm">
        <div>
          <Text size="sm" c="dimmed">
            {t('offer.reference', { reference: offer.reference })}
          </Text>
          <Title order={1} id="offer-title">
            {t('accept.title', { customer: offer.customerName })}
          </Title>
          <Text>{t('accept.intro', { provider: offer.providerName })}</Text>
        </div>
        <OfferLinesTable lines={offer.lines} />
        <Box maw={440} ml="auto" w="100%">
          <OfferTotals totals={offer.totals} discountPercent={offer.discountPercent} termMonths={offer.termMonths} creditMonths={offer.switchCredit.prepaidMonthsRemaining} />
        </Box>
        <Stack gap={2}>
          <Text size="sm">{t('offer.term', { count: offer.termMonths })}</Text>
          <Text size="sm">{t('offer.cutover', { date: format.date(offer.plannedCutoverAt, tz) })}</Text>
          <Text size="sm" fw={600}>
            {t('offer.validUntil', { date: format.dateTime(offer.validUntil, tz) })}
          </Text>
        </Stack>
        {offer.outageEvidence && (
          <Box component="section" mt="md" data-testid="offer-evidence">
            <EvidenceSheet
              level={2}
              rivalName={offer.outageEvidence.providerName}
              customerName={offer.customerName}
              services={offer.outageEvidence.services}
              availability={offer.outageEvidence}
              outages={offer.outageEvidence.outages.map((o, i) => ({ ...o, id: `outage-${i}` }))}
              now={new Date()}
            />
          </Box>
        )}
      </Stack>
    </Card>
  );
}

/** The customer's page behind the acceptance link: no sign-in, the offer, and who signs for it. */
export function AcceptPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { token = '' } = useParams();
  const { data, error, loading, refetch } = useQuery(ProposalByTokenDocument, { variables: { token }, fetchPolicy: 'network-only' });
  const [accept, acceptState] = useMutation(AcceptProposalDocument);
  const [name, setName] = useState('');
  const [title, setTitle] = useState('');
  const [email, setEmail] = useState('');
  const [consent, setConsent] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [problem, setProblem] = useState<LinkProblem | null>(null);
  const accepted = acceptState.data?.acceptProposal.offer;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFailure(null);
    try {
      await accept({ variables: { input: { token, signerName: name.trim(), signerTitle: title.trim(), signerEmail: email.trim(), consent } } });
    } catch (e) {
      const p = linkProblem(e);
      if (p) setProblem(p);
      else setFailure(errorMessage(e));
    }
  }

  const loadProblem = linkProblem(error);
  if (problem ?? loadProblem) return <Frame><ProblemPage problem={(problem ?? loadProblem) as LinkProblem} /></Frame>;
  if (error && !data) {
    return (
      <Frame>
        <ErrorState onRetry={() => void refetch()}>{t('accept.loadFailed', { message: errorMessage(error) })}</ErrorState>
      </Frame>
    );
  }
  if (loading || !data) {
    return (
      <Frame>
        <LoadingState label={t('accept.loading')} />
      </Frame>
    );
  }
  if (accepted) {
    return (
      <Frame>
        <Card padding="xl">
          <Stack align="center" gap="sm" ta="center" role="status">
            <IconCircleCheck size={48} color="var(--mantine-color-green-7)" aria-hidden />
            <Title order={1} size="h2">
              {t('accept.thanks.title', { name: name.trim() })}
            </Title>
            <Text>
              {t('accept.thanks.body', {
                customer: accepted.customerName,
                reference: accepted.reference,
                date: accepted.acceptedAt ? format.dateTime(accepted.acceptedAt, accepted.timeZone ?? undefined) : '',
              })}
            </Text>
            <Text size="sm" c="dimmed">
              {t('accept.thanks.next', { date: format.date(accepted.plannedCutoverAt, accepted.timeZone ?? undefined) })}
            </Text>
          </Stack>
        </Card>
      </Frame>
    );
  }

  const offer = data.proposalByToken;
  return (
    <Frame>
      <Stack gap="md">
        <Offer offer={offer} />
        <Card component="section" aria-labelledby="sign-title">
          <form onSubmit={(e) => void submit(e)}>
            <Stack gap="sm">
              <Title order={2} size="h3" id="sign-title">
                {t('accept.signTitle')}
              </Title>
              <Group grow wrap="wrap" align="flex-start">
                <TextInput label={t('accept.name')} required value={name} onChange={(e) => setName(e.currentTarget.value)} autoComplete="name" miw={200} />
                <TextInput label={t('accept.jobTitle')} required value={title} onChange={(e) => setTitle(e.currentTarget.value)} autoComplete="organization-title" miw={200} />
              </Group>
              <TextInput label={t('accept.email')} type="email" required value={email} onChange={(e) => setEmail(e.currentTarget.value)} autoComplete="email" />
              <Checkbox
                checked={consent}
                onChange={(e) => setConsent(e.currentTarget.checked)}
                label={t('accept.consent', { customer: offer.customerName, provider: offer.providerName })}
              />
              {failure && (
                <Alert color="red" variant="light" role="alert">
                  {failure}
                </Alert>
              )}
              <Group justify="flex-end">
                <Button type="submit" size="md" disabled={!consent || !name.trim() || !title.trim() || !email.trim()} loading={acceptState.loading}>
                  {t('accept.submit')}
                </Button>
              </Group>
            </Stack>
          </form>
        </Card>
      </Stack>
    </Frame>
  );
}

export default AcceptPage;
