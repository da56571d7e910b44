/**
 * `backup FILE [--passphrase]` and `restore FILE` (DESIGN.md §9). A backup is encrypted with the
 * database's key, or with a passphrase of its own (`--passphrase`: OUTPOST_BACKUP_PASSPHRASE or
 * typed twice) when it is meant for another computer. A restore opens the backup with this
 * database's key, OUTPOST_RECOVERY_KEY, OUTPOST_BACKUP_PASSPHRASE or a passphrase typed at the
 * prompt, checks it whole, and keeps the database it replaces as a safety copy.
 */
import { defaultMigrationsDir } from '../../../db/openDatabase';
import { readMigrations } from '../../../db/migrations';
import { DatabaseOpenError } from '../../../db/databaseOpenError';
import {
  backUp,
  restoreBackup,
  type BackupInfo,
  type BackupProtection,
} from '../../../services/backup/backupService';
import { looksLikeRecoveryKey, wordsToKey } from '../../../services/security/recoveryKey';
import { listBackups } from '../../../services/backup/dailyBackup';
import type { CliCommand, CliContext } from '../cliCommand';
import { formatTable } from '../formatTable';
import { cliDatabaseKey, openCliWorkspace } from '../cliWorkspace';
import { newPassphrase } from '../newPassphrase';
import { UsageError } from '../usageError';

function describe(info: BackupInfo, zh: boolean): string {
  const lock = {
    databaseKey: zh ? '用数据库密钥加密' : "encrypted with the database's key",
    passphrase: zh ? '用备份自己的密码加密' : 'encrypted with a passphrase of its own',
    none: zh ? '未加密' : 'not encrypted',
  }[info.protection];
  return zh
    ? `创建于 ${info.createdAt}，设备 ${info.device}，来自 ${info.source}，数据库版本 ${info.schemaVersion}，${lock}，校验和 ${info.checksum.slice(0, 16)}…`
    : `made ${info.createdAt} on device ${info.device} from ${info.source}, schema version ${info.schemaVersion}, ${lock}, checksum ${info.checksum.slice(0, 16)}…`;
}

function onePath(positionals: string[], usage: string): string {
  const [file, ...extra] = positionals;
  if (!file || extra.length > 0) throw new UsageError(`Usage: outpost ${usage}`);
  return file;
}

export const backupCommand: CliCommand = {
  name: 'backup',
  summary: 'Write a whole backup of the database (encrypted like it, or with --passphrase)',
  usage: 'backup FILE [--passphrase] [--lang en|zh-CN]\nbackup list [--json]',
  options: { passphrase: { type: 'boolean' }, lang: { type: 'string' }, json: { type: 'boolean' } },
  allowPositionals: true,
  async run(ctx, values, positionals) {
    const target = onePath(positionals, this.usage);
    if (target === 'list') return listCommand(ctx, values.json === true);
    const own = values.passphrase ? await newPassphrase(ctx, 'OUTPOST_BACKUP_PASSPHRASE') : null;
    const ws = await openCliWorkspace(ctx);
    try {
      const info = backUp(ws, target, own);
      const zh = ctx.lang === 'zh-CN';
      ctx.io.out(`${zh ? '已备份到' : 'Backed up to'} ${target}: ${describe(info, zh)}`);
      return 0;
    } finally {
      ws.close();
    }
  },
};

function listCommand(ctx: CliContext, json: boolean): number {
  const found = listBackups(ctx.dbFile);
  if (json) {
    ctx.io.out(JSON.stringify(found, null, 2));
    return 0;
  }
  const zh = ctx.lang === 'zh-CN';
  if (found.length === 0) {
    ctx.io.out(zh ? `${ctx.dbFile} 还没有备份。` : `${ctx.dbFile} has no backups yet.`);
    return 0;
  }
  const kinds = {
    daily: zh ? '每日' : 'daily',
    manual: zh ? '手动' : 'manual',
    portable: zh ? '带独立密码' : 'with its own passphrase',
    beforeMigration: zh ? '升级前' : 'before an upgrade',
    beforeRestore: zh ? '恢复前' : 'before a restore',
  };
  ctx.io.out(
    formatTable(
      zh ? ['时间', '类型', '大小', '文件'] : ['WHEN', 'KIND', 'SIZE', 'FILE'],
      found.map((b) => [
        b.at.slice(0, 16).replace('T', ' '),
        kinds[b.kind],
        `${(b.bytes / 2 ** 20).toFixed(1)} MiB`,
        b.file,
      ]),
    ),
  );
  return 0;
}

/** What may open the backup besides this database's own key. */
function givenSecrets(ctx: CliContext, file: string): BackupProtection[] {
  const found: BackupProtection[] = [];
  const recovery = ctx.env.OUTPOST_RECOVERY_KEY;
  if (recovery && looksLikeRecoveryKey(recovery))
    found.push({ kind: 'databaseKey', key: wordsToKey(file, recovery) });
  const passphrase = ctx.env.OUTPOST_BACKUP_PASSPHRASE;
  if (passphrase) found.push({ kind: 'passphrase', passphrase });
  return found;
}

export const restoreCommand: CliCommand = {
  name: 'restore',
  summary: 'Replace the database with a backup, keeping the current one as a safety copy',
  usage: 'restore FILE [--lang en|zh-CN]',
  options: { lang: { type: 'string' } },
  allowPositionals: true,
  async run(ctx, _values, positionals) {
    const source = onePath(positionals, this.usage);
    const zh = ctx.lang === 'zh-CN';
    const key = await cliDatabaseKey(ctx, true);
    const knownVersion = readMigrations(defaultMigrationsDir()).length;
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    const restore = (candidates: BackupProtection[]) =>
      restoreBackup(ctx.dbFile, source, { key, candidates, knownVersion, stamp });
    let result;
    try {
      result = restore(givenSecrets(ctx, source));
    } catch (error) {
      const locked =
        error instanceof DatabaseOpenError &&
        (error.problem.reason === 'backupLocked' ||
          error.problem.reason === 'wrongBackupPassphrase');
      const typed = locked
        ? await ctx.io.readSecret?.(
            zh
              ? '备份的密码（或其数据库的 24 个恢复词）：'
              : "The backup's passphrase (or its database's 24 recovery words): ",
          )
        : '';
      if (!typed) throw error;
      result = restore(
        looksLikeRecoveryKey(typed)
          ? [{ kind: 'databaseKey', key: wordsToKey(source, typed) }]
          : [{ kind: 'passphrase', passphrase: typed }],
      );
    }
    ctx.io.out(
      [
        zh
          ? `已从备份恢复 ${ctx.dbFile}（${describe(result.info, zh)}）。`
          : `Restored ${ctx.dbFile} from the backup ${describe(result.info, zh)}.`,
        result.safetyCopy
          ? zh
            ? `原来的数据库保留为 ${result.safetyCopy}。`
            : `The database it replaced is kept as ${result.safetyCopy}.`
          : '',
        zh
          ? '恢复的数据库会换一个新的设备 ID，保留它尚未同步的修改；下次同步会取回团队此后写入的内容。'
          : 'The restored database takes a new device id and keeps the changes it had not synced; the next sync brings what the team wrote since.',
      ]
        .filter(Boolean)
        .join('\n'),
    );
    return 0;
  },
};
