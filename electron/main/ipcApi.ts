/**
 * Serves the API contract over IPC. Every call is checked to come from the app's own page; then
 * it goes to the workspace worker, which validates its input and dispatches it (DESIGN.md §12).
 */
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { fail, type Result } from '../../src/shared/api/result';

export const API_CHANNEL = 'outpost:api';

export function registerApiIpc(
  ipcMain: IpcMain,
  api: (method: string, input: unknown) => Promise<Result<unknown>>,
  isAppUrl: (url: string) => boolean,
): void {
  ipcMain.handle(
    API_CHANNEL,
    async (event: IpcMainInvokeEvent, method: unknown, input: unknown) => {
      const url = event.senderFrame?.url ?? '';
      if (!isAppUrl(url))
        return fail('unauthorized', 'This request did not come from the Outpost window');
      if (typeof method !== 'string') return fail('unknown_method', 'API method must be a string');
      return api(method, input);
    },
  );
}
