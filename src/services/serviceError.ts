/** An expected failure of a use case, carried to the host as an API error result. */
import type { z } from 'zod';
import type { ErrorCode, FieldIssue } from '../shared/api/result';
import { describeValidation } from '../shared/records/validationMessages';

export class ServiceError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues?: FieldIssue[],
  ) {
    super(message);
    this.name = 'ServiceError';
  }
}

export function fieldIssues(error: z.ZodError, prefix = ''): FieldIssue[] {
  return error.issues.map((issue) => {
    const path = [prefix, ...issue.path.map(String)].filter(Boolean).join('.');
    const code = issue.message || issue.code;
    return { path, code, message: `${path || 'input'} ${describeValidation(code)}` };
  });
}

export function invalidInput(issues: FieldIssue[]): ServiceError {
  return new ServiceError('invalid_input', issues.map((i) => i.message).join('; '), issues);
}
