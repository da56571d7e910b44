/**
 * The Electron main process: starts the workspace worker (database, services, sync — never on
 * this thread), serves the API over IPC, shows one window with the application menu, remembers
 * where it was, logs to a file, and syncs when the network comes back or the machine wakes.
 */
import { join } from 'node:path';
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  powerMonitor,
  safeStorage,
  screen,
  session,
  shell,
} from 'electron';
import { logUncaught, openAppLog } from '../../src/hosts/common/appLog';
import { WorkspaceWorker } from '../../src/hosts/worker/workspaceWorker';
import type { Lang } from '../../src/shared/format/formatters';
import { languageOf } from '../../src/shared/format/languageOf';
import { menuLabels } from '../../src/shared/shell/menuLabels';
import { appMenuTemplate } from './appMenu';
import { appUrlMatcher } from './appUrl';
import { installSessionGuards } from './contentSecurity';
import { databaseFile } from './databaseFile';
import { chooseKeystore, unwrapKeyFromKeystore, wrapKeyInKeystore } from './osKeystore';
import { electronPdfPrinter } from './deckPdf';
import { registerApiIpc } from './ipcApi';
import { openErrorDialog } from './openErrorDialog';
import { hardenWebContents } from './productionGuards';
import { registerSaveFileIpc } from './saveFileIpc';
import { COMMAND_CHANNEL, registerShellIpc } from './shellIpc';
import { focusOrOpen } from './singleWindow';
import { createAppWindow } from './windowFactory';
import { startDesktopUpdates, UPDATE_STATE_CHANNEL } from './desktopUpdates';
import type { UpdateState } from './updateController';
import { fitToScreens, readWindowState, trackWindowState, writeWindowState } from './windowState';

let workspace: WorkspaceWorker | null = null;
let mainWindow: BrowserWindow | null = null;
let updates: { checkNow(): Promise<UpdateState> } | null = null;

if (!app.requestSingleInstanceLock()) app.quit();

const logFolder = join(app.getPath('userData'), 'logs');
const log = openAppLog('desktop', logFolder);
let lang: Lang = languageOf(app.getLocale());

logUncaught(log, (error) => {
  const l = menuLabels(lang);
  void dialog
    .showMessageBox({
      type: 'error',
      title: 'Outpost',
      message: l.unexpectedError,
      detail: `${error.message}\n\n${l.unexpectedErrorDetail}`,
      buttons: [l.showLogs, l.close],
      defaultId: 1,
    })
    .then(({ response }) => {
      if (response === 0) void shell.openPath(logFolder);
    });
});

/** Lets a sync round finish, closes the database (the worker does both), then quits: once. */
let quitting = false;
function shutdown(): void {
  if (quitting) return;
  quitting = true;
  void (workspace?.stop() ?? Promise.resolve()).finally(() => {
    workspace = null;
    log.logger.info('stopped');
    app.quit();
  });
}

void app.whenReady().then(async () => {
  const production = app.isPackaged;
  const migrationsDir = production ? join(process.resourcesPath, 'drizzle') : undefined;
  const dbFile = databaseFile(app);
  const rendererIndex = join(import.meta.dirname, '..', 'renderer', 'index.html');
  const devServerUrl = production ? undefined : process.env.ELECTRON_RENDERER_URL;
  const isAppUrl = appUrlMatcher(rendererIndex, devServerUrl);
  const preload = join(import.meta.dirname, '..', 'preload', 'index.cjs');
  hardenWebContents(app, { isAppUrl, production });
  installSessionGuards(session.defaultSession);
  // Deck PDFs: the deck's print page in a hidden window, printed with printToPDF.
  const printPdf = electronPdfPrinter({
    createWindow: (options) => new BrowserWindow(options),
    preload,
    isAppUrl,
    production,
    load: async (window, route) => {
      if (devServerUrl) await window.loadURL(`${devServerUrl}${route}`);
      else await window.loadFile(rendererIndex, { hash: route.replace(/^#/, '') });
    },
  });
  try {
    // The worker also rescores every account at the start of the day, while the window loads.
    // The key from the OS keystore where it is real; otherwise the window asks for the passphrase.
    const choice = await chooseKeystore(safeStorage, process.platform);
    const key = choice.keystore === 'os' ? await unwrapKeyFromKeystore(safeStorage, dbFile) : null;
    workspace = await WorkspaceWorker.start({
      entry: join(import.meta.dirname, 'workspaceWorker.js'),
      dbFile,
      migrationsDir,
      printPdf,
      gate: choice,
      ...(key ? { key: new Uint8Array(key) } : {}),
      wrapKey: (newKey) => wrapKeyInKeystore(safeStorage, dbFile, newKey),
    });
    key?.fill(0);
  } catch (error) {
    // A database from a newer Outpost, or a damaged file: say so and leave the file alone.
    log.logger.error({ err: error, dbFile }, 'database not opened');
    const { title, message } = openErrorDialog(error, app.getLocale());
    dialog.showErrorBox(title, message);
    app.quit();
    return;
  }
  const worker = workspace;
  log.logger.info(
    { dbFile, version: app.getVersion(), electron: process.versions.electron },
    'started',
  );
  worker.on('restarted', (reason) => {
    log.logger.error({ reason }, 'data worker restarted');
    const l = menuLabels(lang);
    void dialog.showMessageBox({
      type: 'warning',
      title: 'Outpost',
      message: l.workerRestarted,
      detail: reason,
      buttons: [l.close],
    });
  });
  worker.on('log', (entry) => log.logger.error(entry, 'data worker'));
  worker.on('gaveUp', (reason) => {
    log.logger.fatal({ reason }, 'data worker could not be restarted');
    const l = menuLabels(lang);
    dialog.showErrorBox(l.unexpectedError, `${reason}\n\n${l.unexpectedErrorDetail}`);
    app.exit(1);
  });
  // Waking the machine syncs at once (the page reports the network coming back).
  powerMonitor.on('resume', () => worker.networkBack());
  registerApiIpc(ipcMain, worker.call, isAppUrl);
  registerSaveFileIpc(ipcMain, {
    dialog,
    windowOf: (event) => BrowserWindow.fromWebContents(event.sender),
    downloadsDir: () => app.getPath('downloads'),
    isAppUrl,
  });

  const checkFromMenu = async () => {
    if (!updates) return;
    const l = menuLabels(lang);
    const state = await updates.checkNow();
    const message =
      state.state === 'upToDate'
        ? l.upToDate
        : state.state === 'error'
          ? `${l.updateFailed}\n${state.message}`
          : state.state === 'off'
            ? l.updatesOff
            : l.updateOnItsWay;
    void dialog.showMessageBox({ type: 'info', title: 'Outpost', message, buttons: [l.close] });
  };
  const setMenu = () =>
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(
        appMenuTemplate({
          lang,
          platform: process.platform,
          production,
          actions: {
            send: (command) => mainWindow?.webContents.send(COMMAND_CHANNEL, command),
            showLogs: () => void shell.openPath(logFolder),
            about: () => app.showAboutPanel(),
            checkForUpdates: updates ? () => void checkFromMenu() : undefined,
          },
        }),
      ),
    );
  setMenu();
  registerShellIpc(ipcMain, {
    isAppUrl,
    setMenuLanguage: (next) => {
      if (next === lang) return;
      lang = next;
      setMenu();
    },
  });
  const userData = app.getPath('userData');
  const openMainWindow = () => {
    const state = fitToScreens(
      readWindowState(userData),
      screen.getAllDisplays().map((d) => d.workArea),
    );
    const window = createAppWindow({ preload, isAppUrl, production, bounds: state });
    if (state.maximized) window.maximize();
    trackWindowState(window, (next) => writeWindowState(userData, next));
    window.on('closed', () => {
      if (mainWindow === window) mainWindow = null;
    });
    if (devServerUrl) void window.loadURL(devServerUrl);
    else void window.loadFile(rendererIndex);
    return window;
  };
  mainWindow = openMainWindow();
  // Updates from the team's server, in the packaged app only.
  if (production) {
    try {
      updates = await startDesktopUpdates({
        ipcMain,
        isAppUrl,
        call: worker.call,
        send: (state) => mainWindow?.webContents.send(UPDATE_STATE_CHANNEL, state),
        log: (error) => log.logger.warn({ err: error }, 'update check failed'),
      });
      setMenu();
    } catch (error) {
      log.logger.error({ err: error }, 'updates could not start');
    }
  }
  app.on('second-instance', () => (mainWindow = focusOrOpen(mainWindow, openMainWindow)));
  app.on('activate', () => (mainWindow = focusOrOpen(mainWindow, openMainWindow)));
});

app.on('window-all-closed', () => {
  // A Mac app stays open with its windows closed; the Dock icon brings the window back.
  if (process.platform !== 'darwin') shutdown();
});

app.on('before-quit', (event) => {
  // Let a round in flight finish its transaction before the database closes.
  if (workspace && !quitting) {
    event.preventDefault();
    shutdown();
  }
});
