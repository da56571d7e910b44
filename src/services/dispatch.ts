/**
 * Calls one API method from untrusted input: checks the method name, validates the input with the
 * contract's schema, runs the handler, and turns every outcome into a Result. Hosts call this and
 * nothing else.
 */
import { API_INPUTS, isApiMethod, type ApiMethod } from '../shared/api/contract';
import { fail, ok, type Result } from '../shared/api/result';
import type { HandlerMap } from './apiHandlers';
import { fieldIssues, ServiceError } from './serviceError';

export async function dispatch(
  handlers: HandlerMap,
  method: string,
  input: unknown,
): Promise<Result<unknown>> {
  if (!isApiMethod(method)) return fail('unknown_method', `Unknown API method: ${method}`);
  const parsed = API_INPUTS[method].safeParse(input ?? {});
  if (!parsed.success) {
    const issues = fieldIssues(parsed.error);
    return fail('invalid_input', issues.map((i) => i.message).join('; '), issues);
  }
  try {
    const handler = handlers[method] as ((input: unknown) => unknown) | undefined;
    if (!handler)
      return fail('locked', 'The database is locked: unlock it (or set up its encryption) first');
    return ok(await handler(parsed.data));
  } catch (error) {
    if (error instanceof ServiceError) return fail(error.code, error.message, error.issues);
    const message = error instanceof Error ? error.message : String(error);
    return fail('internal', `Outpost could not complete ${method satisfies ApiMethod}: ${message}`);
  }
}
