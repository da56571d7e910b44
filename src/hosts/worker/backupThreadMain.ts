/**
 * The daily backup's own thread: it opens the database on a connection of its own and writes the
 * backup there, so the workspace worker goes on answering calls while a large book is copied.
 */
import { parentPort, workerData } from 'node:worker_threads';
import {
  backUpOnOwnConnection,
  type BackupRequest,
} from '../../services/backup/backupOnConnection';

try {
  const info = backUpOnOwnConnection(workerData as BackupRequest);
  parentPort!.postMessage({ ok: true, checksum: info.checksum });
} catch (error) {
  parentPort!.postMessage({
    ok: false,
    message: error instanceof Error ? error.message : String(error),
  });
}
