/**
 * The handler map behind the API contract. Both hosts (Electron IPC and the local web host) serve
 * exactly this map; a method without a handler here does not compile.
 */
import type { ApiMethod, ApiOutput, ParsedInput } from '../shared/api/contract';
import { schemaVersion } from '../db/migrations';
import { countLiveAccounts } from '../db/repositories/recordRepository';
import { isUnused } from '../db/changeCapture/changeLog';
import { getAccountDetail } from './accountService';
import { loadDemo } from './demo/demoService';
import { listPortfolio } from './portfolioService';
import { createRecord, deleteRecord, restoreRecord, updateRecord } from './recordService';
import { search } from './searchService';
import { logTouchpoint } from './touchpointService';
import type { Workspace } from './workspace';

export type ApiHandlers = {
  [M in ApiMethod]: (input: ParsedInput<M>) => ApiOutput<M> | Promise<ApiOutput<M>>;
};

export function createApiHandlers(ws: Workspace): ApiHandlers {
  return {
    'app:info': () => ({
      dbFile: ws.db.file,
      schemaVersion: schemaVersion(ws.db.sqlite),
      accountCount: countLiveAccounts(ws.db.sqlite),
      firstStart: isUnused(ws.db.sqlite),
      today: ws.today(),
      nodeId: ws.nodeId,
    }),
    'portfolio:list': () => listPortfolio(ws),
    'accounts:detail': ({ id }) => getAccountDetail(ws, id),
    'records:create': ({ type, fields }) => createRecord(ws, type, fields),
    'records:update': ({ type, id, patch }) => updateRecord(ws, type, id, patch),
    'records:delete': ({ type, id }) => deleteRecord(ws, type, id),
    'records:restore': ({ type, id }) => restoreRecord(ws, type, id),
    'touchpoints:log': ({ fields, createActionItems }) =>
      logTouchpoint(ws, fields, createActionItems),
    'search:query': ({ q, limit }) => search(ws, q, limit),
    'demo:load': ({ accounts }) => loadDemo(ws, { accounts, seed: 1, today: ws.today() }),
  };
}
