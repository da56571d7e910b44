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
    case 'damaged':
      return zh ? damagedZh(file, problem) : damagedEn(file, problem);
  }
}
