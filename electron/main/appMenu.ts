/**
 * The application menu, in the app's language: File, Edit, View, Go and Help (with the macOS app
 * menu first on a Mac). Commands the page carries out (a new account, the pages of Go, dark mode)
 * are sent to the window; a packaged app's View menu has no reload and no DevTools.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { Lang } from '../../src/shared/format/formatters';
import { COMMAND_SHORTCUTS, type AppCommand } from '../../src/shared/shell/appCommands';
import { menuLabels } from '../../src/shared/shell/menuLabels';

export interface MenuActions {
  /** Sends a command to the focused window's page. */
  send(command: AppCommand): void;
  showLogs(): void;
  about(): void;
  /** Only where updates are on (the packaged app). */
  checkForUpdates?: () => void;
}

export function appMenuTemplate(options: {
  lang: Lang;
  platform: NodeJS.Platform;
  production: boolean;
  actions: MenuActions;
}): MenuItemConstructorOptions[] {
  const { actions, platform } = options;
  const l = menuLabels(options.lang);
  const mac = platform === 'darwin';
  const command = (id: AppCommand): MenuItemConstructorOptions => ({
    label: l.commands[id],
    accelerator: COMMAND_SHORTCUTS[id],
    click: () => actions.send(id),
  });
  const about: MenuItemConstructorOptions = { label: l.about, click: () => actions.about() };
  const quit: MenuItemConstructorOptions = { label: l.quit, role: 'quit' };
  const template: MenuItemConstructorOptions[] = [];
  if (mac) template.push({ label: 'Outpost', submenu: [about, { type: 'separator' }, quit] });
  template.push(
    {
      label: l.file,
      submenu: [
        command('new-account'),
        command('new-touchpoint'),
        command('new-action-item'),
        { type: 'separator' },
        command('export-forecast'),
        command('import-file'),
        { type: 'separator' },
        command('sync-now'),
        command('recompute-health'),
        ...(mac ? [] : [{ type: 'separator' as const }, quit]),
      ],
    },
    {
      label: l.edit,
      submenu: [
        { label: l.undo, role: 'undo' },
        { label: l.redo, role: 'redo' },
        { type: 'separator' },
        { label: l.cut, role: 'cut' },
        { label: l.copy, role: 'copy' },
        { label: l.paste, role: 'paste' },
        { label: l.selectAll, role: 'selectAll' },
      ],
    },
    {
      label: l.view,
      submenu: [
        command('toggle-dark-mode'),
        command('toggle-language'),
        { type: 'separator' },
        { label: l.zoomIn, role: 'zoomIn' },
        { label: l.zoomOut, role: 'zoomOut' },
        { label: l.resetZoom, role: 'resetZoom' },
        { type: 'separator' },
        { label: l.fullScreen, role: 'togglefullscreen' },
        ...(options.production
          ? []
          : [
              { type: 'separator' as const },
              { label: l.reload, role: 'reload' as const },
              { label: l.devTools, role: 'toggleDevTools' as const },
            ]),
      ],
    },
    {
      label: l.go,
      submenu: [
        command('go-today'),
        command('go-portfolio'),
        command('go-renewals'),
        command('go-kpis'),
        command('go-risk'),
        command('go-search'),
        { type: 'separator' },
        command('open-palette'),
      ],
    },
    {
      label: l.help,
      submenu: [
        { label: l.showLogs, click: () => actions.showLogs() },
        ...(actions.checkForUpdates
          ? [{ label: l.checkForUpdates, click: () => actions.checkForUpdates?.() }]
          : []),
        ...(mac ? [] : [{ type: 'separator' as const }, about]),
      ],
    },
  );
  return template;
}
