/**
 * Exports a file through the API and saves it (save dialog or download), telling the user how it
 * went; `exporting` names the format being made, for the button's spinner.
 */
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { Result } from '../../shared/api/result';
import type { ExportFile } from '../../shared/api/forecastViews';
import { useI18n } from '../i18n/i18nContext';
import { saveFile } from './saveFile';

export function useFileExport() {
  const { t } = useI18n();
  const [exporting, setExporting] = useState<string | null>(null);
  const run = async (format: string, make: () => Promise<Result<ExportFile>>) => {
    setExporting(format);
    try {
      const result = await make();
      if (!result.ok) throw new Error(result.error.message);
      if ((await saveFile(result.data)) !== 'cancelled')
        notifications.show({
          color: 'teal',
          message: t('renewals.exported', { file: result.data.fileName }),
        });
    } catch (e) {
      notifications.show({
        color: 'red',
        message: e instanceof Error ? e.message : String(e),
        autoClose: 10_000,
      });
    } finally {
      setExporting(null);
    }
  };
  return { exporting, run };
}
