/**
 * What the page tells the main process about the shell: the language the menu should speak.
 * Checked like every IPC call: from the app's own page, with a value the app knows.
 */
import type { IpcMain } from 'electron';
import type { Lang } from '../../src/shared/format/formatters';

export const MENU_LANGUAGE_CHANNEL = 'outpost:menu-language';
export const COMMAND_CHANNEL = 'outpost:command';

export function registerShellIpc(
  ipcMain: Pick<IpcMain, 'on'>,
  options: { isAppUrl: (url: string) => boolean; setMenuLanguage: (lang: Lang) => void },
): void {
  ipcMain.on(MENU_LANGUAGE_CHANNEL, (event, lang: unknown) => {
    if (!options.isAppUrl(event.senderFrame?.url ?? '')) return;
    if (lang === 'en' || lang === 'zh-CN') options.setMenuLanguage(lang);
  });
}
