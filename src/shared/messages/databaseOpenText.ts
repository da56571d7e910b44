/**
 * Why a database file was not opened, in the user's language: the words every host shows (the
 * CLI on stderr, the web host on its console, the desktop app in a dialog), so they say the same.
 */
import type { Lang } from '../format/formatters';

export type IntegrityCheck = 'quick_check' | 'integrity_check';

export type DatabaseOpenProblem =
  | { reason: 'missing' }
  | { reason: 'newer'; found: number; known: number }
  | { reason: 'notOutpost' }
  /** Encrypted, and opened without its key. */
  | { reason: 'locked' }
  /** A new database, and nothing to encrypt it with (no passphrase given, no terminal). */
  | { reason: 'needsPassphrase' }
  /** Encrypted, and the key given does not open it (or its first page is damaged). */
  | { reason: 'wrongKey' }
  /** A key was given for a file that is not encrypted. */
  | { reason: 'notEncrypted' }
  | { reason: 'wrongPassphrase' }
  | { reason: 'shortPassphrase'; min: number }
  /** Recovery words that are not 24 known words, or whose checksum fails (`unknown` empty). */
  | { reason: 'badRecoveryKey'; words: number; unknown: string[] }
  | { reason: 'noKeyFile' }
  | { reason: 'badKeyFile' }
  | { reason: 'inUse' }
  | { reason: 'alreadyEncrypted' }
  | { reason: 'notBackup' }
  | { reason: 'exists' }
  | { reason: 'restoreNeedsKey' }
  | { reason: 'truncatedBackup' }
  /** An encrypted backup that neither this database's key nor a given key opens. */
  | { reason: 'backupLocked' }
  | { reason: 'wrongBackupPassphrase' }
  /** `findings` are SQLite's own words; `more` when it stopped counting at findings.length. */
  | { reason: 'damaged'; check: IntegrityCheck | 'read'; findings: string[]; more: boolean };

const TITLE: Record<Lang, string> = {
  en: 'Outpost cannot open its database',
  'zh-CN': 'Outpost 无法打开数据库',
};

export function databaseOpenTitle(lang: Lang): string {
  return TITLE[lang];
}

function problems(lang: Lang, n: number, more: boolean): string {
  if (lang === 'zh-CN') return `${n}${more ? ' 处以上' : ' 处'}问题`;
  const noun = new Intl.PluralRules('en').select(n) === 'one' ? 'problem' : 'problems';
  return `${more ? `${n} or more` : n} ${noun}`;
}

function damagedEn(file: string, p: Extract<DatabaseOpenProblem, { reason: 'damaged' }>) {
  const [first = ''] = p.findings;
  const found =
    p.check === 'read'
      ? `SQLite could not read it (${first})`
      : p.check === 'quick_check'
        ? `SQLite's quick check found ${problems('en', p.findings.length, p.more)}, the first: "${first}"`
        : `it was not closed cleanly last time, and SQLite's full integrity check found ${problems('en', p.findings.length, p.more)}, the first: "${first}"`;
  return (
    `${file} is damaged: ${found}. Outpost did not open it and changed nothing. ` +
    'Restore a backup copy, or sync a fresh copy from the team server into a new file.'
  );
}

function damagedZh(file: string, p: Extract<DatabaseOpenProblem, { reason: 'damaged' }>) {
  const [first = ''] = p.findings;
  const found =
    p.check === 'read'
      ? `SQLite 无法读取它（${first}）`
      : p.check === 'quick_check'
        ? `SQLite 快速检查（quick_check）发现 ${problems('zh-CN', p.findings.length, p.more)}，第一处：“${first}”`
        : `它上次没有正常关闭，SQLite 完整性检查（integrity_check）发现 ${problems('zh-CN', p.findings.length, p.more)}，第一处：“${first}”`;
  return (
    `${file} 已损坏：${found}。Outpost 没有打开它，也没有做任何改动。` +
    '请恢复备份副本，或从团队服务器同步一份新的副本到一个新文件。'
  );
}

function recoveryText(p: Extract<DatabaseOpenProblem, { reason: 'badRecoveryKey' }>, zh: boolean) {
  if (p.unknown.length > 0)
    return zh
      ? `恢复密钥中有不认识的词：${p.unknown.join('、')}。请对照纸上的记录检查拼写。没有任何改动。`
      : `The recovery key has words that are not in its list: ${p.unknown.join(', ')}. Check their spelling against your copy. Nothing was changed.`;
  if (p.words !== 24)
    return zh
      ? `恢复密钥是 24 个词，这里有 ${p.words} 个。没有任何改动。`
      : `A recovery key is 24 words; this has ${p.words}. Nothing was changed.`;
  return zh
    ? '这 24 个词的校验不通过：有一个词抄错了，或顺序不对。没有任何改动。'
    : 'These 24 words do not check out: a word is miscopied or out of order. Nothing was changed.';
}

export function databaseOpenText(file: string, problem: DatabaseOpenProblem, lang: Lang): string {
  const zh = lang === 'zh-CN';
  switch (problem.reason) {
    case 'missing':
      return zh
        ? `没有这个数据库：${file}（请检查路径）`
        : `no such database: ${file} (check the path)`;
    case 'newer':
      return zh
        ? `${file} 由更新版本的 Outpost 写入（数据库版本 ${problem.found}，本版本最高支持 ${problem.known}）。请升级 Outpost 后再打开。文件没有任何改动。`
        : `${file} was written by a newer version of Outpost (schema version ${problem.found}; this version knows up to ${problem.known}). ` +
            'Update Outpost to open it. The file was not changed.';
    case 'notOutpost':
      return zh
        ? `${file} 不是 Outpost 数据库。Outpost 没有打开它，也没有做任何改动。`
        : `${file} is not an Outpost database. Outpost did not open it and changed nothing.`;
    case 'locked':
      return zh
        ? `${file} 已加密。请输入它的密码（脚本中可设置 OUTPOST_DB_PASSPHRASE），或输入恢复密钥（OUTPOST_RECOVERY_KEY）。文件没有任何改动。`
        : `${file} is encrypted. Give its passphrase (OUTPOST_DB_PASSPHRASE in scripts) or its recovery key (OUTPOST_RECOVERY_KEY). The file was not changed.`;
    case 'needsPassphrase':
      return zh
        ? `${file} 还不存在，而 Outpost 创建的每个数据库都要加密：请在 OUTPOST_DB_PASSPHRASE 中给出新密码（或在终端上运行，按提示输入）。只用于测试的临时数据库可以设置 OUTPOST_PLAIN_DATABASE=1 不加密。没有创建任何文件。`
        : `${file} does not exist yet, and every database Outpost creates is encrypted: give a new passphrase in OUTPOST_DB_PASSPHRASE (or run on a terminal to type one). A throwaway database for tests may be left plain with OUTPOST_PLAIN_DATABASE=1. No file was created.`;
    case 'wrongKey':
      return zh
        ? `这个密钥打不开 ${file}：它属于另一个数据库，或者文件的第一页已损坏。文件没有任何改动，可以用正确的密码或恢复密钥重试。`
        : `The key does not open ${file}: it belongs to another database, or the file's first page is damaged. ` +
            'The file was not changed; try again with the right passphrase or recovery key.';
    case 'notEncrypted':
      return zh
        ? `${file} 没有加密，却给了它一个密钥。文件没有任何改动。`
        : `${file} is not encrypted, yet a key was given for it. The file was not changed.`;
    case 'wrongPassphrase':
      return zh
        ? `密码不对，打不开 ${file} 的密钥。没有任何改动，请重试（也可以用恢复密钥）。`
        : `That passphrase does not unlock the key of ${file}. Nothing was changed; try again (or use the recovery key).`;
    case 'shortPassphrase':
      return zh
        ? `密码太短：至少需要 ${problem.min} 个字符。没有任何改动。`
        : `That passphrase is too short: it needs at least ${problem.min} characters. Nothing was changed.`;
    case 'badRecoveryKey':
      return recoveryText(problem, zh);
    case 'noKeyFile':
      return zh
        ? `${file} 旁边没有密钥文件（${file}.key）。请用恢复密钥打开它（OUTPOST_RECOVERY_KEY），然后设置新密码。`
        : `There is no key file beside ${file} (${file}.key). Open it with its recovery key (OUTPOST_RECOVERY_KEY), then set a new passphrase.`;
    case 'badKeyFile':
      return zh
        ? `${file}.key 不是 Outpost 的密钥文件，或已损坏。没有任何改动；请用恢复密钥打开数据库并设置新密码。`
        : `${file}.key is not an Outpost key file, or it is damaged. Nothing was changed; open the database with its recovery key and set a new passphrase.`;
    case 'alreadyEncrypted':
      return zh
        ? `${file} 已经加密。没有任何改动。`
        : `${file} is already encrypted. Nothing was changed.`;
    case 'exists':
      return zh
        ? `${file} 已经存在。Outpost 不会覆盖它；请换一个文件名。`
        : `${file} already exists. Outpost does not overwrite it; choose another name.`;
    case 'restoreNeedsKey':
      return zh
        ? `备份是加密的，而 ${file} 还没有加密：请先设置密码（OUTPOST_DB_PASSPHRASE），恢复后的数据库将用它加密。没有任何改动。`
        : `The backup is encrypted and ${file} is not: set a passphrase (OUTPOST_DB_PASSPHRASE) to encrypt the restored database with. Nothing was changed.`;
    case 'notBackup':
      return zh
        ? `${file} 不是 Outpost 备份文件。没有恢复任何内容，当前数据库没有改动。`
        : `${file} is not an Outpost backup. Nothing was restored; the current database was not changed.`;
    case 'truncatedBackup':
      return zh
        ? `${file} 不完整（文件被截断了，可能是复制中断）。没有恢复任何内容，当前数据库没有改动。`
        : `${file} is incomplete: the file was cut short (an interrupted copy?). Nothing was restored; the current database was not changed.`;
    case 'backupLocked':
      return zh
        ? `这个数据库的密钥打不开备份 ${file}：它来自另一个数据库，或有自己的密码。请给出备份密码（OUTPOST_BACKUP_PASSPHRASE）或其数据库的恢复密钥（OUTPOST_RECOVERY_KEY）。当前数据库没有改动。`
        : `This database's key does not open the backup ${file}: it was made from another database, or locked with a passphrase of its own. Give the backup's passphrase (OUTPOST_BACKUP_PASSPHRASE) or its database's recovery key (OUTPOST_RECOVERY_KEY). The current database was not changed.`;
    case 'wrongBackupPassphrase':
      return zh
        ? `这个密码打不开备份 ${file}。当前数据库没有改动，请重试。`
        : `That passphrase does not open the backup ${file}. The current database was not changed; try again.`;
    case 'inUse':
      return zh
        ? `${file} 正被另一个 Outpost 打开着。请先关闭它，再重试。没有任何改动。`
        : `${file} is open in another Outpost. Close it, then try again. Nothing was changed.`;
    case 'damaged':
      return zh ? damagedZh(file, problem) : damagedEn(file, problem);
  }
}
