/**
 * What sync says about this device's identity and clock, in English and Chinese: one text for
 * the app's messages (which take these into their dictionaries) and the CLI's `sync` output.
 * Placeholders are `{name}`, as in the app's messages.
 */
import type { Lang } from '../format/formatters';

const EN = {
  clockAhead:
    "This computer's clock is {duration} ahead of the server's. Set the clock right: until then, changes made here wait, while your team's changes still arrive.",
  clockWrong:
    "The server refused changes dated in the future: check this computer's clock. Your team's changes still arrive.",
  'restamped.one': '{count} change that a wrong clock had dated ahead was re-dated and sent.',
  'restamped.other': '{count} changes that a wrong clock had dated ahead were re-dated and sent.',
  'node.copied.one':
    'This database was copied from another device, so it now syncs as a device of its own; {count} unsynced change kept.',
  'node.copied.other':
    'This database was copied from another device, so it now syncs as a device of its own; {count} unsynced changes kept.',
  'node.taken.one':
    "The server knows this device's id from another device (a copy of this database?), so it took an id of its own; {count} unsynced change kept.",
  'node.taken.other':
    "The server knows this device's id from another device (a copy of this database?), so it took an id of its own; {count} unsynced changes kept.",
  'node.reset.one':
    "Sync state reset: this device syncs as a new device from the start of the team's log; {count} unsynced change kept and sent with the next sync.",
  'node.reset.other':
    "Sync state reset: this device syncs as a new device from the start of the team's log; {count} unsynced changes kept and sent with the next sync.",
} as const;

export type SyncWord = keyof typeof EN;
/** Words with plural forms, by their stem. */
export type SyncPluralWord = SyncWord extends infer W
  ? W extends `${infer P}.other`
    ? P
    : never
  : never;

const ZH: Record<SyncWord, string> = {
  clockAhead:
    '这台电脑的时钟比服务器快了{duration}。请校正时钟：在此之前，本机的更改会暂缓发送，团队的更改仍会照常接收。',
  clockWrong: '服务器拒收了时间在未来的更改：请检查这台电脑的时钟。团队的更改仍会照常接收。',
  'restamped.one': '{count} 项因时钟错误而时间超前的更改已重新标记时间并发送。',
  'restamped.other': '{count} 项因时钟错误而时间超前的更改已重新标记时间并发送。',
  'node.copied.one':
    '此数据库是从另一台设备复制而来，现作为独立设备同步；已保留 {count} 项未同步的更改。',
  'node.copied.other':
    '此数据库是从另一台设备复制而来，现作为独立设备同步；已保留 {count} 项未同步的更改。',
  'node.taken.one':
    '服务器发现本设备的标识已被另一台设备使用（可能是此数据库的副本），本设备已改用新的标识；已保留 {count} 项未同步的更改。',
  'node.taken.other':
    '服务器发现本设备的标识已被另一台设备使用（可能是此数据库的副本），本设备已改用新的标识；已保留 {count} 项未同步的更改。',
  'node.reset.one':
    '同步状态已重置：本设备将作为新设备，从团队日志的开头同步；已保留 {count} 项未同步的更改，下次同步时发送。',
  'node.reset.other':
    '同步状态已重置：本设备将作为新设备，从团队日志的开头同步；已保留 {count} 项未同步的更改，下次同步时发送。',
};

export const SYNC_WORDS: Record<Lang, Record<SyncWord, string>> = { en: EN, 'zh-CN': ZH };

/** A message with plural forms (`<word>.one` / `.other`), `{count}` formatted in `lang`. */
export function syncPlural(
  lang: Lang,
  word: SyncPluralWord,
  count: number,
  params: Record<string, string | number> = {},
): string {
  const form = new Intl.PluralRules(lang).select(count) === 'one' ? 'one' : 'other';
  return syncWord(lang, `${word}.${form}`, {
    ...params,
    count: new Intl.NumberFormat(lang).format(count),
  });
}

export function syncWord(
  lang: Lang,
  word: SyncWord,
  params: Record<string, string | number> = {},
): string {
  return SYNC_WORDS[lang][word].replace(/\{(\w+)\}/g, (_, name: string) =>
    String(params[name] ?? `{${name}}`),
  );
}
