import { ActionIcon, Button, NumberInput, Select, Table, TextInput } from '@mantine/core';
import { SERVICE_KINDS, type ServiceKind } from '@lifeboat/domain';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { LineDraft } from '../lib/preview';

const toMajor = (minor: number) => minor / 100;
const toMinor = (major: number | string) => Math.round(Number(major || 0) * 100);

/** The offer's lines, editable: service, words for the customer, quantity, monthly unit price, one-time fee. */
export function LineEditor({ lines, onChange }: { lines: LineDraft[]; onChange: (lines: LineDraft[]) => void }) {
  const { t } = useTranslation();
  const set = (index: number, patch: Partial<LineDraft>) => onChange(lines.map((l, i) => (i === index ? { ...l, ...patch } : l)));
  return (
    <>
      <Table.ScrollContainer minWidth={600}>
        <Table verticalSpacing={4} aria-label={t('proposal.lines')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={130}>{t('offer.service')}</Table.Th>
              <Table.Th>{t('proposal.description')}</Table.Th>
              <Table.Th w={80}>{t('offer.quantity')}</Table.Th>
              <Table.Th w={120}>{t('offer.unitPrice')}</Table.Th>
              <Table.Th w={110}>{t('offer.oneTime')}</Table.Th>
              <Table.Th w={40}>
                <span className="visually-hidden">{t('proposal.removeLine')}</span>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {lines.map((line, i) => (
              <Table.Tr key={i}>
                <Table.Td>
                  <Select
                    size="xs"
                    aria-label={t('proposal.lineService', { n: i + 1 })}
                    data={SERVICE_KINDS.map((k) => ({ value: k, label: t(`domain.service.${k}`) }))}
                    value={line.serviceKind}
                    onChange={(v) => v && set(i, { serviceKind: v as ServiceKind })}
                    allowDeselect={false}
                  />
                </Table.Td>
                <Table.Td>
                  <TextInput
                    size="xs"
                    aria-label={t('proposal.lineDescription', { n: i + 1 })}
                    value={line.description}
                    onChange={(e) => set(i, { description: e.currentTarget.value })}
                  />
                </Table.Td>
                <Table.Td>
                  <NumberInput
                    size="xs"
                    aria-label={t('proposal.lineQuantity', { n: i + 1 })}
                    min={1}
                    allowDecimal={false}
                    value={line.quantity}
                    onChange={(v) => set(i, { quantity: Number(v) || 0 })}
                  />
                </Table.Td>
                <Table.Td>
                  <NumberInput
                    size="xs"
                    aria-label={t('proposal.lineUnitPrice', { n: i + 1 })}
                    min={0}
                    decimalScale={2}
                    value={toMajor(line.monthlyUnitPrice)}
                    onChange={(v) => set(i, { monthlyUnitPrice: toMinor(v) })}
                  />
                </Table.Td>
                <Table.Td>
                  <NumberInput
                    size="xs"
                    aria-label={t('proposal.lineOneTime', { n: i + 1 })}
                    min={0}
                    decimalScale={2}
                    value={toMajor(line.oneTimeFee)}
                    onChange={(v) => set(i, { oneTimeFee: toMinor(v) })}
                  />
                </Table.Td>
                <Table.Td>
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    aria-label={t('proposal.removeLineN', { n: i + 1 })}
                    disabled={lines.length <= 1}
                    onClick={() => onChange(lines.filter((_, j) => j !== i))}
                  >
                    <IconTrash size={14} />
                  </ActionIcon>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Button
        size="xs"
        variant="subtle"
        leftSection={<IconPlus size={14} aria-hidden />}
        onClick={() => onChange([...lines, { serviceKind: 'vpn', description: '', quantity: 1, monthlyUnitPrice: 0, oneTimeFee: 0 }])}
        disabled={lines.length >= 50}
        style={{ alignSelf: 'flex-start' }}
      >
        {t('proposal.addLine')}
      </Button>
    </>
  );
}
