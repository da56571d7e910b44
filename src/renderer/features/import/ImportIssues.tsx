/** The rows an import skips, each with its line, column and what is wrong; savable as CSV. */
import { Button, Group, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { ImportReportView } from '../../../shared/api/importViews';
import { importRowText } from '../../../shared/messages/importText';
import { saveFile } from '../../api/saveFile';
import { call } from '../../api/transport';
import { useI18n } from '../../i18n/i18nContext';

export function ImportIssues({ report }: { report: ImportReportView }) {
  const { t, lang, number } = useI18n();
  if (report.issueCount === 0)
    return (
      <Text size="sm" c="teal" data-testid="import-no-issues">
        {t('import.noIssues')}
      </Text>
    );
  const save = async () => {
    const result = await call('import:problemsFile', {
      fileName: report.fileName,
      lang,
      issues: report.issues,
    });
    if (!result.ok) notifications.show({ color: 'red', message: result.error.message });
    else await saveFile(result.data);
  };
  // The report lists the first thousand; the table scrolls.
  const listed = report.issues;
  return (
    <Stack gap="xs">
      <Group justify="space-between">
        <Text fw={600}>
          {t(report.dryRun ? 'import.issues' : 'import.issuesDone')} ({number(report.issueCount)})
        </Text>
        <Button size="xs" variant="light" onClick={() => void save()}>
          {t('import.saveProblems')}
        </Button>
      </Group>
      {report.issueCount > listed.length ? (
        <Text size="xs" c="dimmed">
          {t('import.issuesMore', {
            shown: number(listed.length),
            count: number(report.issueCount),
          })}
        </Text>
      ) : null}
      <Table.ScrollContainer minWidth={500} maxHeight={320}>
        <Table striped withTableBorder data-testid="import-issues">
          <Table.Tbody>
            {listed.map((issue, i) => (
              <Table.Tr key={i}>
                <Table.Td>{importRowText(lang, issue)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
