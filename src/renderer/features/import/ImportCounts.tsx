/** Rows to create, update, leave unchanged and skip (or, after the import, what was done). */
import { Card, SimpleGrid, Text } from '@mantine/core';
import type { ImportReportView } from '../../../shared/api/importViews';
import { useI18n } from '../../i18n/i18nContext';
import type { MessageKey } from '../../i18n/en';

export function ImportCounts({ report }: { report: ImportReportView }) {
  const { t, number } = useI18n();
  const done = !report.dryRun;
  const cells: [keyof ImportReportView['counts'], MessageKey, string][] = [
    ['create', done ? 'import.done.create' : 'import.count.create', 'teal'],
    ['update', done ? 'import.done.update' : 'import.count.update', 'blue'],
    ['unchanged', 'import.count.unchanged', 'gray'],
    ['skip', done ? 'import.done.skip' : 'import.count.skip', 'orange'],
  ];
  return (
    <SimpleGrid cols={{ base: 2, sm: 4 }} data-testid="import-counts">
      {cells.map(([key, label, color]) => (
        <Card key={key} withBorder padding="sm" data-testid={`import-count-${key}`}>
          <Text size="xs" c="dimmed">
            {t(label)}
          </Text>
          <Text fw={700} size="xl" c={report.counts[key] > 0 ? color : undefined}>
            {number(report.counts[key])}
          </Text>
        </Card>
      ))}
    </SimpleGrid>
  );
}
