/**
 * Why a sync round failed, as a code with its facts (the server's address, an HTTP status, how
 * long the server asked us to wait), and the words for each code in English and Chinese: the
 * app's dictionaries take these, and the CLI's `sync` prints them. The raw error (for support)
 * travels beside the code, never instead of it.
 */
import { durationText } from '../format/durationText';
import type { Lang } from '../format/formatters';

export type SyncFailureCode =
  /** No route to the server: network down, host unreachable, a port fetch refuses. */
  | 'unreachable'
  /** Nothing listens at that address and port (ECONNREFUSED). */
  | 'refused'
  /** The connection was cut in the middle (ECONNRESET, socket closed). */
  | 'reset'
  | 'timeout'
  /** The server's name does not resolve. */
  | 'dns'
  /** Certificates or a TLS handshake. */
  | 'tls'
  /** The token is wrong or was revoked (401). */
  | 'unauthorized'
  | 'forbidden'
  | 'rate_limited'
  /** The server failed (5xx). */
  | 'server_error'
  /** Something answered, but not an Outpost sync server (404, HTML, a proxy's page). */
  | 'not_a_server'
  | 'too_large'
  /** The server refused changes as invalid. */
  | 'rejected'
  | 'quota'
  /** Still different from the server after a full repair. */
  | 'diverged'
  /** Plain http:// to another computer without the user's consent (worded by the app). */
  | 'insecureHttp'
  | 'unknown';

export interface SyncFailureFacts {
  /** host[:port] of the sync server. */
  server: string;
  status?: number | undefined;
  /** Seconds the server asked us to wait (429). */
  retryAfterSeconds?: number | undefined;
}

/** The codes worded here; insecureHttp is worded by the app's settings page. */
export type WordedFailure = Exclude<SyncFailureCode, 'insecureHttp'> | 'rate_limitedFor';

const EN: Record<WordedFailure, string> = {
  unreachable:
    'Cannot reach the sync server at {server}: check the network connection. Your work is saved on this computer and syncs once the server can be reached.',
  refused:
    'The sync server at {server} refused the connection: it may be stopped, or the address or port may be wrong. Your work is saved on this computer.',
  reset:
    'The connection to the sync server at {server} was cut off. Your work is saved on this computer; sync will try again.',
  timeout:
    'The sync server at {server} did not answer in time. Your work is saved on this computer; sync will try again.',
  dns: 'The server name in {server} could not be found: check the address in Sync settings, or the network.',
  tls: 'No secure connection to {server} could be set up (a certificate or encryption problem). Ask your admin to check the server’s certificate.',
  unauthorized:
    'The sync server at {server} no longer accepts this device’s token (wrong or revoked). Ask your admin for a new device token and enter it in Sync settings.',
  forbidden:
    'The sync server at {server} refused changes your role does not allow (accounts outside your book).',
  rate_limited:
    'The sync server at {server} asked this device to slow down. Sync will try again shortly.',
  rate_limitedFor:
    'The sync server at {server} asked this device to slow down. Sync will try again in {duration}.',
  server_error:
    'The sync server at {server} had a problem of its own (HTTP {status}). Sync will try again; if this goes on, tell your admin.',
  not_a_server:
    'Something answered at {server}, but not an Outpost sync server (HTTP {status}): check the address in Sync settings.',
  too_large:
    'The sync server at {server} refused a batch of changes as too large. Tell your admin.',
  rejected:
    'The sync server at {server} refused changes from this device as invalid. Tell your admin; the details say which.',
  quota: 'The team’s space on the sync server at {server} is full. Tell your admin.',
  diverged:
    'This device still differs from the sync server at {server} after a full repair. Please report this to your admin.',
  unknown: 'Sync with {server} failed. The details say why.',
};

const ZH: Record<WordedFailure, string> = {
  unreachable:
    '无法连接到同步服务器 {server}：请检查网络连接。您的工作已保存在这台电脑上，连上服务器后会自动同步。',
  refused:
    '同步服务器 {server} 拒绝了连接：服务器可能没有运行，或地址、端口有误。您的工作已保存在这台电脑上。',
  reset: '与同步服务器 {server} 的连接被中断。您的工作已保存在这台电脑上，同步会自动重试。',
  timeout: '同步服务器 {server} 没有及时响应。您的工作已保存在这台电脑上，同步会自动重试。',
  dns: '找不到 {server} 中的服务器名称：请检查同步设置中的地址或网络。',
  tls: '无法与 {server} 建立安全连接（证书或加密问题）。请联系管理员检查服务器证书。',
  unauthorized:
    '同步服务器 {server} 不再接受本设备的令牌（令牌有误或已被撤销）。请向管理员索取新的设备令牌，并在同步设置中填写。',
  forbidden: '同步服务器 {server} 拒绝了您的角色无权提交的更改（不属于您负责的客户）。',
  rate_limited: '同步服务器 {server} 要求本设备放慢同步频率。稍后会自动重试。',
  rate_limitedFor: '同步服务器 {server} 要求本设备放慢同步频率。将在{duration}后自动重试。',
  server_error:
    '同步服务器 {server} 自身出现问题（HTTP {status}）。同步会自动重试；如果一直出现，请告知管理员。',
  not_a_server:
    '{server} 有响应，但它不是 Outpost 同步服务器（HTTP {status}）：请检查同步设置中的地址。',
  too_large: '同步服务器 {server} 以数据量过大为由拒收了一批更改。请告知管理员。',
  rejected:
    '同步服务器 {server} 认为本设备的更改无效而拒收。请告知管理员；详情中写明了是哪些更改。',
  quota: '团队在同步服务器 {server} 上的空间已满。请告知管理员。',
  diverged: '完整修复后，本设备仍与同步服务器 {server} 不一致。请将此问题报告给管理员。',
  unknown: '与 {server} 同步失败。详情中写明了原因。',
};

export const SYNC_FAILURE_WORDS: Record<Lang, Record<WordedFailure, string>> = {
  en: EN,
  'zh-CN': ZH,
};

/** Which message a failure takes, and its parameters but the duration (the caller words it). */
export function failureWord(
  code: Exclude<SyncFailureCode, 'insecureHttp'>,
  facts: SyncFailureFacts,
): { word: WordedFailure; params: Record<string, string | number> } {
  const params = { server: facts.server, status: facts.status ?? '—' };
  return code === 'rate_limited' && facts.retryAfterSeconds
    ? { word: 'rate_limitedFor', params }
    : { word: code, params };
}

/** A failure in `lang`, for the CLI (the app words it through its dictionary, the same text). */
export function syncFailureText(
  lang: Lang,
  code: Exclude<SyncFailureCode, 'insecureHttp'>,
  facts: SyncFailureFacts,
): string {
  const { word, params } = failureWord(code, facts);
  const all: Record<string, string | number> = {
    ...params,
    duration: durationText((facts.retryAfterSeconds ?? 0) * 1000, lang),
  };
  return SYNC_FAILURE_WORDS[lang][word].replace(/\{(\w+)\}/g, (_, name: string) =>
    String(all[name] ?? `{${name}}`),
  );
}

/** How the CLI frames a failure: what failed, then the raw detail for support. */
export const SYNC_FAILURE_FRAME: Record<Lang, { failed: string; notSent: string; detail: string }> =
  {
    en: { failed: 'sync failed: ', notSent: 'sync could not send changes: ', detail: 'Details: ' },
    'zh-CN': { failed: '同步失败：', notSent: '同步未能发送更改：', detail: '详情：' },
  };
