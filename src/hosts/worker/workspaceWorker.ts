/**
 * The host's side of the workspace worker: starts it, forwards API calls and answers its requests
 * (deck PDFs), and restarts it if it dies. A call the dead worker had not answered fails with
 * `worker_restarted` — never a success that was not written — and the host is told, so the UI can
 * say so; the database is SQLite's, so a transaction cut short is rolled back, never half-written.
 */
import { EventEmitter } from 'node:events';
import { Worker } from 'node:worker_threads';
import { DatabaseOpenError } from '../../db/databaseOpenError';
import { fail, ok, type Result } from '../../shared/api/result';
import {
  CANCELLABLE_METHODS,
  LONG_METHODS,
  type TaskProgressView,
} from '../../shared/api/taskViews';
import { workerRestartedText } from '../../shared/messages/workerRestartedText';
import type { FromWorker, ToWorker, WorkspaceWorkerData } from './workspaceProtocol';

export type ApiCaller = (method: string, input: unknown) => Promise<Result<unknown>>;

export interface WorkspaceWorkerOptions extends Omit<WorkspaceWorkerData, 'canPrintPdf'> {
  /** The worker's entry: the bundled `workspaceWorker.js` in the app, the source file under tsx. */
  entry: URL | string;
  printPdf?: (route: string) => Promise<Buffer>;
  /** Keeps a new database key in the OS keystore (the desktop app's safeStorage). */
  wrapKey?: (key: Buffer) => Promise<void>;
  /** Restarts allowed within a minute before the host gives up (a worker that dies at once). */
  maxRestartsPerMinute?: number;
}

/** The source entry, for hosts that run from sources (tsx): the web host, the tests. */
export const SOURCE_ENTRY = new URL('./workspaceWorkerMain.ts', import.meta.url);

export const RESTARTED_MESSAGE = workerRestartedText('en');

export class WorkspaceWorker extends EventEmitter<{
  restarted: [reason: string];
  gaveUp: [reason: string];
  /** What the host should write to its log: an unexpected failure, or the error the worker died of. */
  log: [entry: { method?: string; message: string; stack?: string }];
}> {
  private worker: Worker | null = null;
  private nextId = 1;
  private readonly calls = new Map<number, (result: Result<unknown>) => void>();
  private restarts: number[] = [];
  /** Long calls under way, and how far each got; the cancel flag the worker reads. */
  private readonly tasks = new Map<number, TaskProgressView>();
  private readonly cancelFlag = new Int32Array(new SharedArrayBuffer(4));
  private stopping = false;

  private constructor(private readonly options: WorkspaceWorkerOptions) {
    super();
  }

  /** Starts the worker; rejects (a DatabaseOpenError where that is why) if the database cannot open. */
  static async start(options: WorkspaceWorkerOptions): Promise<WorkspaceWorker> {
    const client = new WorkspaceWorker(options);
    await client.spawn();
    return client;
  }

  readonly call: ApiCaller = (method, input) =>
    new Promise((resolve) => {
      if (!this.worker) {
        resolve(fail('worker_restarted', RESTARTED_MESSAGE));
        return;
      }
      // What long work is doing is answered here, by the host, while the worker is busy with it.
      if (method === 'tasks:progress') return resolve(ok({ tasks: [...this.tasks.values()] }));
      if (method === 'tasks:cancel') return resolve(this.cancel(input));
      const id = this.nextId++;
      this.calls.set(id, resolve);
      if (LONG_METHODS.includes(method))
        this.tasks.set(id, {
          id,
          method,
          done: 0,
          total: 0,
          startedAt: new Date().toISOString(),
          cancellable: CANCELLABLE_METHODS.includes(method),
        });
      this.send({ type: 'call', id, method, input });
    });

  private cancel(input: unknown): Result<{ cancelled: boolean }> {
    const id = (input as { id?: unknown } | null)?.id;
    if (typeof id !== 'number' || !Number.isInteger(id))
      return fail('invalid_input', 'id: a task id is required');
    if (!this.tasks.get(id)?.cancellable) return ok({ cancelled: false });
    Atomics.store(this.cancelFlag, 0, id);
    return ok({ cancelled: true });
  }

  /** The network came back or the machine woke: sync at once. */
  networkBack(): void {
    this.send({ type: 'networkBack' });
  }

  /** Lets a sync round finish, closes the database, ends the worker. */
  async stop(): Promise<void> {
    this.stopping = true;
    const worker = this.worker;
    if (!worker) return;
    await new Promise<void>((resolve) => {
      worker.once('exit', () => resolve());
      worker.postMessage({ type: 'stop' } satisfies ToWorker);
    });
    this.worker = null;
  }

  /** Ends the worker at once, as a crash would (tests, and a worker that stopped answering). */
  async kill(): Promise<void> {
    await this.worker?.terminate();
  }

  private send(message: ToWorker): void {
    this.worker?.postMessage(message);
  }

  private spawn(): Promise<void> {
    const { entry, printPdf, dbFile, migrationsDir, sync, key, gate } = this.options;
    const workerData: WorkspaceWorkerData = {
      dbFile,
      migrationsDir,
      key,
      sync,
      gate,
      canPrintPdf: printPdf !== undefined,
      cancel: this.cancelFlag,
    };
    // Source entries need tsx in the worker too, when the host was not itself started with it.
    const source = String(entry).endsWith('.ts');
    const execArgv =
      source && !process.execArgv.some((a) => a.includes('tsx'))
        ? [...process.execArgv, '--import', 'tsx']
        : undefined;
    const worker = new Worker(entry, { workerData, execArgv });
    return new Promise((resolve, reject) => {
      let ready = false;
      worker.on('message', (message: FromWorker) => {
        if (message.type === 'ready') {
          ready = true;
          this.worker = worker;
          resolve();
        } else if (message.type === 'failed') {
          reject(
            message.open
              ? new DatabaseOpenError(message.open.file, message.open.problem)
              : new Error(message.message),
          );
        } else if (message.type === 'result') {
          const done = this.calls.get(message.id);
          this.calls.delete(message.id);
          this.tasks.delete(message.id);
          done?.(message.result);
        } else if (message.type === 'progress') {
          const task = this.tasks.get(message.id);
          if (task)
            this.tasks.set(message.id, { ...task, done: message.done, total: message.total });
        } else if (message.type === 'log') {
          this.emit('log', { method: message.method, message: message.message });
        } else if (message.type === 'request') {
          void this.answer(worker, message.id, () =>
            message.what === 'printPdf'
              ? this.printPdf(message.route)
              : this.wrapKey(Buffer.from(message.key)),
          );
        }
      });
      worker.on('error', (error) => {
        if (!ready) reject(error);
        else this.emit('log', { message: error.message, stack: error.stack });
      });
      worker.on('exit', (code) => {
        if (!ready)
          return reject(new Error(`The data worker stopped before it was ready (${code})`));
        if (this.worker === worker) this.worker = null;
        this.failPending();
        if (!this.stopping)
          this.restart(`the data worker stopped unexpectedly (exit code ${code})`);
      });
    });
  }

  private async printPdf(route: string): Promise<Uint8Array> {
    if (!this.options.printPdf) throw new Error('This host cannot print PDFs');
    return new Uint8Array(await this.options.printPdf(route));
  }

  private async wrapKey(key: Buffer): Promise<null> {
    if (!this.options.wrapKey) throw new Error('This host has no OS keystore');
    await this.options.wrapKey(key);
    key.fill(0);
    return null;
  }

  private async answer(worker: Worker, id: number, work: () => Promise<unknown>): Promise<void> {
    try {
      const value = await work();
      worker.postMessage({ type: 'reply', id, ok: true, value } satisfies ToWorker);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      worker.postMessage({ type: 'reply', id, ok: false, message } satisfies ToWorker);
    }
  }

  private failPending(): void {
    for (const done of this.calls.values()) done(fail('worker_restarted', RESTARTED_MESSAGE));
    this.calls.clear();
    this.tasks.clear();
  }

  private restart(reason: string): void {
    const now = Date.now();
    this.restarts = [...this.restarts.filter((t) => now - t < 60_000), now];
    if (this.restarts.length > (this.options.maxRestartsPerMinute ?? 5)) {
      this.emit('gaveUp', reason);
      return;
    }
    this.emit('restarted', reason);
    this.spawn().catch((error: unknown) =>
      this.emit('gaveUp', error instanceof Error ? error.message : String(error)),
    );
  }
}
