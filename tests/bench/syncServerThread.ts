/**
 * A sync server on a thread of its own, for benchmarks that measure the stalls of the host's own
 * thread: the server's work must not count against the host. Posts its address when it listens,
 * and closes when told.
 */
import { parentPort, workerData } from 'node:worker_threads';
import pino from 'pino';
import { startSyncServer } from '../../src/server/startSyncServer';

const server = await startSyncServer({
  dataDir: (workerData as { dataDir: string }).dataDir,
  port: 0,
  logger: pino({ level: 'silent' }),
  rateLimit: { perSecond: 1e6, burst: 1e6 },
});
parentPort!.postMessage({ url: server.url });
parentPort!.once('message', () => {
  void server.close().then(() => parentPort!.close());
});
