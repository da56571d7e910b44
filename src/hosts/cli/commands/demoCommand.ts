import { loadDemo } from '../../../services/demo/demoService';
import { makeDemoEdits } from '../../../services/demo/demoEdits';
import { countLiveAccounts } from '../../../db/repositories/recordRepository';
import type { CliCommand } from '../cliCommand';
import { openCliWorkspace } from '../cliWorkspace';
import { parseDateOption, parseIntegerOption, UsageError } from '../usageError';

export const demoCommand: CliCommand = {
  name: 'demo',
  summary: 'Generate a deterministic demo portfolio, or make random edits on existing data',
  usage: 'demo [--accounts N] [--seed S] [--today YYYY-MM-DD] [--edits N]',
  options: {
    accounts: { type: 'string' },
    seed: { type: 'string' },
    today: { type: 'string' },
    edits: { type: 'string' },
  },
  async run(ctx, values) {
    const accounts = parseIntegerOption(
      'accounts',
      values.accounts as string | undefined,
      1,
      10_000,
    );
    const seed = parseIntegerOption('seed', values.seed as string | undefined, 0, 2 ** 31 - 1) ?? 1;
    const today = parseDateOption('today', values.today as string | undefined);
    const edits = parseIntegerOption('edits', values.edits as string | undefined, 0, 1_000_000);
    if (edits !== undefined && accounts !== undefined) {
      throw new UsageError('--edits changes existing data; run it without --accounts');
    }
    // A new portfolio may start a new file; edits need the data they edit.
    const ws = await openCliWorkspace(ctx, { creates: edits === undefined });
    try {
      if (edits !== undefined) {
        if (countLiveAccounts(ws.db.sqlite) === 0)
          throw new UsageError(`${ctx.dbFile} has no accounts to edit; run "demo" first`);
        const summary = makeDemoEdits(ws, edits, seed);
        const kinds = Object.entries(summary.byKind)
          .map(([k, n]) => `${n} ${k}`)
          .join(', ');
        ctx.io.out(`Made ${summary.edits} edits (${kinds || 'none'}) in ${ctx.dbFile}`);
        return 0;
      }
      const existing = countLiveAccounts(ws.db.sqlite);
      const summary = loadDemo(ws, {
        accounts: accounts ?? 50,
        seed,
        today: today ?? ws.today(),
        firstIndex: existing,
      });
      ctx.io.out(
        `Generated ${summary.accounts} demo accounts (${summary.records} records) in ${ctx.dbFile}`,
      );
      return 0;
    } finally {
      ws.close();
    }
  },
};
