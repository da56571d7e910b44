/**
 * The first thing every Node host does (`npm start`, `npm run web`, the CLI): on a Node.js older
 * than Outpost needs, the native SQLite module would crash the process with a segmentation fault
 * and no word. This module loads nothing native; the hosts import the rest of themselves only
 * after it has passed.
 */
import type { Lang } from '../../shared/format/formatters';
import { envLang } from './envLang';

export const MINIMUM_NODE = [22, 12] as const;

export function nodeVersionProblem(version: string, lang: Lang): string | null {
  const [major = 0, minor = 0] = version.replace(/^v/, '').split('.').map(Number);
  const [needMajor, needMinor] = MINIMUM_NODE;
  if (major > needMajor || (major === needMajor && minor >= needMinor)) return null;
  const need = `${needMajor}.${needMinor}`;
  return lang === 'zh-CN'
    ? `Outpost 需要 Node.js ${need} 或更新的版本（当前是 ${version}）。`
    : `Outpost needs Node.js ${need} or newer (this is ${version}).`;
}

/** Says what is wrong and exits with code 2 when this Node.js is too old. */
export function exitUnlessNodeSupported(): void {
  const problem = nodeVersionProblem(process.versions.node, envLang());
  if (!problem) return;
  process.stderr.write(`${problem}\n`);
  process.exit(2);
}
