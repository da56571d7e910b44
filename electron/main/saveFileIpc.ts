/**
 * Saves an export where the user chooses: the save dialog, then the bytes written to that file.
 * Like every IPC handler it checks that the call came from the app's own page and validates the
 * input (a plain file name, base64 bytes within a size limit) before touching the disk.
 */
import { writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { BrowserWindow, Dialog, IpcMain, IpcMainInvokeEvent } from 'electron';
import {
  SAVE_FILE_CHANNEL,
  savedFileInput,
  type SaveFileResult,
} from '../../src/shared/api/savedFile';

export interface SaveFileDeps {
  dialog: Pick<Dialog, 'showSaveDialog'>;
  windowOf(event: IpcMainInvokeEvent): BrowserWindow | null;
  downloadsDir(): string;
  isAppUrl(url: string): boolean;
}

const FILTERS: Record<string, { name: string; extensions: string[] }> = {
  '.csv': { name: 'CSV (UTF-8)', extensions: ['csv'] },
  '.xlsx': { name: 'Excel workbook', extensions: ['xlsx'] },
  '.pptx': { name: 'PowerPoint', extensions: ['pptx'] },
  '.pdf': { name: 'PDF', extensions: ['pdf'] },
};

export function registerSaveFileIpc(ipcMain: IpcMain, deps: SaveFileDeps): void {
  ipcMain.handle(
    SAVE_FILE_CHANNEL,
    async (event: IpcMainInvokeEvent, input: unknown): Promise<SaveFileResult> => {
      if (!deps.isAppUrl(event.senderFrame?.url ?? ''))
        throw new Error('This request did not come from the Outpost window');
      const file = savedFileInput.parse(input);
      const filter = FILTERS[extname(file.fileName).toLowerCase()];
      const options = {
        defaultPath: join(deps.downloadsDir(), file.fileName),
        filters: filter ? [filter] : [],
      };
      const window = deps.windowOf(event);
      const choice = await (window
        ? deps.dialog.showSaveDialog(window, options)
        : deps.dialog.showSaveDialog(options));
      if (choice.canceled || !choice.filePath) return { saved: false, path: null };
      await writeFile(choice.filePath, Buffer.from(file.base64, 'base64'));
      return { saved: true, path: choice.filePath };
    },
  );
}
