import { Button, Checkbox, Group, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

export interface ContactDraft {
  id?: string;
  name: string;
  title: string | null;
  email: string | null;
  phone: string | null;
  decisionMaker: boolean;
}

/** Adding a person at the account, or correcting one. */
export function ContactForm({
  initial,
  onSubmit,
  onCancel,
  onErase,
  submitting,
}: {
  initial?: ContactDraft;
  onSubmit: (draft: ContactDraft) => void;
  onCancel: () => void;
  /** Given to those who may erase the person on request (managers and admins, an existing contact). */
  onErase?: () => void;
  submitting: boolean;
}) {
  const { t } = useTranslation();
  const [name, setName] = useState(initial?.name ?? '');
  const [title, setTitle] = useState(initial?.title ?? '');
  const [email, setEmail] = useState(initial?.email ?? '');
  const [phone, setPhone] = useState(initial?.phone ?? '');
  const [decisionMaker, setDecisionMaker] = useState(initial?.decisionMaker ?? false);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!name.trim()) return;
    onSubmit({
      id: initial?.id,
      name: name.trim(),
      title: title.trim() || null,
      email: email.trim() || null,
      phone: phone.trim() || null,
      decisionMaker,
    });
  }

  return (
    <form onSubmit={submit}>
      <Stack gap="xs">
        <TextInput label={t('contact.name')} required value={name} onChange={(e) => setName(e.currentTarget.value)} data-autofocus />
        <TextInput label={t('contact.title')} value={title} onChange={(e) => setTitle(e.currentTarget.value)} />
        <Group grow wrap="wrap">
          <TextInput label={t('contact.email')} type="email" value={email} onChange={(e) => setEmail(e.currentTarget.value)} miw={180} />
          <TextInput label={t('contact.phone')} type="tel" value={phone} onChange={(e) => setPhone(e.currentTarget.value)} miw={160} />
        </Group>
        <Checkbox label={t('account.decisionMaker')} checked={decisionMaker} onChange={(e) => setDecisionMaker(e.currentTarget.checked)} />
        <Group justify={onErase ? 'space-between' : 'flex-end'} gap="xs">
          {onErase && (
            <Button variant="subtle" color="red" px={4} onClick={onErase}>
              {t('contact.erase')}
            </Button>
          )}
          <Group gap="xs" justify="flex-end">
            <Button variant="default" onClick={onCancel}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={submitting} disabled={!name.trim()}>
              {t('common.save')}
            </Button>
          </Group>
        </Group>
      </Stack>
    </form>
  );
}
