/**
 * The wizard's third step: what the import will do, before anything is written — the counts,
 * the rows that will be skipped and why, the fields edited here since the last import (kept
 * unless the user overwrites them), and the first rows as they will be stored.
 */
import { Checkbox, Stack, Table, Text } from '@mantine/core';
import type { ImportReportView } from '../../../shared/api/importViews';
import { useI18n, type I18n } from '../../i18n/i18nContext';
import type { MessageKey } from '../../i18n/en';
import { ImportCounts } from './ImportCounts';
import { ImportIssues } from './ImportIssues';
import { fieldLabel, storedValueText } from './importWords';

const ACTION_COLOR = { create: 'teal', update: 'blue', unchanged: 'gray', skip: 'orange' } as const;

interface Props {
  report: ImportReportView;
  overwrite: boolean;
  setOverwrite(overwrite: boolean): void;
}

function Conflicts({ report, overwrite, setOverwrite }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  if (report.conflicts.length === 0) return null;
  return (
    <Stack gap="xs" data-testid="import-conflicts">
      <Text fw={600}>
        {t('import.conflicts')} ({i18n.number(report.conflicts.length)})
      </Text>
      <Text size="sm" c="dimmed">
        {t('import.conflictsHint')}
      </Text>
      <Table withTableBorder>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('import.line')}</Table.Th>
            <Table.Th>{t('import.field')}</Table.Th>
            <Table.Th>{t('import.current')}</Table.Th>
            <Table.Th>{t('import.incoming')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {report.conflicts.slice(0, 100).map((c, i) => (
            <Table.Tr key={i}>
              <Table.Td>{c.line}</Table.Td>
              <Table.Td>{fieldLabel(i18n, report.entity, c.field)}</Table.Td>
              <Table.Td>{storedValueText(i18n, c.current)}</Table.Td>
              <Table.Td>{storedValueText(i18n, c.incoming)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Checkbox
        label={t('import.overwrite')}
        checked={overwrite}
        onChange={(e) => setOverwrite(e.currentTarget.checked)}
        data-testid="import-overwrite"
      />
    </Stack>
  );
}

/** Money is stored in minor units: shown in its currency, as the record pages show it. */
function sampleCell(i18n: I18n, values: Record<string, unknown>, field: string): string {
  const value = values[field];
  const currency = typeof values.currency === 'string' ? values.currency : '';
  if (field.endsWith('Minor') && typeof value === 'number' && currency)
    return i18n.moneyExact(value, currency);
  return storedValueText(i18n, value);
}

function Sample({ report }: { report: ImportReportView }) {
  const i18n = useI18n();
  // The account by the name the file gives, not by its internal id.
  const fields = [...new Set(report.sample.flatMap((row) => Object.keys(row.values)))]
    .filter((f) => f !== 'accountId')
    .slice(0, 8);
  const withAccount = report.entity !== 'accounts';
  if (report.sample.length === 0) return null;
  return (
    <Stack gap="xs">
      <Text fw={600}>{i18n.t('import.sample')}</Text>
      <Table.ScrollContainer minWidth={700}>
        <Table striped withTableBorder data-testid="import-sample">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{i18n.t('import.line')}</Table.Th>
              <Table.Th>{i18n.t('import.action')}</Table.Th>
              {withAccount ? <Table.Th>{fieldLabel(i18n, '', 'accountName')}</Table.Th> : null}
              {fields.map((f) => (
                <Table.Th key={f}>{fieldLabel(i18n, report.entity, f)}</Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {report.sample.map((row) => (
              <Table.Tr key={row.line}>
                <Table.Td>{row.line}</Table.Td>
                <Table.Td>
                  <Text size="sm" fw={600} c={ACTION_COLOR[row.action]}>
                    {i18n.t(`import.action.${row.action}` as MessageKey)}
                  </Text>
                </Table.Td>
                {withAccount ? <Table.Td>{row.account}</Table.Td> : null}
                {fields.map((f) => (
                  <Table.Td key={f}>{sampleCell(i18n, row.values, f)}</Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}

export function ImportPreviewStep(props: Props) {
  return (
    <Stack gap="lg">
      <ImportCounts report={props.report} />
      <Conflicts {...props} />
      <ImportIssues report={props.report} />
      <Sample report={props.report} />
    </Stack>
  );
}
