import { SegmentedControl, VisuallyHidden } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, isLanguage } from '../lib/i18n/i18n';

/** English / Français; the choice is kept on this browser. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const labelId = useId();
  return (
    <div role="group" aria-labelledby={labelId}>
      <VisuallyHidden id={labelId}>{t('language.label')}</VisuallyHidden>
      <SegmentedControl
        size="xs"
        value={i18n.resolvedLanguage ?? i18n.language}
        onChange={(value) => {
          if (isLanguage(value)) void i18n.changeLanguage(value);
        }}
        data={LANGUAGES.map((lng) => ({ value: lng, label: <span lang={lng} title={t(`language.${lng}`)}>{lng.toUpperCase()}</span> }))}
        aria-label={t('language.label')}
      />
    </div>
  );
}
