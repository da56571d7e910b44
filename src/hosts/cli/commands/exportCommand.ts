import { exportJson } from '../../../services/exportService';
import type { CliCommand } from '../cliCommand';
import { openCliWorkspace } from '../cliWorkspace';
import { checkOutFile, writeOutFile } from '../outFile';
import { UsageError } from '../usageError';

export const exportCommand: CliCommand = {
  name: 'export',
  summary: 'Write every synced record as sorted, deterministic JSON',
  usage: 'export --json [--out FILE]',
  options: { json: { type: 'boolean' }, out: { type: 'string' } },
  run(ctx, values) {
    if (!values.json) throw new UsageError('export needs --json (the only export format)');
    if (typeof values.out === 'string') checkOutFile(values.out, ctx.lang);
    const ws = openCliWorkspace(ctx);
    try {
      const json = exportJson(ws);
      if (typeof values.out === 'string') {
        writeOutFile(values.out, json);
        ctx.io.err(`Exported to ${values.out}`);
      } else {
        ctx.io.out(json.trimEnd());
      }
      return 0;
    } finally {
      ws.close();
    }
  },
};
