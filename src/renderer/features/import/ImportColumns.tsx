/**
 * The wizard's second step: how the file was read (encoding, delimiter, header line — each can be
 * changed) and which field each column fills, proposed for known exports and editable.
 */
import { Alert, Group, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { CURRENCIES } from '../../../shared/domain/enums';
import type { ImportPreviewView } from '../../../shared/api/importViews';
import { useI18n } from '../../i18n/i18nContext';
import type { MessageKey } from '../../i18n/en';
import type { WizardChoices } from './importChoices';
import { delimiterText, fieldLabel, fileProblemText } from './importWords';

interface Props {
  preview: ImportPreviewView;
  choices: WizardChoices;
  change(patch: Partial<WizardChoices>): void;
}

const ENCODINGS = ['utf-8', 'gb18030', 'utf-16le', 'utf-16be'] as const;

export function ImportColumns({ preview, choices, change }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const { layout, problem, report } = preview;
  const shownSource = choices.source || layout?.source || '';
  const [source, setSource] = useState(shownSource);
  // A new preview (another sheet, another file) brings its own source.
  useEffect(() => setSource(shownSource), [shownSource]);
  const fieldOptions = [
    { value: '', label: t('import.leaveOut') },
    ...preview.fields.map((f) => ({
      value: f.field,
      label: fieldLabel(i18n, choices.entity, f.field),
    })),
  ];
  const needsDateOrder =
    problem?.code === 'dateOrderUnknown' ||
    choices.dateOrder !== '' ||
    (report?.dateColumns.some((d) => d.order === null) ?? false);
  return (
    <Stack gap="md">
      {layout && preview.sheets.length > 0 ? (
        <Text size="sm" data-testid="import-read-as">
          {t('import.readSheet', { line: layout.headerLine })}
        </Text>
      ) : layout ? (
        <Text size="sm" data-testid="import-read-as">
          {t('import.readAs', {
            encoding: layout.encoding.toUpperCase(),
            reason: t(`import.reason.${layout.encodingReason}` as MessageKey),
            delimiter: delimiterText(i18n, layout.delimiter),
            line: layout.headerLine,
          })}
        </Text>
      ) : null}
      <Group align="flex-end" wrap="wrap">
        {preview.sheets.length > 0 ? null : (
          <Select
            label={t('import.encoding')}
            data={[
              { value: '', label: t('import.encoding.auto') },
              ...ENCODINGS.map((e) => ({ value: e, label: e.toUpperCase() })),
            ]}
            value={choices.encoding}
            onChange={(v) => change({ encoding: (v ?? '') as WizardChoices['encoding'] })}
            allowDeselect={false}
            w={160}
            data-testid="import-encoding"
          />
        )}
        {preview.sheets.length > 0 ? (
          <Select
            label={t('import.sheet')}
            data={preview.sheets.map((s) => s.name)}
            value={preview.sheet || choices.sheet || null}
            onChange={(v) => {
              const entity = preview.sheets.find((s) => s.name === v)?.entity;
              // A sheet named for an entity holds it: the fields follow the sheet.
              change({
                sheet: v ?? '',
                map: {},
                ...(entity ? { entity: entity as WizardChoices['entity'] } : {}),
              });
            }}
            data-testid="import-sheet"
            allowDeselect={false}
            w={200}
          />
        ) : null}
        <TextInput
          label={t('import.source')}
          description={t('import.sourceHint')}
          value={source}
          onChange={(e) => setSource(e.currentTarget.value)}
          onBlur={() =>
            source.trim() !== (layout?.source ?? '') && change({ source: source.trim() })
          }
          w={260}
          data-testid="import-source"
        />
        <Select
          label={t('import.currency')}
          data={[
            { value: '', label: t('import.currency.account') },
            ...CURRENCIES.map((c) => ({ value: c, label: c })),
          ]}
          value={choices.currency}
          onChange={(v) => change({ currency: (v ?? '') as WizardChoices['currency'] })}
          allowDeselect={false}
          w={300}
        />
        {needsDateOrder ? (
          <Select
            label={t('import.dateOrder')}
            data={[
              { value: '', label: t('import.dateOrder.none') },
              { value: 'dmy', label: t('import.dateOrder.dmy') },
              { value: 'mdy', label: t('import.dateOrder.mdy') },
            ]}
            value={choices.dateOrder}
            onChange={(v) => change({ dateOrder: (v ?? '') as WizardChoices['dateOrder'] })}
            allowDeselect={false}
            w={220}
            data-testid="import-date-order"
          />
        ) : null}
      </Group>
      {problem ? (
        <Alert color="orange" title={t('import.problemTitle')} data-testid="import-problem">
          {fileProblemText(i18n, problem)}
        </Alert>
      ) : null}
      {layout ? (
        <Stack gap="xs">
          <Text size="sm" c="dimmed">
            {t('import.mapHint')}
          </Text>
          <Table withTableBorder striped data-testid="import-mapping">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('import.column')}</Table.Th>
                <Table.Th>{t('import.field')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {layout.columns.map((column, index) => (
                <Table.Tr key={index}>
                  <Table.Td>{column.header}</Table.Td>
                  <Table.Td>
                    <Select
                      aria-label={column.header}
                      data={fieldOptions}
                      value={column.field ?? ''}
                      onChange={(v) =>
                        change({ map: { ...choices.map, [column.header]: v ?? '' } })
                      }
                      allowDeselect={false}
                      searchable
                      size="xs"
                      w={280}
                    />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Stack>
      ) : null}
    </Stack>
  );
}
