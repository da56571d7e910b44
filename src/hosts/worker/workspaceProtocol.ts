/**
 * The messages between a host (the Electron main process, the local web host) and the worker that
 * owns its workspace — database, services, sync — so the host's own thread never waits on them
 * (DESIGN.md §12). Both hosts speak exactly this.
 */
import type { Result } from '../../shared/api/result';
import type { DatabaseOpenProblem } from '../../shared/messages/databaseOpenText';

export interface WorkspaceWorkerData {
  dbFile: string;
  migrationsDir?: string;
  /** The key of an encrypted database, unlocked by the host (never from a command line). */
  key?: Uint8Array;
  /** The host can print pages of the app to PDF (deck export); the worker asks it to. */
  canPrintPdf: boolean;
  sync?: { debounceMs?: number; intervalMs?: number };
  /**
   * The app's hosts: the database must be encrypted, and is served only once set up or unlocked
   * in the app. Where its key is kept: the OS keystore (the desktop, where it is real) or a
   * passphrase, and why not the keystore.
   */
  gate?: {
    keystore: 'os' | 'passphrase';
    passphraseBecause: 'basicText' | 'unavailable' | 'notDesktop' | null;
  };
  /** Slot 0 holds the id of the call the user cancelled: read by long work between its steps. */
  cancel?: Int32Array;
}

/** Host → worker. */
export type ToWorker =
  | { type: 'call'; id: number; method: string; input: unknown }
  | { type: 'reply'; id: number; ok: true; value: unknown }
  | { type: 'reply'; id: number; ok: false; message: string }
  | { type: 'networkBack' }
  | { type: 'stop' };

/** Worker → host. */
export type FromWorker =
  | { type: 'ready' }
  | { type: 'failed'; open?: { file: string; problem: DatabaseOpenProblem }; message: string }
  | { type: 'result'; id: number; result: Result<unknown> }
  | { type: 'request'; id: number; what: 'printPdf'; route: string }
  /** Keep this new database key in the OS keystore (the desktop's safeStorage). */
  | { type: 'request'; id: number; what: 'wrapKey'; key: Uint8Array }
  | { type: 'progress'; id: number; done: number; total: number }
  /** A call that failed unexpectedly (a bug, a full disk): for the host's log file. */
  | { type: 'log'; method: string; message: string }
  | { type: 'stopped' };
