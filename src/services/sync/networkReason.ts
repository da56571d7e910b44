/**
 * Why fetch could not reach the server, from the error Node's fetch (undici) throws: its cause
 * carries a system code (ECONNREFUSED, ENOTFOUND, a certificate code…); a timeout is the abort
 * signal's TimeoutError.
 */
import type { NetworkReason } from './syncTransport';

const BY_CODE: Record<string, NetworkReason> = {
  ECONNREFUSED: 'refused',
  ECONNRESET: 'reset',
  ECONNABORTED: 'reset',
  EPIPE: 'reset',
  UND_ERR_SOCKET: 'reset',
  UND_ERR_CLOSED: 'reset',
  ETIMEDOUT: 'timeout',
  UND_ERR_CONNECT_TIMEOUT: 'timeout',
  UND_ERR_HEADERS_TIMEOUT: 'timeout',
  UND_ERR_BODY_TIMEOUT: 'timeout',
  ENOTFOUND: 'dns',
  EAI_AGAIN: 'dns',
  EAI_NONAME: 'dns',
  EAI_FAIL: 'dns',
  CERT_HAS_EXPIRED: 'tls',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'tls',
  SELF_SIGNED_CERT_IN_CHAIN: 'tls',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'tls',
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: 'tls',
};

function codeOf(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string') return code;
  // Several addresses tried (IPv4 and IPv6): the first one's reason.
  const errors = (error as { errors?: unknown }).errors;
  return Array.isArray(errors) ? codeOf(errors[0]) : undefined;
}

/** The error fetch threw → why the server was not reached, and the cause to show as detail. */
export function networkReason(error: unknown): { reason: NetworkReason; cause: unknown } {
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError'))
    return { reason: 'timeout', cause: error };
  const cause = error instanceof Error && error.cause !== undefined ? error.cause : error;
  const code = codeOf(cause);
  const message = cause instanceof Error ? cause.message : String(cause);
  if (code && (/^ERR_(TLS|SSL)_/.test(code) || code.includes('CERT')))
    return { reason: 'tls', cause };
  const reason = (code && BY_CODE[code]) || 'unreachable';
  // An https:// request to a server that does not speak TLS is cut before the handshake ends.
  if (reason === 'reset' && /\b(TLS|SSL)\b/.test(message)) return { reason: 'tls', cause };
  return { reason, cause };
}
