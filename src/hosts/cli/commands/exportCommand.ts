import { writeFileSync } from 'node:fs';
import { exportJson } from '../../../services/exportService';
import { openWorkspace } from '../../../services/workspace';
import type { CliCommand } from '../cliCommand';
import { UsageError } from '../usageError';

export const exportCommand: CliCommand = {
  name: 'export',
  summary: 'Write every synced record as sorted, deterministic JSON',
  usage: 'export --json [--out FILE]',
  options: { json: { type: 'boolean' }, out: { type: 'string' } },
  run(ctx, values) {
    if (!values.json) throw new UsageError('export needs --json (the only export format)');
    const ws = openWorkspace(ctx.dbFile);
    try {
      const json = exportJson(ws);
      if (typeof values.out === 'string') {
        writeFileSync(values.out, json);
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
