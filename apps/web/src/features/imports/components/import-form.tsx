import { Alert, Autocomplete, Button, FileInput, Group, Radio, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { DEFAULT_LAWFUL_BASIS, LAWFUL_BASES, SEGMENTS } from '@lifeboat/domain';
import { IMPORT_FIELDS, type ImportField } from '@lifeboat/shared';
import { IconAlertTriangle, IconFileTypeCsv, IconUpload } from '@tabler/icons-react';
import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportMappingInput, ImportPreset, LawfulBasis, Segment } from '../../../gql/graphql';
import { errorMessage } from '../../../lib/apollo/errors';
import type { CampaignSummary } from '../../../lib/campaigns/use-campaigns';
import { MAX_FILE_SIZE, readFirstLine, useSubmitImport } from '../api/use-account-import';
import { readCsvHeader } from '../lib/csv-header';

type Layout = ImportPreset | 'custom';
const LAYOUTS: Layout[] = ['lifeboat', 'salesforce', 'hubspot', 'custom'];
const SHOWN_COLUMNS = 12;

interface Problems {
  file?: string;
  name?: string;
}

/**
 * The customer list to import: the campaign, the file, its layout (a preset, or which column holds
 * which field) and the segment of rows without one. The api checks the file at once: its reason for
 * refusing it is shown as it says it. Calls `onStarted` with the import's id once it is queued.
 */
export function ImportForm({
  campaigns,
  campaignId,
  onCampaign,
  onStarted,
}: {
  campaigns: CampaignSummary[];
  campaignId: string | null;
  onCampaign: (id: string) => void;
  onStarted: (importId: string) => void;
}) {
  const { t } = useTranslation();
  const titleId = useId();
  const { submit, busy } = useSubmitImport();
  const [file, setFile] = useState<File | null>(null);
  const [headers, setHeaders] = useState<string[]>([]);
  const [layout, setLayout] = useState<Layout>('lifeboat');
  const [mapping, setMapping] = useState<Partial<Record<ImportField, string>>>({});
  const [defaultSegment, setDefaultSegment] = useState<Segment | null>(null);
  const [lawfulBasis, setLawfulBasis] = useState<LawfulBasis>(DEFAULT_LAWFUL_BASIS);
  const [problems, setProblems] = useState<Problems>({});
  const [refusal, setRefusal] = useState<string | null>(null);

  // The file's header row, to suggest its columns in the mapping (the api reads the file itself).
  useEffect(() => {
    if (!file) {
      setHeaders([]);
      return;
    }
    let current = true;
    readFirstLine(file)
      .then((text) => current && setHeaders(readCsvHeader(text)))
      .catch(() => current && setHeaders([]));
    return () => {
      current = false;
    };
  }, [file]);

  const chooseFile = (next: File | null) => {
    setFile(next);
    setRefusal(null);
    setProblems((p) => ({ ...p, file: undefined }));
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy || !campaignId) return;
    const found: Problems = {};
    if (!file) found.file = t('imports.fileRequired');
    else if (file.size > MAX_FILE_SIZE) found.file = t('imports.fileTooLarge');
    const columns = Object.fromEntries(
      Object.entries(mapping)
        .map(([field, header]) => [field, header?.trim() ?? ''])
        .filter(([, header]) => header.length > 0),
    ) as ImportMappingInput;
    if (layout === 'custom' && !columns.name) found.name = t('imports.mapping.nameRequired');
    setProblems(found);
    if (!file || found.file || found.name) return;
    setRefusal(null);
    try {
      const id = await submit({
        campaignId,
        file,
        preset: layout === 'custom' ? 'lifeboat' : layout,
        mapping: layout === 'custom' ? columns : null,
        defaultSegment,
        lawfulBasis,
      });
      onStarted(id);
    } catch (error) {
      setRefusal(errorMessage(error));
    }
  };

  return (
    <form aria-labelledby={titleId} onSubmit={(event) => void onSubmit(event)} noValidate>
      <Stack gap="md">
        <Title order={2} size="h3" id={titleId}>
          {t('imports.form')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <Select
            label={t('imports.campaign')}
            description={t('imports.campaignHint')}
            data={campaigns.map((c) => ({ value: c.id, label: c.name }))}
            value={campaignId}
            onChange={(value) => value && onCampaign(value)}
            allowDeselect={false}
            required
          />
          <FileInput
            label={t('imports.file')}
            description={t('imports.fileHint')}
            placeholder={t('imports.filePlaceholder')}
            accept=".csv,.tsv,.txt,text/csv,text/plain,text/tab-separated-values"
            leftSection={<IconFileTypeCsv size={18} aria-hidden />}
            value={file}
            onChange={chooseFile}
            error={problems.file}
            clearable
            required
          />
        </SimpleGrid>
        {headers.length > 0 && (
          <Text size="xs" c="dimmed">
            {t('imports.columns', { list: headers.slice(0, SHOWN_COLUMNS).join(', ') + (headers.length > SHOWN_COLUMNS ? ', …' : '') })}
          </Text>
        )}
        <Radio.Group label={t('imports.preset.label')} value={layout} onChange={(value) => setLayout(value as Layout)}>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" mt="xs">
            {LAYOUTS.map((value) => (
              <Radio key={value} value={value} label={t(`imports.preset.${value}`)} description={t(`imports.preset.${value}Hint`)} />
            ))}
          </SimpleGrid>
        </Radio.Group>
        {layout === 'custom' && (
          <Stack component="fieldset" gap="xs" m={0} p={0} style={{ border: 0 }}>
            <Text component="legend" fw={600} p={0}>
              {t('imports.mapping.title')}
            </Text>
            <Text size="sm" c="dimmed">
              {t('imports.mapping.hint')}
            </Text>
            <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="sm">
              {IMPORT_FIELDS.map((field) => (
                <Autocomplete
                  key={field}
                  label={t(`imports.fields.${field}`)}
                  placeholder={t('imports.mapping.placeholder')}
                  data={headers}
                  value={mapping[field] ?? ''}
                  onChange={(value) => {
                    setMapping((m) => ({ ...m, [field]: value }));
                    if (field === 'name') setProblems((p) => ({ ...p, name: undefined }));
                  }}
                  required={field === 'name'}
                  error={field === 'name' ? problems.name : undefined}
                  maxLength={200}
                />
              ))}
            </SimpleGrid>
          </Stack>
        )}
        <Select
          label={t('imports.defaultSegment')}
          description={t('imports.defaultSegmentHint')}
          placeholder={t('imports.defaultSegmentNone')}
          data={SEGMENTS.map((s) => ({ value: s, label: t(`domain.segment.${s}`) }))}
          value={defaultSegment}
          onChange={(value) => setDefaultSegment(value as Segment | null)}
          clearable
          maw={420}
        />
        <Select
          label={t('imports.lawfulBasis')}
          description={t('imports.lawfulBasisHint')}
          data={LAWFUL_BASES.map((b) => ({ value: b, label: t(`domain.lawfulBasis.${b}`) }))}
          value={lawfulBasis}
          onChange={(value) => value && setLawfulBasis(value as LawfulBasis)}
          allowDeselect={false}
          required
          maw={420}
        />
        {refusal && (
          <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />} role="alert">
            {t('imports.refused', { message: refusal })}
          </Alert>
        )}
        <Group>
          <Button type="submit" leftSection={<IconUpload size={18} aria-hidden />} loading={busy} disabled={!campaignId}>
            {t('imports.submit')}
          </Button>
          {busy && (
            <Text size="sm" c="dimmed" role="status">
              {t('imports.sending')}
            </Text>
          )}
        </Group>
      </Stack>
    </form>
  );
}
