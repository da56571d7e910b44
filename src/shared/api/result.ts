/** The result every API method returns: data, or an error with a code and a human message. */

export const ERROR_CODES = [
  'invalid_input',
  'not_found',
  'unknown_method',
  'unauthorized',
  'internal',
  /** Something this machine lacks (a browser to print a PDF with, say). */
  'unavailable',
  /** The page could not reach its host at all (stopped, or the connection dropped): nothing was saved. */
  'unreachable',
  /** The host's data worker died while the call ran: nothing of it was saved; try again. */
  'worker_restarted',
  /** The user cancelled long work; what was kept is in the message. */
  'cancelled',
  /** The database is locked (or not yet set up): unlock it first. */
  'locked',
  /** The passphrase or recovery words do not open the database (or the backup). */
  'wrong_secret',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface FieldIssue {
  /** Dotted path of the field, e.g. `fields.name`. */
  path: string;
  /** A validation code (see records/validationMessages.ts) or zod's own code. */
  code: string;
  message: string;
}

export interface ApiError {
  code: ErrorCode;
  message: string;
  issues?: FieldIssue[];
}

export type Result<T> = { ok: true; data: T } | { ok: false; error: ApiError };

export const ok = <T>(data: T): Result<T> => ({ ok: true, data });
export const fail = (code: ErrorCode, message: string, issues?: FieldIssue[]): Result<never> => ({
  ok: false,
  error: issues ? { code, message, issues } : { code, message },
});
