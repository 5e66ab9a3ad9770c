import { useMutation } from '@apollo/client/react';
import { Group, Modal, NumberInput, Select, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { DEFAULT_LAWFUL_BASIS, LAWFUL_BASES } from '@lifeboat/domain';
import { CreateAccountDocument, type LawfulBasis } from '../../../gql/graphql';
import { useAuth } from '../../../lib/auth/auth-context';
import type { CampaignSummary } from '../../../lib/campaigns/use-campaigns';
import { AccountForm } from './account-form';

/**
 * A new account in one of the caller's active campaigns (a closed one takes no new accounts): a
 * rep's becomes theirs, a manager's or admin's starts unassigned. Opens the account once created.
 */
export function NewAccountDialog({
  opened,
  onClose,
  campaigns,
  defaultCampaignId,
}: {
  opened: boolean;
  onClose: () => void;
  campaigns: CampaignSummary[];
  defaultCampaignId: string | null;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const open = campaigns.filter((c) => c.status === 'active');
  const [campaignId, setCampaignId] = useState<string | null>(
    open.find((c) => c.id === defaultCampaignId)?.id ?? (open.length === 1 ? open[0].id : null),
  );
  const [campaignError, setCampaignError] = useState<string | undefined>();
  const [ownerId, setOwnerId] = useState<string | null>(null);
  const [ownerError, setOwnerError] = useState<string | undefined>();
  const [monthlyValue, setMonthlyValue] = useState<number | string>('');
  const [lawfulBasis, setLawfulBasis] = useState<LawfulBasis>(DEFAULT_LAWFUL_BASIS);
  const { user } = useAuth();
  // A rep's new account is theirs; a manager or an admin may give it to a team member at once.
  const canAssign = user?.role === 'manager' || user?.role === 'admin';
  const team = open.find((c) => c.id === campaignId)?.team ?? [];
  const [create] = useMutation(CreateAccountDocument, { refetchQueries: ['Accounts', 'MyQueue'] });
  const currency = open.find((c) => c.id === campaignId)?.currency ?? 'EUR';

  return (
    <Modal opened={opened} onClose={onClose} title={t('accountForm.newTitle')} size="lg">
      {opened && (
        <AccountForm
          currency={currency}
          submitLabel={t('accountForm.create')}
          campaignField={
            <Stack gap="sm">
              <Select
                label={t('accountForm.campaign')}
                data={open.map((c) => ({ value: c.id, label: c.name }))}
                value={campaignId}
                onChange={(v) => {
                  setCampaignId(v);
                  setCampaignError(undefined);
                  setOwnerId(null);
                }}
                required
                error={campaignError}
                allowDeselect={false}
              />
              <Group grow wrap="wrap" align="flex-start">
                {canAssign && (
                  <Select
                    label={t('accounts.owner')}
                    placeholder={t('accounts.unassigned')}
                    data={team.flatMap((m) => (m.user ? [{ value: m.user.id, label: m.user.name }] : []))}
                    value={ownerId}
                    onChange={(v) => {
                      setOwnerId(v);
                      setOwnerError(undefined);
                    }}
                    clearable
                    error={ownerError}
                    miw={180}
                  />
                )}
                <NumberInput
                  label={t('accountForm.monthlyValue', { currency })}
                  value={monthlyValue}
                  onChange={setMonthlyValue}
                  min={0}
                  decimalScale={2}
                  thousandSeparator=" "
                  miw={180}
                />
                <Select
                  label={t('accountForm.lawfulBasis')}
                  description={t('accountForm.lawfulBasisHint')}
                  data={LAWFUL_BASES.map((b) => ({ value: b, label: t(`domain.lawfulBasis.${b}`) }))}
                  value={lawfulBasis}
                  onChange={(v) => v && setLawfulBasis(v as LawfulBasis)}
                  allowDeselect={false}
                  miw={180}
                />
              </Group>
            </Stack>
          }
          onCancel={onClose}
          onSubmit={async (values) => {
            if (!campaignId) {
              setCampaignError(t('accountForm.invalid.campaign'));
              return;
            }
            try {
              const extra = {
                ...(canAssign && ownerId ? { ownerId } : {}),
                ...(monthlyValue !== '' ? { monthlyValue: Math.round(Number(monthlyValue) * 100) } : {}),
                lawfulBasis,
              };
              const { data } = await create({ variables: { input: { campaignId, ...values, ...extra } } });
              notifications.show({ color: 'green', message: t('accountForm.created', { name: values.name }) });
              onClose();
              if (data) void navigate(`/accounts/${encodeURIComponent(data.createAccount.account.id)}`);
            } catch (e) {
              // A refusal about the campaign (closed meanwhile) shows on its field; the rest on the form.
              const fields = (e as { errors?: Array<{ extensions?: { fields?: Array<{ field: string; reason: string }> } }> }).errors?.[0]?.extensions?.fields;
              const onCampaign = fields?.find((f) => f.field === 'input.campaignId');
              const onOwner = fields?.find((f) => f.field === 'input.ownerId');
              if (onCampaign) setCampaignError(onCampaign.reason);
              else if (onOwner) setOwnerError(onOwner.reason);
              else throw e;
            }
          }}
        />
      )}
    </Modal>
  );
}
