import { Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat, type MoneyValue } from '../lib/i18n/format';

export interface OfferLineView {
  serviceKind: string;
  description: string | null;
  quantity: number;
  monthlyUnitPrice: MoneyValue;
  oneTimeFee: MoneyValue;
  monthlyAmount: MoneyValue;
}

export interface OfferTotalsView {
  monthlySubtotal: MoneyValue;
  monthlyDiscount: MoneyValue;
  monthlyTotal: MoneyValue;
  oneTimeTotal: MoneyValue;
  switchCredit: MoneyValue;
  totalOverTerm: MoneyValue;
}

/** The lines of an offer, as the customer reads them. */
export function OfferLinesTable({ lines }: { lines: OfferLineView[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    // On a phone each line is a card (styles.css, `.data-table`): the page never scrolls sideways.
    <Table className="data-table" verticalSpacing="xs" aria-label={t('offer.services')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('offer.service')}</Table.Th>
          <Table.Th ta="right">{t('offer.quantity')}</Table.Th>
          <Table.Th ta="right">{t('offer.unitPrice')}</Table.Th>
          <Table.Th ta="right">{t('offer.monthly')}</Table.Th>
          <Table.Th ta="right">{t('offer.oneTime')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {lines.map((line, i) => (
          <Table.Tr key={i}>
            <Table.Td data-primary>
              <Text size="sm" fw={600}>
                {t(`domain.service.${line.serviceKind}` as 'domain.service.vpn')}
              </Text>
              {line.description && (
                <Text size="xs" c="dimmed">
                  {line.description}
                </Text>
              )}
            </Table.Td>
            <Table.Td ta="right" data-label={t('offer.quantity')}>
              {line.quantity}
            </Table.Td>
            <Table.Td ta="right" data-label={t('offer.unitPrice')}>
              {format.money(line.monthlyUnitPrice)}
            </Table.Td>
            <Table.Td ta="right" data-label={t('offer.monthly')}>
              {format.money(line.monthlyAmount)}
            </Table.Td>
            <Table.Td ta="right" data-label={t('offer.oneTime')}>
              {format.money(line.oneTimeFee)}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** Subtotal, discount, monthly total, one-time fees, switch credit and the total over the term. */
export function OfferTotals({
  totals,
  discountPercent,
  termMonths,
  creditMonths,
  label,
}: {
  totals: OfferTotalsView;
  discountPercent: number;
  termMonths: number;
  creditMonths?: number;
  label?: string;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const row = (name: string, value: string, strong = false) => (
    <Table.Tr>
      <Table.Th scope="row" fw={strong ? 700 : 400}>
        {name}
      </Table.Th>
      <Table.Td ta="right" fw={strong ? 700 : undefined} style={{ whiteSpace: 'nowrap' }}>
        {value}
      </Table.Td>
    </Table.Tr>
  );
  return (
    <Stack gap={4}>
      <Table aria-label={label ?? t('offer.totals')} withRowBorders={false} verticalSpacing={4}>
        <Table.Tbody>
          {row(t('offer.monthlySubtotal'), format.money(totals.monthlySubtotal))}
          {row(t('offer.discount', { percent: discountPercent }), `− ${format.money(totals.monthlyDiscount)}`)}
          {row(t('offer.monthlyTotal'), format.money(totals.monthlyTotal), true)}
          {row(t('offer.oneTimeTotal'), format.money(totals.oneTimeTotal))}
          {row(
            creditMonths ? t('offer.switchCreditMonths', { months: creditMonths }) : t('offer.switchCredit'),
            `− ${format.money(totals.switchCredit)}`,
          )}
          {row(t('offer.totalOverTerm', { count: termMonths }), format.money(totals.totalOverTerm), true)}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
