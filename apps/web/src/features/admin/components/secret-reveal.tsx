import { ActionIcon, Alert, Button, Code, CopyButton, Group, Modal, Stack, Text, Tooltip } from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconCopy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/**
 * A secret the server shows once (an API key, a webhook's signing secret, an invitation link):
 * with a copy button and a plain warning, in a dialog that only closes when the admin says so.
 */
export function SecretReveal({
  title,
  label,
  value,
  hint,
  onDone,
}: {
  title: string;
  label: string;
  value: string | null;
  hint?: string;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal opened={!!value} onClose={onDone} title={title} closeOnClickOutside={false} size="lg">
      {value && (
        <Stack gap="sm">
          {hint && <Text size="sm">{hint}</Text>}
          <Text size="sm" fw={600} id="secret-label">
            {label}
          </Text>
          <Group gap="xs" wrap="nowrap" align="center">
            <Code block style={{ flex: 1, wordBreak: 'break-all', whiteSpace: 'pre-wrap' }} aria-labelledby="secret-label" data-testid="one-time-secret">
              {value}
            </Code>
            <CopyButton value={value}>
              {({ copied, copy }) => (
                <Tooltip label={copied ? t('admin.common.copied') : t('admin.common.copy')} withArrow>
                  <ActionIcon variant="light" size="lg" onClick={copy} aria-label={copied ? t('admin.common.copied') : t('admin.common.copy')}>
                    {copied ? <IconCheck size={18} /> : <IconCopy size={18} />}
                  </ActionIcon>
                </Tooltip>
              )}
            </CopyButton>
          </Group>
          <Alert color="orange" variant="light" icon={<IconAlertTriangle size={18} />}>
            {t('admin.common.onceWarning')}
          </Alert>
          <Group justify="flex-end">
            <Button onClick={onDone}>{t('admin.common.done')}</Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
