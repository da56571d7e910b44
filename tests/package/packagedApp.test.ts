/**
 * The desktop package as a user's machine gets it: the unpacked Linux app built by electron-builder
 * from electron.builder.yml, with a stand-in Electron distribution (DESIGN.md §10). Then its main
 * bundle — extracted from the asar — runs under plain Node with `electron` mocked, as a packaged
 * app, and must open and migrate a fresh database from the migrations it ships.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { extractAll, listPackage, statFile } from '@electron/asar';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyKey } from '../../src/db/databaseKey';
import { ensureBuilt } from '../../src/hosts/common/ensureBuilt';
import { REPO_ROOT } from '../../src/hosts/common/appPaths';
import { makeStandInElectron } from './standInElectron';

const ELECTRON_VERSION = (
  createRequire(import.meta.url)('electron/package.json') as { version: string }
).version;
const TARGET = `${process.platform}-${process.arch}`;
const MB = 1024 * 1024;

let work: string;
let appDir: string;
let resources: string;
let asarFiles: string[];

function sizeOf(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.size;
  return readdirSync(path).reduce((sum, name) => sum + sizeOf(join(path, name)), 0);
}

beforeAll(() => {
  ensureBuilt();
  work = mkdtempSync(join(tmpdir(), 'outpost-package-'));
  const electronDist = makeStandInElectron(join(work, 'electron-dist'), ELECTRON_VERSION);
  const build = spawnSync(
    join(REPO_ROOT, 'node_modules', '.bin', 'electron-builder'),
    [
      '--linux',
      'dir',
      '--config',
      'electron.builder.yml',
      `-c.electronDist=${electronDist}`,
      `-c.directories.output=${join(work, 'dist')}`,
    ],
    { cwd: REPO_ROOT, encoding: 'utf8', env: { ...process.env, CI: 'true' } },
  );
  if (build.status !== 0)
    throw new Error(`electron-builder failed:\n${build.stdout}\n${build.stderr}`);
  appDir = join(work, 'dist', 'linux-unpacked');
  resources = join(appDir, 'resources');
  asarFiles = listPackage(join(resources, 'app.asar'), { isPack: false });
}, 300_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('the packaged desktop app', () => {
  it('holds the built app and nothing else: no sources, tests, CI files, maps or other packages', () => {
    for (const built of [
      '/out/main/index.js',
      '/out/preload/index.cjs',
      '/out/renderer/index.html',
    ])
      expect(asarFiles).toContain(built);
    const strays = asarFiles.filter(
      (f) =>
        /^\/(src|tests|electron|\.ci|drizzle|dist|resources)(\/|$)/.test(f) ||
        /\.(ts|tsx|map)$/.test(f) ||
        (f.startsWith('/node_modules/') && !f.startsWith('/node_modules/better-sqlite3')),
    );
    expect(strays).toEqual([]);
    // The main process and its workspace worker are bundles: their libraries (zod, drizzle,
    // exceljs…) are inside them and the chunks they share.
    const main = asarFiles.filter((f) => f.startsWith('/out/main/') && f.endsWith('.js'));
    expect(main).toEqual(
      expect.arrayContaining([
        '/out/main/index.js',
        '/out/main/workspaceWorker.js',
        '/out/main/backupThread.js',
      ]),
    );
    expect(
      main.every((f) =>
        /^\/out\/main\/(index|workspaceWorker|backupThread|chunks\/[\w.-]+)\.js$/.test(f),
      ),
    ).toBe(true);
  });

  it('ships the migrations where the main process looks for them (process.resourcesPath)', () => {
    const shipped = readdirSync(join(resources, 'drizzle')).filter((f) => f.endsWith('.sql'));
    const source = readdirSync(join(REPO_ROOT, 'drizzle')).filter((f) => f.endsWith('.sql'));
    expect(shipped.sort()).toEqual(source.sort());
    expect(existsSync(join(resources, 'drizzle', 'meta', '_journal.json'))).toBe(true);
    const main = readFileSync(join(REPO_ROOT, 'electron', 'main', 'index.ts'), 'utf8');
    expect(main).toContain("join(process.resourcesPath, 'drizzle')");
  });

  it("carries one native SQLite binary, the target platform's, unpacked from the asar", () => {
    const natives = asarFiles.filter((f) => f.endsWith('.node'));
    expect(natives).toEqual([`/node_modules/better-sqlite3/prebuilds/${TARGET}.node`]);
    const inner = `node_modules/better-sqlite3/prebuilds/${TARGET}.node`;
    expect(statFile(join(resources, 'app.asar'), inner)).toMatchObject({ unpacked: true });
    const unpacked = join(resources, 'app.asar.unpacked', inner);
    expect(
      readFileSync(unpacked).equals(
        readFileSync(
          join(REPO_ROOT, 'node_modules', 'better-sqlite3', 'prebuilds', `${TARGET}.node`),
        ),
      ),
    ).toBe(true);
    // No SQLite sources, build tree or other platforms' binaries.
    const strays = readdirSync(
      join(resources, 'app.asar.unpacked', 'node_modules', 'better-sqlite3'),
    );
    expect(strays.sort()).toEqual(['LICENSE', 'lib', 'package.json', 'prebuilds']);
  });

  it('is small: the app it adds to Electron stays under 60 MB before compression', () => {
    const parts = {
      asar: sizeOf(join(resources, 'app.asar')),
      unpacked: sizeOf(join(resources, 'app.asar.unpacked')),
      migrations: sizeOf(join(resources, 'drizzle')),
    };
    const total = parts.asar + parts.unpacked + parts.migrations;
    console.log(
      `packaged app: ${(total / MB).toFixed(1)} MB (app.asar ${(parts.asar / MB).toFixed(1)} MB, ` +
        `unpacked native module ${(parts.unpacked / MB).toFixed(1)} MB, migrations ${(parts.migrations / MB).toFixed(2)} MB), besides Electron itself`,
    );
    expect(total).toBeLessThan(60 * MB);
  });

  it('flips the fuses: no run-as-node, no NODE_OPTIONS or --inspect, encrypted cookies, asar only', async () => {
    const wire = await getCurrentFuseWire(join(appDir, 'outpost'));
    const on = (fuse: FuseV1Options) => String.fromCharCode(wire[fuse] as number);
    expect(on(FuseV1Options.RunAsNode)).toBe('0');
    expect(on(FuseV1Options.EnableNodeOptionsEnvironmentVariable)).toBe('0');
    expect(on(FuseV1Options.EnableNodeCliInspectArguments)).toBe('0');
    expect(on(FuseV1Options.EnableCookieEncryption)).toBe('1');
    expect(on(FuseV1Options.EnableEmbeddedAsarIntegrityValidation)).toBe('1');
    expect(on(FuseV1Options.OnlyLoadAppFromAsar)).toBe('1');
  });

  interface MainReport {
    windows: {
      options: {
        x?: number;
        y?: number;
        width: number;
        height: number;
        webPreferences: Record<string, unknown>;
      };
      events: string[];
      loaded: { file: string };
      focused: number;
    }[];
    ipcChannels: string[];
    errorBoxes: unknown[];
    menu: { label: string; items: string[] }[];
    powerEvents: string[];
    setUp: { ok: boolean; data?: { words: string[] } } | null;
    quit: boolean;
  }

  /** Runs the packaged main bundle under plain Node as a packaged app, until its window closes. */
  function runMain(env: Record<string, string>): MainReport {
    const app = join(work, 'extracted');
    if (!existsSync(app)) extractAll(join(resources, 'app.asar'), app);
    const report = join(work, 'report.json');
    rmSync(report, { force: true });
    const run = spawnSync(
      process.execPath,
      [
        '--import',
        join(REPO_ROOT, 'tests', 'package', 'registerElectronMock.mjs'),
        join(app, 'out', 'main', 'index.js'),
      ],
      {
        encoding: 'utf8',
        timeout: 60_000,
        env: {
          ...process.env,
          MOCK_RESOURCES_PATH: resources,
          MOCK_USER_DATA: join(work, 'user-data'),
          MOCK_REPORT: report,
          MOCK_CLOSE_AFTER_MS: '1500',
          ...env,
        },
      },
    );
    expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
    return JSON.parse(readFileSync(report, 'utf8')) as MainReport;
  }

  it('starts under plain Node with electron mocked: sets up a fresh database encrypted, its key in the keystore, and migrates it, ignoring OUTPOST_DB', () => {
    const elsewhere = join(work, 'elsewhere.db');
    const seen = runMain({
      OUTPOST_DB: elsewhere,
      MOCK_SECOND_INSTANCE: '1',
      MOCK_LOCALE: 'zh-CN',
      MOCK_SET_UP: '1',
    });
    expect(seen.errorBoxes).toEqual([]);
    expect(existsSync(elsewhere)).toBe(false);
    // The page set up encryption with the (stand-in) OS keystore: no passphrase, 24 words.
    expect(seen.setUp?.ok, JSON.stringify(seen.setUp)).toBe(true);
    expect(seen.setUp?.data?.words).toHaveLength(24);
    const userData = join(work, 'user-data');
    const file = join(userData, 'outpost.db');
    expect(readFileSync(file).subarray(0, 15).toString('latin1')).not.toBe('SQLite format 3');
    const wrapped = readFileSync(`${file}.keystore`, 'utf8').replace(/^mock-keystore:/, '');
    const db = new Database(file, { readonly: true });
    applyKey(db, Buffer.from(wrapped, 'base64'));
    try {
      const journal = JSON.parse(
        readFileSync(join(resources, 'drizzle', 'meta', '_journal.json'), 'utf8'),
      ) as { entries: unknown[] };
      expect(db.pragma('user_version', { simple: true })).toBe(journal.entries.length);
      expect(
        db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'accounts'").pluck().get(),
      ).toBe(1);
    } finally {
      db.close();
    }
    const [window] = seen.windows;
    expect(relative(join(work, 'extracted'), window!.loaded.file)).toBe(
      join('out', 'renderer', 'index.html'),
    );
    expect(window!.options.webPreferences).toMatchObject({
      devTools: false,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
    });
    expect(window!.events).toEqual(expect.arrayContaining(['will-navigate', 'before-input-event']));
    expect(seen.ipcChannels).toContain('outpost:api');
    // A second launch brought the one window forward instead of opening another.
    expect(seen.windows).toHaveLength(1);
    expect(window!.focused).toBe(1);
    // The menu speaks the system's language, and the packaged app's has no reload or DevTools.
    expect(seen.menu.map((m) => m.label)).toEqual([
      '文件(&F)',
      '编辑(&E)',
      '视图(&V)',
      '前往(&G)',
      '帮助(&H)',
    ]);
    const entries = seen.menu.flatMap((m) => m.items);
    expect(entries).toEqual(expect.arrayContaining(['今日', '显示日志', '检查更新…']));
    // Updates (electron-updater, bundled) are wired: the page can ask their state and install.
    expect(seen.ipcChannels).toEqual(
      expect.arrayContaining(['outpost:update-state', 'outpost:update-install']),
    );
    expect(existsSync(join(resources, 'app-update.yml'))).toBe(true);
    expect(entries).not.toContain('重新加载');
    expect(entries).not.toContain('开发者工具');
    // Waking the machine syncs at once.
    expect(seen.powerEvents).toContain('resume');
    // The log says when it started, on which database, and that it stopped cleanly.
    const lines = readFileSync(join(userData, 'logs', 'outpost.log'), 'utf8')
      .trim()
      .split('\n');
    expect(lines.map((l) => (JSON.parse(l) as { msg: string }).msg)).toEqual([
      'started',
      'stopped',
    ]);
    expect(JSON.parse(lines[0]!)).toMatchObject({
      host: 'desktop',
      dbFile: join(userData, 'outpost.db'),
    });
    expect(seen.quit).toBe(true);
  });

  it('opens the window where the user left it', () => {
    const moved = { x: 120, y: 80, width: 1300, height: 850 };
    runMain({ MOCK_MOVED_BOUNDS: JSON.stringify(moved) });
    const next = runMain({});
    expect(next.windows[0]!.options).toMatchObject(moved);
  });
});
