/**
 * `quarantine [--json]`: the changes sync held back because they failed validation (an
 * impossible change id, a field the record schemas refuse…), with the table, row, field and
 * reason of each — the same list the Sync page shows.
 */
import { listQuarantineViews } from '../../../services/sync/quarantineService';
import type { CliCommand } from '../cliCommand';
import { openCliWorkspace } from '../cliWorkspace';
import { formatTable } from '../formatTable';

const SHOWN = 60;

function cell(value: unknown): string {
  const text = value === null || value === undefined ? '-' : JSON.stringify(value);
  return text.length > SHOWN ? `${text.slice(0, SHOWN - 1)}…` : text;
}

export const quarantineCommand: CliCommand = {
  name: 'quarantine',
  summary: 'List the changes sync held back because they failed validation',
  usage: 'quarantine [--json]',
  options: { json: { type: 'boolean' } },
  async run(ctx, values) {
    const ws = await openCliWorkspace(ctx);
    try {
      const held = listQuarantineViews(ws);
      if (values.json) {
        ctx.io.out(JSON.stringify(held, null, 2));
        return 0;
      }
      if (held.length === 0) {
        ctx.io.out('No changes are held back: everything sync received was valid.');
        return 0;
      }
      ctx.io.out(
        formatTable(
          ['RECEIVED', 'TABLE', 'ROW', 'FIELD', 'REASON', 'VALUE', 'FROM', 'CHANGE'],
          held.flatMap((h) =>
            h.problems.map((p) => [
              h.receivedAt,
              h.type,
              h.rowId,
              p.column || '-',
              p.reason,
              cell(p.value),
              h.author || '-',
              h.id,
            ]),
          ),
        ),
      );
      ctx.io.out(
        `${held.length} change(s) held back; they were not applied, and sync goes on without them`,
      );
      return 0;
    } finally {
      ws.close();
    }
  },
};
