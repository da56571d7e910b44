/**
 * Wires updates into the packaged app: electron-updater pointed at the team server's feed (from
 * the sync settings, asked of the workspace worker), a check shortly after start and every six
 * hours, the state sent to the window, and "Restart to update" from it.
 */
import type { IpcMain } from 'electron';
import type { Result } from '../../src/shared/api/result';
import { feedUrlOf, UpdateController, type Updater, type UpdateState } from './updateController';

export const UPDATE_STATE_CHANNEL = 'outpost:update-state';
export const UPDATE_INSTALL_CHANNEL = 'outpost:update-install';
const SIX_HOURS = 6 * 3_600_000;

export async function startDesktopUpdates(options: {
  ipcMain: Pick<IpcMain, 'handle'>;
  isAppUrl: (url: string) => boolean;
  call: (method: string, input: unknown) => Promise<Result<unknown>>;
  send: (state: UpdateState) => void;
  log: (error: unknown) => void;
}): Promise<{ controller: UpdateController; checkNow(): Promise<UpdateState> }> {
  const { autoUpdater } = await import('electron-updater');
  // electron-updater's autoUpdater has every member Updater names, with narrower event types.
  const controller = new UpdateController(autoUpdater as unknown as Updater);
  controller.on('change', options.send);
  // The feed follows the sync settings: read them again before every check.
  const refresh = async () => {
    const status = await options.call('sync:status', {});
    const serverUrl = status.ok ? (status.data as { serverUrl: string | null }).serverUrl : null;
    controller.setFeed(feedUrlOf(serverUrl));
    return controller.check();
  };
  const run = () => refresh().catch(options.log);
  setTimeout(run, 30_000);
  setInterval(run, SIX_HOURS);
  const fromApp = (event: { senderFrame?: { url: string } | null }) =>
    options.isAppUrl(event.senderFrame?.url ?? '');
  options.ipcMain.handle(UPDATE_STATE_CHANNEL, (event) =>
    fromApp(event) ? controller.state : null,
  );
  options.ipcMain.handle(UPDATE_INSTALL_CHANNEL, (event) =>
    fromApp(event) ? controller.install() : false,
  );
  return { controller, checkNow: refresh };
}
