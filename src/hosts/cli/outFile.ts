/**
 * The file an `--out` option names: checked before the command opens the database (its folder
 * exists and can be written, the name is not a folder), then written whole — next to the target
 * and renamed, so a failed write leaves no half-written file.
 */
import { accessSync, constants, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Lang } from '../../shared/format/formatters';
import { UsageError } from './usageError';

type Problem = 'noFolder' | 'notAFolder' | 'folderReadOnly' | 'isAFolder' | 'fileReadOnly';

const TEXT: Record<Lang, Record<Problem, string>> = {
  en: {
    noFolder: '--out {file}: the folder {folder} does not exist',
    notAFolder: '--out {file}: {folder} is not a folder',
    folderReadOnly: '--out {file}: the folder {folder} cannot be written to',
    isAFolder: '--out {file} is a folder; name a file in it',
    fileReadOnly: '--out {file} exists and cannot be overwritten',
  },
  'zh-CN': {
    noFolder: '--out {file}：文件夹 {folder} 不存在',
    notAFolder: '--out {file}：{folder} 不是文件夹',
    folderReadOnly: '--out {file}：无法写入文件夹 {folder}',
    isAFolder: '--out {file} 是一个文件夹；请指定其中的一个文件',
    fileReadOnly: '--out {file} 已存在且无法覆盖',
  },
};

function refuse(lang: Lang, problem: Problem, file: string, folder: string): never {
  throw new UsageError(TEXT[lang][problem].replace('{file}', file).replace('{folder}', folder));
}

const writable = (path: string) => {
  try {
    accessSync(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
};

/** Throws a UsageError (exit 2) saying what is wrong with the destination; returns when usable. */
export function checkOutFile(file: string, lang: Lang): void {
  const target = resolve(file);
  const folder = dirname(target);
  let folderStat;
  try {
    folderStat = statSync(folder);
  } catch {
    refuse(lang, 'noFolder', file, folder);
  }
  if (!folderStat.isDirectory()) refuse(lang, 'notAFolder', file, folder);
  if (!writable(folder)) refuse(lang, 'folderReadOnly', file, folder);
  let targetStat;
  try {
    targetStat = statSync(target);
  } catch {
    return;
  }
  if (targetStat.isDirectory()) refuse(lang, 'isAFolder', file, folder);
  if (!writable(target)) refuse(lang, 'fileReadOnly', file, folder);
}

export function writeOutFile(file: string, bytes: Buffer | string): void {
  const part = `${file}.part`;
  try {
    writeFileSync(part, bytes);
    renameSync(part, file);
  } catch (error) {
    rmSync(part, { force: true });
    throw error;
  }
}
