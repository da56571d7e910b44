/**
 * Saves a file made by the API: through the desktop app's save dialog when it is there, else as
 * a browser download (the local web host).
 */
import type { ExportFile } from '../../shared/api/forecastViews';

export type SaveOutcome = 'saved' | 'cancelled' | 'downloaded';

export async function saveFile(file: ExportFile): Promise<SaveOutcome> {
  if (window.outpost?.saveFile) {
    const result = await window.outpost.saveFile(file);
    return result.saved ? 'saved' : 'cancelled';
  }
  const bytes = Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: file.mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return 'downloaded';
}
