import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Checkbox, Group, Radio, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { LinkProblemCard, PublicLinkFrame } from '../../../components/public-link-page';
import { OfferLinesTable } from '../../../components/offer-document';
import { ErrorState, LoadingState } from '../../../components/page-states';
import { AcceptPersonalOfferDocument, PersonalOfferByTokenDocument, type PersonalOfferFieldsFragment } from '../../../gql/graphql';
import { errorCode, errorExtensions, errorMessage } from '../../../lib/apollo/errors';
import { useFormat } from '../../../lib/i18n/format';

type LinkProblem = 'invalid' | 'expired' | 'used';
type FieldProblem = { field?: string; reason?: string };

const problemsOf = (error: unknown): FieldProblem[] => {
  const fields = errorExtensions(error)['fields'];
  return Array.isArray(fields) ? (fields as FieldProblem[]) : [];
};

/** Why a link cannot be used: NOT_FOUND (forged), or the token's reason (used, expired). */
function linkProblem(error: unknown): LinkProblem | null {
  const code = errorCode(error);
  if (code === 'NOT_FOUND') return 'invalid';
  if (code !== 'BAD_USER_INPUT') return null;
  const token = problemsOf(error).find((f) => f.field === 'token');
  return token?.reason === 'expired' || token?.reason === 'used' ? token.reason : null;
}

/** True when the week picked has just filled (or is no longer offered): the page reloads the weeks. */
const weekTaken = (error: unknown) =>
  errorCode(error) === 'BAD_USER_INPUT' && problemsOf(error).some((f) => f.field === 'input.cutoverWeekStart');

function Frame({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return <PublicLinkFrame providerLine={t('personalOffer.providerLine')}>{children}</PublicLinkFrame>;
}

function ProblemPage({ problem }: { problem: LinkProblem }) {
  const { t } = useTranslation();
  return <LinkProblemCard title={t(`personalOffer.${problem}.title`)} body={t(`personalOffer.${problem}.body`)} />;
}

function Weeks({ offer, value, onChange }: { offer: PersonalOfferFieldsFragment; value: string; onChange: (week: string) => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const tz = offer.timeZone;
  if (offer.weeks.length === 0) {
    return (
      <Alert color="orange" variant="light" role="alert">
        {t('personalOffer.noWeek')}
      </Alert>
    );
  }
  return (
    <Radio.Group value={value} onChange={onChange} label={t('personalOffer.weekLabel')} description={offer.shutdownAt ? t('personalOffer.weekHint', { date: format.date(offer.shutdownAt, tz) }) : undefined} required>
      <Stack gap="xs" mt="xs">
        {offer.weeks.map((w) => (
          <Radio
            key={w.weekStart}
            value={w.weekStart}
            label={t('personalOffer.week', { date: format.date(w.cutoverAt, tz) })}
            description={t('personalOffer.weekTerms', {
              credit: format.money(w.switchCredit.amount),
              total: format.money(w.totals.totalOverTerm),
            })}
          />
        ))}
      </Stack>
    </Radio.Group>
  );
}

/** The customer's page behind a personal offer's link: no sign-in, the offer, the cutover week, who signs. Works at phone width. */
export function PersonalOfferPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { token = '' } = useParams();
  const { data, error, loading, refetch } = useQuery(PersonalOfferByTokenDocument, { variables: { token }, fetchPolicy: 'network-only' });
  const [accept, acceptState] = useMutation(AcceptPersonalOfferDocument);
  const [week, setWeek] = useState('');
  const [name, setName] = useState('');
  const [title, setTitle] = useState('');
  const [email, setEmail] = useState('');
  const [consent, setConsent] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [problem, setProblem] = useState<LinkProblem | null>(null);
  const accepted = acceptState.data?.acceptPersonalOffer.offer;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFailure(null);
    try {
      await accept({ variables: { input: { token, cutoverWeekStart: week, signerName: name.trim(), signerTitle: title.trim(), signerEmail: email.trim(), consent } } });
    } catch (e) {
      const p = linkProblem(e);
      if (p) setProblem(p);
      else if (weekTaken(e)) {
        setFailure(t('personalOffer.weekFilled'));
        setWeek('');
        await refetch();
      } else setFailure(errorMessage(e));
    }
  }

  const loadProblem = linkProblem(error);
  if (problem ?? loadProblem) {
    return (
      <Frame>
        <ProblemPage problem={(problem ?? loadProblem) as LinkProblem} />
      </Frame>
    );
  }
  if (error && !data) {
    return (
      <Frame>
        <ErrorState onRetry={() => void refetch()}>{t('personalOffer.loadFailed', { message: errorMessage(error) })}</ErrorState>
      </Frame>
    );
  }
  if (loading || !data) {
    return (
      <Frame>
        <LoadingState label={t('personalOffer.loading')} />
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
              {t('personalOffer.thanks.title', { name: name.trim() })}
            </Title>
            <Text>{t('personalOffer.thanks.body', { customer: accepted.customerName, date: accepted.cutoverAt ? format.dateTime(accepted.cutoverAt, accepted.timeZone) : '' })}</Text>
          </Stack>
        </Card>
      </Frame>
    );
  }

  const offer = data.personalOfferByToken;
  return (
    <Frame>
      <Stack gap="md">
        <Card component="section" aria-labelledby="offer-title">
          <Stack gap="sm">
            <Title order={1} id="offer-title">
              {t('personalOffer.title', { customer: offer.customerName })}
            </Title>
            <Text>{t('personalOffer.intro')}</Text>
            <OfferLinesTable lines={offer.lines} />
            <Stack gap={2}>
              <Text fw={600}>{t('personalOffer.monthly', { amount: format.money(offer.monthlyTotal), percent: offer.discountPercent })}</Text>
              <Text size="sm">{t('personalOffer.term', { count: offer.termMonths })}</Text>
              <Text size="sm">{t('personalOffer.validUntil', { date: format.dateTime(offer.expiresAt, offer.timeZone) })}</Text>
            </Stack>
          </Stack>
        </Card>
        <Card component="section" aria-labelledby="sign-title">
          <form onSubmit={(e) => void submit(e)}>
            <Stack gap="sm">
              <Title order={2} size="h3" id="sign-title">
                {t('personalOffer.signTitle')}
              </Title>
              <Weeks offer={offer} value={week} onChange={setWeek} />
              <TextInput label={t('personalOffer.name')} required value={name} onChange={(e) => setName(e.currentTarget.value)} autoComplete="name" />
              <TextInput label={t('personalOffer.jobTitle')} required value={title} onChange={(e) => setTitle(e.currentTarget.value)} autoComplete="organization-title" />
              <TextInput label={t('personalOffer.email')} type="email" required value={email} onChange={(e) => setEmail(e.currentTarget.value)} autoComplete="email" />
              <Checkbox checked={consent} onChange={(e) => setConsent(e.currentTarget.checked)} label={t('personalOffer.consent', { customer: offer.customerName })} />
              {failure && (
                <Alert color="red" variant="light" role="alert">
                  {failure}
                </Alert>
              )}
              <Button type="submit" size="md" fullWidth disabled={!week || !consent || !name.trim() || !title.trim() || !email.trim()} loading={acceptState.loading}>
                {t('personalOffer.submit')}
              </Button>
            </Stack>
          </form>
        </Card>
      </Stack>
    </Frame>
  );
}

export default PersonalOfferPage;
