import { useMutation } from '@apollo/client/react';
import { Alert, Anchor, Button, Group, Modal, NumberInput, SimpleGrid, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { GeneratePersonalOffersDocument, type AccountListFilterInput } from '../../../gql/graphql';
import { errorMessage } from '../../../lib/apollo/errors';
import { intlLocale } from '../../../lib/i18n/format';

/**
 * "Send personal offers" (issue #21, part 2): for the accounts page's filtered list, or a
 * collective's members. The terms (discount within the manager's limit, term, validity) are
 * pre-approved here; a dry run says how many accounts get an offer, then a job writes them.
 */
export function SendOffersDialog({
  opened,
  onClose,
  campaignId,
  filter,
  collectiveId,
  agreedTerms,
}: {
  opened: boolean;
  onClose: () => void;
  campaignId: string;
  filter?: AccountListFilterInput;
  collectiveId?: string;
  /** A collective's signed terms: the defaults (pre-approved up to their discount). */
  agreedTerms?: { discountPercent: number; termMonths: number } | null;
}) {
  const { t, i18n } = useTranslation();
  const number = (n: number) => new Intl.NumberFormat(intlLocale(i18n.language)).format(n);
  const [discountPercent, setDiscount] = useState<number>(agreedTerms?.discountPercent ?? 10);
  const [termMonths, setTerm] = useState<number>(agreedTerms?.termMonths ?? 12);
  const [validityDays, setValidity] = useState<number>(7);
  const [counted, setCounted] = useState<number | null>(null);
  const [queued, setQueued] = useState<number | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [generate, state] = useMutation(GeneratePersonalOffersDocument);
  const input = { campaignId, ...(collectiveId ? { collectiveId } : { filter: filter ?? {} }), discountPercent, termMonths, validityDays };

  const close = () => {
    setCounted(null);
    setQueued(null);
    setFailure(null);
    onClose();
  };

  async function run(dryRun: boolean) {
    setFailure(null);
    try {
      const res = await generate({ variables: { input: { ...input, dryRun } } });
      const count = res.data?.generatePersonalOffers.count ?? 0;
      if (dryRun) setCounted(count);
      else setQueued(count);
    } catch (e) {
      setFailure(errorMessage(e));
    }
  }

  return (
    <Modal opened={opened} onClose={close} title={t('personalOffers.title')} size="lg">
      <Stack gap="sm">
        {queued !== null ? (
          <Alert color="green" variant="light" role="status">
            <Text>{t('personalOffers.queued', { count: queued, formatted: number(queued) })}</Text>
            <Anchor component={Link} to="/offers" onClick={close}>
              {t('personalOffers.follow')}
            </Anchor>
          </Alert>
        ) : (
          <>
            <Text size="sm">{t('personalOffers.intro')}</Text>
            {agreedTerms && <Text size="sm">{t('personalOffers.agreedTerms', { percent: agreedTerms.discountPercent, months: agreedTerms.termMonths })}</Text>}
            {/* One field a line on a phone; side by side, labels on one line, on a wider screen. */}
            <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm">
              <NumberInput label={t('personalOffers.discount')} min={0} max={100} decimalScale={2} value={discountPercent} onChange={(v) => { setDiscount(Number(v) || 0); setCounted(null); }} />
              <NumberInput label={t('personalOffers.termMonths')} min={1} max={120} value={termMonths} onChange={(v) => setTerm(Number(v) || 1)} />
              <NumberInput label={t('personalOffers.validityDays')} min={1} max={90} value={validityDays} onChange={(v) => setValidity(Number(v) || 1)} />
            </SimpleGrid>
            {counted !== null && (
              <Text fw={600} aria-live="polite">
                {t('personalOffers.counted', { count: counted, formatted: number(counted) })}
              </Text>
            )}
            {failure && (
              <Alert color="red" variant="light" role="alert">
                {failure}
              </Alert>
            )}
            <Group justify="flex-end">
              <Button variant="default" onClick={() => void run(true)} loading={state.loading && counted === null}>
                {t('personalOffers.count')}
              </Button>
              <Button onClick={() => void run(false)} disabled={!counted} loading={state.loading && counted !== null}>
                {t('personalOffers.send', { count: counted ?? 0, formatted: number(counted ?? 0) })}
              </Button>
            </Group>
          </>
        )}
      </Stack>
    </Modal>
  );
}
