/**
 * Device tokens: 32 random bytes, shown to the admin once. The server keeps only their SHA-256
 * (a token carries 256 bits of entropy, so a plain hash is enough; no salt or slow KDF needed).
 */
import { createHash, randomBytes } from 'node:crypto';

const PREFIX = 'opd_';

export function newDeviceToken(): string {
  return PREFIX + randomBytes(32).toString('base64url');
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** The token of an `Authorization: Bearer …` header, or null when there is none. */
export function bearerToken(header: string | undefined): string | null {
  const match = /^Bearer ([A-Za-z0-9_-]{1,200})$/.exec(header ?? '');
  return match?.[1] ?? null;
}
