// A stand-in for the `electron` module, so the packaged main bundle runs under plain Node
// (Electron's binary cannot be downloaded here: DESIGN.md §10). It behaves as a packaged app
// whose resources are MOCK_RESOURCES_PATH and whose user data folder is MOCK_USER_DATA, records
// what the main process asked of Electron, and writes that to MOCK_REPORT when the app quits.
// MOCK_CLOSE_AFTER_MS closes the windows that long after the first was created (after a second
// launch knocked, with MOCK_SECOND_INSTANCE); the user "moved" each window to MOCK_MOVED_BOUNDS.
// With MOCK_SET_UP, the page "sets up encryption" first, through the API handler the main process
// registered; safeStorage is a stand-in keystore whose wrapping is `mock-keystore:` + the text.
import { EventEmitter } from 'node:events';
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const env = process.env;
process.resourcesPath = env.MOCK_RESOURCES_PATH;

const report = {
  windows: [],
  ipcChannels: [],
  errorBoxes: [],
  sessionGuards: [],
  menu: [],
  powerEvents: [],
  setUp: null,
  quit: false,
};
const handlers = new Map();
const moved = env.MOCK_MOVED_BOUNDS ? JSON.parse(env.MOCK_MOVED_BOUNDS) : null;
const app = new EventEmitter();

class WebContents extends EventEmitter {
  windowOpenHandler = null;
  setWindowOpenHandler(handler) {
    this.windowOpenHandler = handler;
  }
  closeDevTools() {}
  send() {}
  executeJavaScript() {
    return Promise.resolve('');
  }
}

class BrowserWindow extends EventEmitter {
  static all = [];
  constructor(options) {
    super();
    this.webContents = new WebContents();
    this.entry = { options, loaded: null, events: [], focused: 0, maximized: false };
    report.windows.push(this.entry);
    BrowserWindow.all.push(this);
    app.emit('web-contents-created', {}, this.webContents);
    if (env.MOCK_CLOSE_AFTER_MS && BrowserWindow.all.length === 1)
      setTimeout(async () => {
        if (env.MOCK_SET_UP) {
          const url = pathToFileURL(this.entry.loaded?.file ?? '').href;
          const api = handlers.get('outpost:api');
          report.setUp = await api({ senderFrame: { url } }, 'security:setUp', {});
        }
        if (env.MOCK_SECOND_INSTANCE) app.emit('second-instance');
        for (const window of BrowserWindow.all) {
          window.emit('close');
          window.emit('closed');
        }
        app.emit('window-all-closed');
      }, Number(env.MOCK_CLOSE_AFTER_MS));
  }
  static getAllWindows() {
    return BrowserWindow.all;
  }
  getNormalBounds() {
    const { x = 0, y = 0, width, height } = this.entry.options;
    return moved ?? { x, y, width, height };
  }
  isMaximized() {
    return this.entry.maximized;
  }
  maximize() {
    this.entry.maximized = true;
  }
  isMinimized() {
    return false;
  }
  restore() {}
  focus() {
    this.entry.focused++;
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
  getLocale: () => env.MOCK_LOCALE || 'en-US',
  getVersion: () => '0.0.0-test',
  showAboutPanel: () => {},
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
const ipcMain = {
  handle: (channel, handler) => {
    report.ipcChannels.push(channel);
    handlers.set(channel, handler);
  },
  on: () => {},
};
const safeStorage = {
  isAsyncEncryptionAvailable: () => Promise.resolve(true),
  getSelectedStorageBackend: () => 'gnome_libsecret',
  encryptStringAsync: (text) => Promise.resolve(Buffer.from(`mock-keystore:${text}`)),
  decryptStringAsync: (wrapped) =>
    Promise.resolve({
      result: wrapped.toString().replace(/^mock-keystore:/, ''),
      shouldReEncrypt: false,
    }),
};
const dialog = {
  showErrorBox: (title, message) => report.errorBoxes.push({ title, message }),
  showSaveDialog: () => Promise.resolve({ canceled: true }),
};
const shell = { openExternal: () => Promise.resolve(), openPath: () => Promise.resolve('') };
const Menu = {
  buildFromTemplate: (template) => template,
  setApplicationMenu: (template) => {
    report.menu = template.map((item) => ({
      label: item.label,
      items: (item.submenu ?? []).map((sub) => sub.label ?? sub.type),
    }));
  },
};
const powerMonitor = { on: (event) => report.powerEvents.push(event) };
const screen = { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] };
dialog.showMessageBox = () => Promise.resolve({ response: 1 });

const electron = {
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
};
export {
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
};
export default electron;
