/**
 * What the user is told when the page cannot reach the app's host (the local web host stopped,
 * the connection dropped) or the host answers with a bare HTTP error: nothing was saved, what
 * they typed is still there, and they can try again.
 */
import type { Lang } from '../format/formatters';

export function unreachableText(lang: Lang, status?: number, detail = ''): string {
  const answer = `HTTP ${status}${detail ? ` ${detail.slice(0, 200)}` : ''}`;
  if (status !== undefined)
    return lang === 'zh-CN'
      ? `Outpost 的本地服务返回了错误（${answer}），这次操作没有保存。已填写的内容仍在，请重试。`
      : `Outpost's local host answered with an error (${answer}); nothing was saved. What you entered is still here: try again.`;
  return lang === 'zh-CN'
    ? '无法连接 Outpost 的本地服务（它可能已停止），这次操作没有保存。已填写的内容仍在，请重试。'
    : "Outpost's local host cannot be reached (it may have stopped); nothing was saved. What you entered is still here: try again.";
}
