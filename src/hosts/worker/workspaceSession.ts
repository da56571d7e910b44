/**
 * The session around the workspace in the worker: whether the database is set up, locked or open,
 * and the calls that change that — set up encryption, unlock, lock, show the recovery key again,
 * change the passphrase, restore a backup (which closes the workspace, swaps the file and opens it
 * again). Every other call goes to the open workspace's handlers, or is answered `locked`.
 * Session calls run one at a time, so a double click cannot unlock or restore twice.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, rmSync } from 'node:fs';
import { checkBeforeOpen } from '../../db/checkBeforeOpen';
import { KEY_BYTES } from '../../db/databaseKey';
import { DatabaseOpenError } from '../../db/databaseOpenError';
import type { HandlerMap } from '../../services/apiHandlers';
import { dispatch } from '../../services/dispatch';
import { restoreBackup, type BackupProtection } from '../../services/backup/backupService';
import { listBackups } from '../../services/backup/dailyBackup';
import { uploadedFile } from '../../services/import/importUploads';
import {
  isEncryptedDatabase,
  setUpEncryption,
  unlockDatabase,
} from '../../services/security/databaseUnlock';
import { encryptInPlace, needsEncrypting } from '../../services/security/encryptInPlace';
import { checkPassphrase, unwrapKey, writeKeyFile } from '../../services/security/keyFile';
import { keyToWords, looksLikeRecoveryKey, wordsToKey } from '../../services/security/recoveryKey';
import { ServiceError } from '../../services/serviceError';
import type { Workspace } from '../../services/workspace';
import type { ApiOutput, ParsedInput, SessionMethod } from '../../shared/api/contract';
import { fail, type Result } from '../../shared/api/result';
import type { SecurityState, SecurityStatusView } from '../../shared/api/securityViews';
import type { Lang } from '../../shared/format/formatters';

/** An open workspace as the worker serves it: its handlers, and how to close it cleanly. */
export interface Served {
  ws: Workspace;
  handlers: HandlerMap;
  close(): Promise<void>;
}

export interface SessionOptions {
  dbFile: string;
  keystore: 'os' | 'passphrase';
  passphraseBecause: SecurityStatusView['passphraseBecause'];
  /** The app's hosts: a plain or missing database is not served until it is encrypted. */
  requireEncryption: boolean;
  /** Opens and serves the workspace (key null: a plain database). */
  open(key: Buffer | null): Served;
  /** Keeps a new key in the OS keystore (the desktop's safeStorage), before anything uses it. */
  wrapKey?(key: Buffer): Promise<void>;
  /** How many migrations this version knows: a newer backup is refused. */
  knownVersion: number;
}

/** Refusals that are the user's to fix: worded in their language, never `internal`. */
const WRONG_SECRET = new Set([
  'wrongKey',
  'wrongPassphrase',
  'badRecoveryKey',
  'backupLocked',
  'wrongBackupPassphrase',
]);

export class WorkspaceSession {
  private served: Served | null = null;
  private key: Buffer | null = null;
  private state: SecurityState = 'locked';
  private queue: Promise<unknown> = Promise.resolve();
  /** Calls on the open workspace not yet answered: closing waits for them. */
  private active = 0;
  private idle: (() => void) | null = null;

  constructor(private readonly options: SessionOptions) {}

  /** Opens the database when it can (a key given, or plain where that is allowed). */
  start(key: Buffer | null): void {
    const { dbFile, requireEncryption } = this.options;
    const encrypted = isEncryptedDatabase(dbFile);
    if (key) this.openWith(key);
    else if (encrypted) this.state = 'locked';
    else if (requireEncryption) {
      // A plain file from a newer Outpost, or not Outpost's at all, is refused now, before the
      // set-up page would encrypt it.
      if (existsSync(dbFile)) checkBeforeOpen(dbFile, this.options.knownVersion, true, null);
      this.state = 'setUp';
    } else this.openWith(null);
  }

  /** Serves one call: session calls in turn, the rest on the open workspace. */
  async call(method: string, input: unknown): Promise<Result<unknown>> {
    if (Object.hasOwn(this.sessionHandlers, method)) {
      const run = this.queue.then(() =>
        dispatch(this.sessionHandlers as HandlerMap, method, input),
      );
      this.queue = run.catch(() => undefined);
      return run;
    }
    const served = this.served;
    if (!served)
      return fail(
        'locked',
        this.state === 'setUp'
          ? 'Set up the encryption of the database first'
          : 'The database is locked: unlock it first',
      );
    this.active += 1;
    try {
      return await dispatch(served.handlers, method, input);
    } finally {
      this.active -= 1;
      if (this.active === 0) this.idle?.();
    }
  }

  /** Closes the workspace once the calls on it are answered (stop, lock, restore). */
  async close(): Promise<void> {
    const served = this.served;
    if (!served) return;
    this.served = null;
    if (this.active > 0) await new Promise<void>((resolve) => (this.idle = resolve));
    this.idle = null;
    await served.close();
  }

  status(): SecurityStatusView {
    const { keystore, passphraseBecause, dbFile } = this.options;
    return {
      state: this.state,
      keystore,
      passphraseBecause,
      dbFile,
      canLock: this.state === 'open' && this.key !== null && keystore === 'passphrase',
    };
  }

  private openWith(key: Buffer | null): void {
    this.served = this.options.open(key);
    this.key = key;
    this.state = 'open';
  }

  private readonly sessionHandlers: {
    [M in SessionMethod | 'security:status']: (
      input: ParsedInput<M>,
    ) => Promise<ApiOutput<M>> | ApiOutput<M>;
  } = {
    'security:status': () => this.status(),
    'security:setUp': ({ passphrase, lang }) =>
      refusalsIn(lang, async () => {
        if (this.state !== 'setUp')
          throw new ServiceError('invalid_input', 'The database is encrypted already');
        const { dbFile, keystore } = this.options;
        let key: Buffer;
        if (keystore === 'os') {
          key = randomBytes(KEY_BYTES);
          // The keystore holds the key before any page is encrypted with it.
          await this.options.wrapKey?.(key);
          if (passphrase) await writeKeyFile(dbFile, key, passphrase);
          if (needsEncrypting(dbFile)) encryptInPlace(dbFile, key);
        } else {
          if (passphrase === undefined) checkPassphrase(dbFile, '');
          key = (await setUpEncryption(dbFile, passphrase ?? '')).key;
        }
        this.openWith(key);
        return { words: keyToWords(key) };
      }),
    'security:unlock': ({ secret, lang }) =>
      refusalsIn(lang, async () => {
        if (this.state === 'open') return this.status();
        if (this.state === 'setUp')
          throw new ServiceError('invalid_input', 'The database is not encrypted yet');
        const key = await unlockDatabase(this.options.dbFile, asSecret(secret));
        // Unlocked with the recovery words where the OS keystore lost the key: keep it there again.
        if (this.options.keystore === 'os') await this.options.wrapKey?.(key);
        this.openWith(key);
        return this.status();
      }),
    'security:lock': async () => {
      if (!this.status().canLock)
        throw new ServiceError('unavailable', 'This database cannot be locked from the app');
      await this.close();
      this.key?.fill(0);
      this.key = null;
      this.state = 'locked';
      return this.status();
    },
    'security:recoveryKey': ({ passphrase, lang }) =>
      refusalsIn(lang, async () => {
        const key = this.openKey();
        // With a passphrase, it is asked again: an unlocked laptop left on a table is not enough.
        if (this.options.keystore === 'passphrase') await this.checkSecret(passphrase ?? '', key);
        return { words: keyToWords(key) };
      }),
    'security:changePassphrase': ({ current, next, lang }) =>
      refusalsIn(lang, async () => {
        const key = this.openKey();
        if (this.options.keystore === 'passphrase') await this.checkSecret(current, key);
        await writeKeyFile(this.options.dbFile, key, next);
        return { changed: true as const };
      }),
    'backup:restore': ({ file, uploadId, secret, lang }) =>
      refusalsIn(lang, async () => {
        const served = this.served;
        if (!served) throw new ServiceError('locked', 'The database is locked: unlock it first');
        const upload = uploadId !== undefined ? uploadedFile(served.ws, uploadId) : null;
        const source = upload?.path ?? file!;
        if (
          uploadId === undefined &&
          !listBackups(this.options.dbFile).some((b) => b.file === file)
        )
          throw new ServiceError('not_found', `${file} is not one of this database's backups`);
        if (!existsSync(source)) throw new ServiceError('not_found', `${source} is gone`);
        const stamp = new Date(served.ws.nowIso()).toISOString().replace(/[:.]/g, '-');
        await this.close();
        try {
          const { info, safetyCopy } = restoreBackup(this.options.dbFile, source, {
            key: this.key,
            candidates: secret ? candidatesFor(source, secret) : [],
            knownVersion: this.options.knownVersion,
            stamp,
          });
          return {
            restoredFrom: source,
            createdAt: info.createdAt,
            device: info.device,
            schemaVersion: info.schemaVersion,
            safetyCopy,
          };
        } catch (error) {
          // An uploaded file is named as the user chose it, not by its temporary path.
          if (upload && error instanceof DatabaseOpenError && error.file === source)
            throw new DatabaseOpenError(upload.fileName, error.problem);
          throw error;
        } finally {
          if (upload) rmSync(upload.path, { force: true });
          // The restored database, or the untouched one when the backup was refused.
          this.openWith(this.key);
        }
      }),
  };

  private openKey(): Buffer {
    if (this.state !== 'open' || !this.key)
      throw new ServiceError('locked', 'Unlock the encrypted database first');
    return this.key;
  }

  /** The passphrase (or the recovery words) must stand for the open key. */
  private async checkSecret(secret: string, key: Buffer): Promise<void> {
    const file = this.options.dbFile;
    const given = looksLikeRecoveryKey(secret)
      ? wordsToKey(file, secret)
      : await unwrapKey(file, secret);
    if (!given.equals(key)) throw new DatabaseOpenError(file, { reason: 'wrongPassphrase' });
  }
}

function asSecret(text: string) {
  return looksLikeRecoveryKey(text) ? { recoveryKey: text } : { passphrase: text };
}

/** What a backup from elsewhere may be locked with: its database's recovery words, or its passphrase. */
function candidatesFor(file: string, secret: string): BackupProtection[] {
  return looksLikeRecoveryKey(secret)
    ? [{ kind: 'databaseKey', key: wordsToKey(file, secret) }]
    : [{ kind: 'passphrase', passphrase: secret }];
}

/** A refusal of the database or backup layer becomes the user's error, in their language. */
async function refusalsIn<T>(lang: Lang, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (!(error instanceof DatabaseOpenError)) throw error;
    const { reason } = error.problem;
    const code = WRONG_SECRET.has(reason) ? 'wrong_secret' : 'invalid_input';
    throw new ServiceError(code, error.text(lang), [
      { path: 'secret', code: reason, message: error.text(lang) },
    ]);
  }
}
