/** Opens the database and serves Outpost in the browser until the process is stopped. */
import { createApiHandlers } from '../../services/apiHandlers';
import { openWorkspace } from '../../services/workspace';
import { RENDERER_DIR } from '../common/appPaths';
import { startWebHost, type WebHost } from './webHost';

export async function runWebHost(
  dbFile: string,
  port: number | undefined,
  print: (line: string) => void,
): Promise<WebHost> {
  const ws = openWorkspace(dbFile);
  const host = await startWebHost({
    handlers: createApiHandlers(ws),
    rendererDir: RENDERER_DIR,
    port,
  });
  print(`Outpost is running at ${host.url}`);
  print(`Database: ${dbFile}  (Ctrl+C to stop)`);
  const stop = () => {
    void host.close().then(() => {
      ws.close();
      process.exit(0);
    });
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return host;
}
