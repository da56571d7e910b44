/** The user's language as a command-line host sees it: the locale of its environment. */
import type { Lang } from '../../shared/format/formatters';
import { languageOf } from '../../shared/format/languageOf';

export function envLang(env: NodeJS.ProcessEnv = process.env): Lang {
  return languageOf(env.LC_ALL || env.LC_MESSAGES || env.LANG);
}
