// A stand-in for the `electron` module, so the packaged main bundle runs under plain Node
// (Electron's binary cannot be downloaded here: DESIGN.md §10). It behaves as a packaged app
// whose resources are MOCK_RESOURCES_PATH and whose user data folder is MOCK_USER_DATA, records
// what the main process asked of Electron, and writes that to MOCK_REPORT when the app quits.
// MOCK_CLOSE_AFTER_MS closes the last window that long after it was created.
import { EventEmitter } from 'node:events';
import { writeFileSync } from 'node:fs';

const env = process.env;
process.resourcesPath = env.MOCK_RESOURCES_PATH;

const report = { windows: [], ipcChannels: [], errorBoxes: [], sessionGuards: [], quit: false };
const app = new EventEmitter();

class WebContents extends EventEmitter {
  windowOpenHandler = null;
  setWindowOpenHandler(handler) {
    this.windowOpenHandler = handler;
  }
  closeDevTools() {}
  executeJavaScript() {
    return Promise.resolve('');
  }
}

class BrowserWindow extends EventEmitter {
  static all = [];
  constructor(options) {
    super();
    this.webContents = new WebContents();
    this.entry = { options, loaded: null, events: [] };
    report.windows.push(this.entry);
    BrowserWindow.all.push(this);
    app.emit('web-contents-created', {}, this.webContents);
    if (env.MOCK_CLOSE_AFTER_MS)
      setTimeout(() => app.emit('window-all-closed'), Number(env.MOCK_CLOSE_AFTER_MS));
  }
  static fromWebContents(contents) {
    return BrowserWindow.all.find((w) => w.webContents === contents) ?? null;
  }
  loadFile(file, options) {
    this.entry.loaded = { file, options };
    this.entry.events = this.webContents.eventNames();
    this.entry.guardsWindowOpen = this.webContents.windowOpenHandler !== null;
    return Promise.resolve();
  }
  loadURL(url) {
    this.entry.loaded = { url };
    return Promise.resolve();
  }
  show() {}
  destroy() {}
  isDestroyed() {
    return false;
  }
}

Object.assign(app, {
  isPackaged: true,
  requestSingleInstanceLock: () => true,
  whenReady: () => Promise.resolve(),
  getPath: (name) => {
    if (name === 'userData') return env.MOCK_USER_DATA;
    return env.MOCK_USER_DATA;
  },
  getLocale: () => 'en-US',
  quit: () => {
    report.quit = true;
    writeFileSync(env.MOCK_REPORT, JSON.stringify(report, null, 2));
    process.exit(0);
  },
});

const session = {
  defaultSession: {
    webRequest: { onHeadersReceived: () => report.sessionGuards.push('csp') },
    setPermissionRequestHandler: () => report.sessionGuards.push('permissions'),
    setPermissionCheckHandler: () => report.sessionGuards.push('permission-checks'),
  },
};
const ipcMain = { handle: (channel) => report.ipcChannels.push(channel), on: () => {} };
const dialog = {
  showErrorBox: (title, message) => report.errorBoxes.push({ title, message }),
  showSaveDialog: () => Promise.resolve({ canceled: true }),
};
const shell = { openExternal: () => Promise.resolve() };

export { app, BrowserWindow, dialog, ipcMain, session, shell };
export default { app, BrowserWindow, dialog, ipcMain, session, shell };
