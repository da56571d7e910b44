/** The Electron main process: opens the database, serves the API over IPC, shows one window. */
import { join } from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, session } from 'electron';
import { createApiHandlers } from '../../src/services/apiHandlers';
import { startOfDay } from '../../src/services/startOfDay';
import { SyncScheduler } from '../../src/services/sync/syncScheduler';
import { openWorkspace, type Workspace } from '../../src/services/workspace';
import { appUrlMatcher } from './appUrl';
import { installSessionGuards } from './contentSecurity';
import { registerApiIpc } from './ipcApi';
import { openErrorDialog } from './openErrorDialog';
import { registerSaveFileIpc } from './saveFileIpc';
import { electronPdfPrinter } from './deckPdf';
import { createAppWindow } from './windowFactory';
import { databaseFile } from './databaseFile';
import { hardenWebContents } from './productionGuards';

let workspace: Workspace | null = null;
let sync: SyncScheduler | null = null;

if (!app.requestSingleInstanceLock()) app.quit();

void app.whenReady().then(() => {
  const migrationsDir = app.isPackaged ? join(process.resourcesPath, 'drizzle') : undefined;
  try {
    workspace = openWorkspace(databaseFile(app), migrationsDir ? { migrationsDir } : {});
  } catch (error) {
    // A database from a newer Outpost, or a damaged file: say so and leave the file alone.
    const { title, message } = openErrorDialog(error, app.getLocale());
    dialog.showErrorBox(title, message);
    app.quit();
    return;
  }
  const rendererIndex = join(import.meta.dirname, '..', 'renderer', 'index.html');
  const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL;
  const isAppUrl = appUrlMatcher(rendererIndex, devServerUrl);

  const production = app.isPackaged;
  hardenWebContents(app, { isAppUrl, production });
  installSessionGuards(session.defaultSession);
  // The sync scheduler: background rounds with backoff while the app runs (DESIGN.md §8).
  sync = new SyncScheduler(workspace);
  const preload = join(import.meta.dirname, '..', 'preload', 'index.cjs');
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
  registerApiIpc(ipcMain, createApiHandlers(workspace, sync, { printPdf }), isAppUrl);
  registerSaveFileIpc(ipcMain, {
    dialog,
    windowOf: (event) => BrowserWindow.fromWebContents(event.sender),
    downloadsDir: () => app.getPath('downloads'),
    isAppUrl,
  });
  sync.start();

  const window = createAppWindow({ preload, isAppUrl, production });
  if (devServerUrl) void window.loadURL(devServerUrl);
  else void window.loadFile(rendererIndex);
  // Start of day: rescore every account (and fire or clear alerts), take the week's forecast
  // snapshot, while the window loads.
  const opened = workspace;
  setImmediate(() => startOfDay(opened));
});

app.on('window-all-closed', () => {
  // Let a round in flight finish its transaction before the database closes.
  void (sync?.stop() ?? Promise.resolve()).finally(() => {
    workspace?.close();
    workspace = null;
    app.quit();
  });
});
