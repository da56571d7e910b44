/** An account named the way a person would name it: its id, or its exact name (any case). */
import { findAccountsByIdOrName } from '../db/repositories/portfolioRepository';
import { ServiceError } from './serviceError';
import type { Workspace } from './workspace';

export function resolveAccount(ws: Workspace, idOrName: string): { id: string; name: string } {
  const found = findAccountsByIdOrName(ws.db.sqlite, idOrName);
  const byId = found.find((a) => a.id === idOrName);
  if (byId) return byId;
  if (found.length === 1) return found[0]!;
  if (found.length === 0)
    throw new ServiceError('not_found', `No account has the id or name "${idOrName}"`);
  throw new ServiceError(
    'invalid_input',
    `${found.length} accounts are named "${idOrName}"; give one of their ids: ${found.map((a) => a.id).join(', ')}`,
  );
}
