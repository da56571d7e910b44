/**
 * `deleted [--type T] [--json]` lists what was deleted in the last 90 days (here or on a
 * teammate's device), newest first, with when and by whom — the app's "Recently deleted" page.
 * `deleted restore ID` brings one back (an account with everything it held; a record whose
 * account was deleted too, with the account).
 */
import { DELETABLE_TYPES, type DeletableType } from '../../../shared/records/deletableTypes';
import { listRecentlyDeleted, restoreDeletedById } from '../../../services/recentlyDeletedService';
import type { CliCommand } from '../cliCommand';
import { openCliWorkspace } from '../cliWorkspace';
import { formatTable } from '../formatTable';
import { UsageError } from '../usageError';

const ALL = 100_000;

export const deletedCommand: CliCommand = {
  name: 'deleted',
  summary: 'List what was deleted in the last 90 days, with when and by whom, or restore one',
  usage: 'deleted [--type TYPE] [--json] [--lang en|zh-CN]\ndeleted restore ID',
  options: { type: { type: 'string' }, json: { type: 'boolean' }, lang: { type: 'string' } },
  allowPositionals: true,
  async run(ctx, values, positionals) {
    const zh = ctx.lang === 'zh-CN';
    const [verb, id, ...extra] = positionals;
    if (extra.length > 0 || (verb !== undefined && verb !== 'restore') || (verb && !id))
      throw new UsageError(`Usage: outpost ${this.usage.replace('\n', '\n       outpost ')}`);
    const type = values.type as string | undefined;
    if (type !== undefined && !(DELETABLE_TYPES as readonly string[]).includes(type))
      throw new UsageError(
        zh
          ? `--type 应为以下之一：${DELETABLE_TYPES.join('、')}`
          : `--type must be one of: ${DELETABLE_TYPES.join(', ')}`,
      );
    const ws = await openCliWorkspace(ctx);
    try {
      if (verb === 'restore' && id) {
        const { restored } = restoreDeletedById(ws, id);
        if (values.json) ctx.io.out(JSON.stringify(restored, null, 2));
        else if (restored.length === 0)
          ctx.io.out(
            zh ? `${id} 没有被删除，无需恢复。` : `${id} is not deleted: nothing to restore.`,
          );
        else
          for (const r of restored)
            ctx.io.out(`${zh ? '已恢复' : 'Restored'} ${r.type} ${r.id} ${r.label}`);
        return 0;
      }
      const view = listRecentlyDeleted(ws, {
        type: type as DeletableType | undefined,
        limit: ALL,
      });
      if (values.json) {
        ctx.io.out(JSON.stringify(view, null, 2));
        return 0;
      }
      if (view.total === 0) {
        ctx.io.out(
          zh
            ? `最近 ${view.days} 天没有删除任何记录。`
            : `Nothing was deleted in the last ${view.days} days.`,
        );
        return 0;
      }
      const you = zh ? '本设备' : 'this device';
      ctx.io.out(
        formatTable(
          zh
            ? ['删除时间 (UTC)', '删除人', '类型', '名称', '客户', '一并隐藏', 'ID']
            : ['DELETED (UTC)', 'BY', 'TYPE', 'WHAT', 'ACCOUNT', 'HIDDEN WITH IT', 'ID'],
          view.items.map((item) => [
            item.deletedAt.slice(0, 16).replace('T', ' '),
            item.deletedBy || (item.byThisDevice ? you : '-'),
            item.type,
            item.label,
            item.type === 'accounts' ? '' : item.accountName,
            item.with.map((w) => `${w.type}: ${w.count}`).join(', '),
            item.id,
          ]),
        ),
      );
      ctx.io.out(
        zh
          ? `最近 ${view.days} 天删除了 ${view.total} 条记录；用 outpost deleted restore ID 恢复。`
          : `${view.total} deleted in the last ${view.days} days; outpost deleted restore ID brings one back.`,
      );
      return 0;
    } finally {
      ws.close();
    }
  },
};
