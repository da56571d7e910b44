/**
 * Updates of the desktop app, from the team's own server (`server --updates DIR`, electron-updater's
 * generic provider): checked at start and every few hours, downloaded in the background, installed
 * when the user restarts (or quits). What it is doing is one state the window shows.
 */
import { EventEmitter } from 'node:events';

export type UpdateState =
  | { state: 'off' }
  | { state: 'idle' }
  | { state: 'checking' }
  | { state: 'upToDate'; checkedAt: string }
  | { state: 'downloading'; version: string; percent: number }
  | { state: 'ready'; version: string }
  | { state: 'error'; message: string };

/** The part of electron-updater's `autoUpdater` this uses. */
export interface Updater {
  autoDownload: boolean;
  autoInstallOnAppQuit: boolean;
  setFeedURL(options: { provider: 'generic'; url: string }): void;
  checkForUpdates(): Promise<unknown>;
  quitAndInstall(): void;
  on(event: string, listener: (...args: never[]) => void): unknown;
}

/** The feed of a team server: its /updates/ folder. */
export function feedUrlOf(serverUrl: string | null): string | null {
  return serverUrl ? `${serverUrl.replace(/\/+$/, '')}/updates/` : null;
}

export class UpdateController extends EventEmitter<{ change: [UpdateState] }> {
  private current: UpdateState = { state: 'off' };
  private feed: string | null = null;

  constructor(
    private readonly updater: Updater,
    private readonly now: () => Date = () => new Date(),
  ) {
    super();
    updater.autoDownload = true;
    updater.autoInstallOnAppQuit = true;
    updater.on('update-available', (info: { version: string }) =>
      this.set({ state: 'downloading', version: info.version, percent: 0 }),
    );
    updater.on('download-progress', (progress: { percent: number }) => {
      if (this.current.state === 'downloading')
        this.set({ ...this.current, percent: Math.round(progress.percent) });
    });
    updater.on('update-downloaded', (info: { version: string }) =>
      this.set({ state: 'ready', version: info.version }),
    );
    updater.on('update-not-available', () =>
      this.set({ state: 'upToDate', checkedAt: this.now().toISOString() }),
    );
    updater.on('error', (error: Error) => this.set({ state: 'error', message: error.message }));
  }

  get state(): UpdateState {
    return this.current;
  }

  /** Points at the team server's feed (null: no server, no updates). */
  setFeed(url: string | null): void {
    if (url === this.feed) return;
    this.feed = url;
    if (url) this.updater.setFeedURL({ provider: 'generic', url });
    // A downloaded update stays ready to install whatever the feed became.
    if (this.current.state !== 'ready') this.set(url ? { state: 'idle' } : { state: 'off' });
  }

  /** Asks the feed; a check or a download already under way is not started twice. */
  async check(): Promise<UpdateState> {
    const busy = ['off', 'checking', 'downloading', 'ready'].includes(this.current.state);
    if (busy) return this.current;
    this.set({ state: 'checking' });
    try {
      await this.updater.checkForUpdates();
    } catch (error) {
      this.set({ state: 'error', message: error instanceof Error ? error.message : String(error) });
    }
    return this.current;
  }

  /** Restarts into the downloaded update; nothing to install does nothing. */
  install(): boolean {
    if (this.current.state !== 'ready') return false;
    this.updater.quitAndInstall();
    return true;
  }

  private set(next: UpdateState): void {
    this.current = next;
    this.emit('change', next);
  }
}
