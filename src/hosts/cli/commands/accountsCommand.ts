import { listPortfolio } from '../../../services/portfolioService';
import type { CliCommand } from '../cliCommand';
import { openCliWorkspace } from '../cliWorkspace';
import { formatTable } from '../formatTable';

export const accountsCommand: CliCommand = {
  name: 'accounts',
  summary: 'List the live accounts with ARR, renewal date and lifecycle stage',
  usage: 'accounts [--json]',
  options: { json: { type: 'boolean' } },
  async run(ctx, values) {
    const ws = await openCliWorkspace(ctx);
    try {
      const rows = listPortfolio(ws);
      if (values.json) {
        ctx.io.out(JSON.stringify(rows, null, 2));
        return 0;
      }
      ctx.io.out(
        formatTable(
          ['ID', 'NAME', 'SEGMENT', 'OWNER', 'ARR', 'RENEWAL', 'STAGE'],
          rows.map((r) => [
            r.id,
            r.name,
            r.segment,
            r.owner,
            `${(r.arrMinor / 100).toFixed(2)} ${r.currency}`,
            r.renewalDate || '-',
            r.stage,
          ]),
        ),
      );
      ctx.io.out(`${rows.length} accounts`);
      return 0;
    } finally {
      ws.close();
    }
  },
};
