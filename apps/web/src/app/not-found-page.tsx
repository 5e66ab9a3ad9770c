import { Anchor, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Stack align="center" py="xl">
      <Text>{t('states.notFound')}</Text>
      <Anchor component={Link} to="/">
        {t('states.backHome')}
      </Anchor>
    </Stack>
  );
}
