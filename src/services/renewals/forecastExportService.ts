/** The forecast as a file: CSV (UTF-8 with BOM) or XLSX, titles in the user's language. */
import { reportProgress } from '../taskContext';
import { addDays } from '../../core/dates';
import type { ForecastQuery } from '../../shared/api/forecastInputs';
import type { ExportFile, ForecastView } from '../../shared/api/forecastViews';
import type { ExportLang } from '../../export/exportLabels';
import { forecastCsv } from '../../export/forecastCsv';
import { exportFileName } from '../../export/forecastTable';
import { forecastXlsx } from '../../export/forecastXlsx';
import type { Workspace } from '../workspace';
import { forecastView } from './forecastService';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export async function forecastFile(
  view: ForecastView,
  format: 'csv' | 'xlsx',
  lang: ExportLang,
): Promise<{ fileName: string; mimeType: string; bytes: Buffer }> {
  const lastDay = addDays(view.to, -1);
  const fileName = exportFileName(view, lastDay, format);
  if (format === 'csv')
    return {
      fileName,
      mimeType: 'text/csv; charset=utf-8',
      bytes: Buffer.from(forecastCsv(view.rows, lang), 'utf8'),
    };
  return { fileName, mimeType: XLSX_MIME, bytes: await forecastXlsx(view, lang, lastDay) };
}

export async function exportForecast(
  ws: Workspace,
  query: ForecastQuery & { format: 'csv' | 'xlsx'; lang: ExportLang },
): Promise<ExportFile> {
  // Two steps a large book can make long: the forecast itself, then the file.
  reportProgress(0, 2);
  const view = forecastView(ws, query);
  reportProgress(1, 2);
  const file = await forecastFile(view, query.format, query.lang);
  reportProgress(2, 2);
  return {
    fileName: file.fileName,
    mimeType: file.mimeType,
    base64: file.bytes.toString('base64'),
  };
}
