/**
 * Serves the API contract over IPC. Every call is checked to come from the app's own page before
 * its input is validated and dispatched (DESIGN.md §12).
 */
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { fail } from '../../src/shared/api/result';
import type { ApiHandlers } from '../../src/services/apiHandlers';
import { dispatch } from '../../src/services/dispatch';

export const API_CHANNEL = 'outpost:api';

export function registerApiIpc(
  ipcMain: IpcMain,
  handlers: ApiHandlers,
  isAppUrl: (url: string) => boolean,
): void {
  ipcMain.handle(
    API_CHANNEL,
    async (event: IpcMainInvokeEvent, method: unknown, input: unknown) => {
      const url = event.senderFrame?.url ?? '';
      if (!isAppUrl(url))
        return fail('unauthorized', 'This request did not come from the Outpost window');
      if (typeof method !== 'string') return fail('unknown_method', 'API method must be a string');
      return dispatch(handlers, method, input);
    },
  );
}
