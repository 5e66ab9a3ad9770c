import { Alert, Button, Group, NumberInput, Select, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorCode } from '../../../lib/apollo/errors';
import { fieldErrorsOf } from '../../../lib/apollo/field-errors';

/** A collective's fields as the api takes them (the date as an ISO instant, the spokesperson a contact id). */
export interface CollectiveValues {
  name: string;
  forumUrl: string | null;
  claimedMembers: number;
  announcedCancellationAt: string | null;
  spokespersonId: string | null;
  notes: string | null;
}

const day = (iso: string | null | undefined) => (iso ? iso.slice(0, 10) : '');
// A day the collective announced, held at noon UTC so it stays the same day in every European zone.
const instant = (d: string) => (d ? `${d}T12:00:00.000Z` : null);
const HTTP = /^https?:\/\/\S+$/i;

/**
 * Recording or editing a collective: its name, forum, the member count it claims, the date it
 * announced for collective cancellations, its spokesperson (among the contacts of its members) and
 * notes. The api's refusals show next to their field; a CONFLICT above the form.
 */
export function CollectiveForm({
  initial,
  contacts,
  submitLabel,
  onSubmit,
  onCancel,
  onConflict,
}: {
  initial?: Partial<CollectiveValues> & { spokespersonName?: string | null };
  /** Whom the spokesperson may be: contacts of the members (and the current spokesperson). */
  contacts: Array<{ id: string; label: string }>;
  submitLabel: string;
  onSubmit: (values: CollectiveValues) => Promise<unknown>;
  onCancel: () => void;
  onConflict?: () => void;
}) {
  const { t } = useTranslation();
  const [name, setName] = useState(initial?.name ?? '');
  const [forumUrl, setForumUrl] = useState(initial?.forumUrl ?? '');
  const [claimed, setClaimed] = useState<number | string>(initial?.claimedMembers ?? 0);
  const [cancellation, setCancellation] = useState(day(initial?.announcedCancellationAt));
  const [spokesperson, setSpokesperson] = useState<string | null>(initial?.spokespersonId ?? null);
  const [notes, setNotes] = useState(initial?.notes ?? '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [alert, setAlert] = useState<{ message: string; conflict: boolean } | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const local: Record<string, string> = {};
    if (!name.trim() || name.trim().length > 200) local['name'] = t('collectives.invalid.name');
    if (forumUrl.trim() && !HTTP.test(forumUrl.trim())) local['forumUrl'] = t('collectives.invalid.forumUrl');
    if (claimed === '' || !Number.isInteger(Number(claimed)) || Number(claimed) < 0) local['claimedMembers'] = t('collectives.invalid.claimedMembers');
    setErrors(local);
    setAlert(null);
    if (Object.keys(local).length > 0) return;
    setBusy(true);
    try {
      await onSubmit({
        name: name.trim(),
        forumUrl: forumUrl.trim() || null,
        claimedMembers: Number(claimed),
        announcedCancellationAt: instant(cancellation),
        spokespersonId: spokesperson,
        notes: notes.trim() || null,
      });
    } catch (e) {
      const { fields, message } = fieldErrorsOf(e);
      setErrors(fields);
      if (message) setAlert({ message, conflict: errorCode(e) === 'CONFLICT' });
    } finally {
      setBusy(false);
    }
  };

  const options = [...contacts];
  if (initial?.spokespersonId && !options.some((c) => c.id === initial.spokespersonId)) {
    options.unshift({ id: initial.spokespersonId, label: initial.spokespersonName ?? initial.spokespersonId });
  }

  return (
    <form noValidate onSubmit={(e) => void submit(e)} aria-label={submitLabel}>
      <Stack gap="sm">
        {alert && (
          <Alert color="red" role="alert" title={alert.conflict ? t('errors.CONFLICT') : undefined}>
            <Stack gap="xs" align="flex-start">
              <Text size="sm">{alert.conflict ? t('collectives.conflict') : alert.message}</Text>
              {alert.conflict && onConflict && (
                <Button size="xs" variant="light" onClick={onConflict}>
                  {t('collectives.reload')}
                </Button>
              )}
            </Stack>
          </Alert>
        )}
        <TextInput label={t('collectives.fields.name')} value={name} onChange={(e) => setName(e.currentTarget.value)} error={errors['name']} required maxLength={200} />
        <TextInput
          label={t('collectives.fields.forumUrl')}
          description={t('collectives.fields.forumUrlHint')}
          type="url"
          value={forumUrl}
          onChange={(e) => setForumUrl(e.currentTarget.value)}
          error={errors['forumUrl']}
        />
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <NumberInput
            label={t('collectives.fields.claimedMembers')}
            value={claimed}
            onChange={setClaimed}
            min={0}
            allowDecimal={false}
            allowNegative={false}
            error={errors['claimedMembers']}
          />
          <TextInput
            label={t('collectives.fields.announcedCancellationAt')}
            type="date"
            value={cancellation}
            onChange={(e) => setCancellation(e.currentTarget.value)}
            error={errors['announcedCancellationAt']}
          />
        </SimpleGrid>
        {options.length > 0 && (
        <Select
          label={t('collectives.fields.spokesperson')}
          description={t('collectives.fields.spokespersonHint')}
          data={options.map((c) => ({ value: c.id, label: c.label }))}
          value={spokesperson}
          onChange={setSpokesperson}
          clearable
          searchable
          error={errors['spokespersonId']}
        />
        )}
        <Textarea label={t('collectives.fields.notes')} value={notes} onChange={(e) => setNotes(e.currentTarget.value)} autosize minRows={2} maxRows={6} error={errors['notes']} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('collectives.cancel')}
          </Button>
          <Button type="submit" loading={busy}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
