/** The app's language for a locale tag: Chinese of any region reads 简体中文, all else English. */
import type { Lang } from './formatters';

export function languageOf(locale: string | null | undefined): Lang {
  return (locale ?? '').toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}
