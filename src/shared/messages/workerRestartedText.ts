/** What the user is told when the data worker died under a call: nothing was saved, try again. */
import type { Lang } from '../format/formatters';

export function workerRestartedText(lang: Lang): string {
  return lang === 'zh-CN'
    ? 'Outpost 在处理时重启了数据进程，这次操作没有保存，请重试。'
    : 'Outpost restarted its data worker while this was being done; it was not saved. Please try again.';
}
