/**
 * The handler map behind the API contract. Both hosts (Electron IPC and the local web host) serve
 * exactly this map; a method without a handler here does not compile.
 */
import type { ApiMethod, ApiOutput, ParsedInput, SessionMethod } from '../shared/api/contract';
import { schemaVersion } from '../db/migrations';
import { countLiveAccounts } from '../db/repositories/recordRepository';
import { isUnused } from '../db/changeCapture/changeLog';
import { getAccountDetail } from './accountService';
import { loadDemo } from './demo/demoService';
import { listPortfolio } from './portfolioService';
import { createRecord, deleteRecord, restoreRecord, updateRecord } from './recordService';
import { search } from './searchService';
import { decideAlert, listAlerts } from './alerts/alertService';
import { playPreview, runPlay } from './alerts/alertPlayService';
import { accountHealthView } from './health/accountHealthService';
import { calibrationView } from './health/calibrationService';
import { ensureHealthCurrent, refreshHealth } from './health/healthRefresh';
import { saveScorecard, scorecardView } from './health/scorecardService';
import { riskBoard } from './riskBoardService';
import { todayView } from './todayService';
import { ServiceError } from './serviceError';
import { listConflictViews, resolveConflict } from './sync/conflictService';
import { InsecureServerUrlError } from './sync/httpSyncTransport';
import { listQuarantineViews } from './sync/quarantineService';
import { SyncScheduler } from './sync/syncScheduler';
import { logTouchpoint } from './touchpointService';
import type { Workspace } from './workspace';
import { kpiView } from './kpiService';
import { currentAuthor, saveAuthor } from './profileService';
import { assertGenericWrite } from './recordWritePolicy';
import {
  defaultReportingCurrency,
  exchangeRatesView,
  saveExchangeRate,
} from './renewals/exchangeRateService';
import { forecastAccuracy } from './renewals/forecastAccuracyService';
import { forecastChanges } from './renewals/forecastChangesService';
import { exportForecast } from './renewals/forecastExportService';
import { forecastView } from './renewals/forecastService';
import { ensureWeeklySnapshot, snapshotTrend } from './renewals/forecastSnapshotService';
import { closeRenewal, reopenRenewal, updateRenewal } from './renewals/renewalCallService';
import { renewalDetail } from './renewals/renewalDetailService';
import { brandingView, saveBranding } from './deck/brandingService';
import { exportDeckFile, type PdfPrinter } from './deck/deckExportService';
import { deckFor } from './deck/deckService';
import { importBatches, undoImport } from './import/importUndo';
import { deleteImpact, listRecentlyDeleted, restoreDeleted } from './recentlyDeletedService';
import { backupListView, backUpNow } from './backup/backupNow';
import { receiveUploadPiece } from './import/importUploads';
import { discardImport, importProblemsFile, previewImport, runImport } from './import/importWizard';

export type Handler<M extends ApiMethod> = (
  input: ParsedInput<M>,
) => ApiOutput<M> | Promise<ApiOutput<M>>;

/** Every method on an open workspace; the session's own (lock, unlock, restore) are apart. */
export type ApiHandlers = { [M in Exclude<ApiMethod, SessionMethod>]: Handler<M> };

/** What dispatch can serve: a method missing here is answered `locked`. */
export type HandlerMap = { [M in ApiMethod]?: Handler<M> };

/** Methods that write synced records: each is followed by a (debounced) sync round. */
const WRITES = new Set<Exclude<ApiMethod, SessionMethod>>([
  'records:create',
  'records:update',
  'records:delete',
  'records:restore',
  'deleted:restore',
  'touchpoints:log',
  'demo:load',
  'conflicts:resolve',
  'alerts:decide',
  'alerts:runPlay',
  'scorecard:save',
  'renewals:update',
  'renewals:close',
  'renewals:reopen',
  'rates:save',
  'branding:save',
  'import:run',
  'import:undo',
]);

export interface HostServices {
  /** Prints a page of the app to PDF (the host's own browser); without it PDF export says so. */
  printPdf?: PdfPrinter;
}

export function createApiHandlers(
  ws: Workspace,
  sync = new SyncScheduler(ws),
  host: HostServices = {},
): ApiHandlers {
  const handlers: ApiHandlers = {
    // Long work runs where the host can watch it only in the workspace worker, which answers
    // these two itself; run in-process, a call is over before anyone could ask.
    'tasks:progress': () => ({ tasks: [] }),
    'tasks:cancel': () => ({ cancelled: false }),
    'app:info': () => ({
      dbFile: ws.db.file,
      schemaVersion: schemaVersion(ws.db.sqlite),
      accountCount: countLiveAccounts(ws.db.sqlite),
      firstStart: isUnused(ws.db.sqlite),
      today: ws.today(),
      nodeId: ws.nodeId,
      reportingCurrency: defaultReportingCurrency(ws),
    }),
    'portfolio:list': () => listPortfolio(ws),
    'accounts:detail': ({ id }) => getAccountDetail(ws, id),
    'records:create': ({ type, fields }) => {
      assertGenericWrite(type, 'create');
      return createRecord(ws, type, fields);
    },
    'records:update': ({ type, id, patch }) => {
      assertGenericWrite(type, 'update');
      return updateRecord(ws, type, id, patch);
    },
    'records:delete': ({ type, id }) => {
      assertGenericWrite(type, 'delete');
      return deleteRecord(ws, type, id);
    },
    'records:restore': ({ type, id }) => {
      assertGenericWrite(type, 'restore');
      return restoreRecord(ws, type, id);
    },
    'deleted:list': (query) => listRecentlyDeleted(ws, query),
    'deleted:impact': ({ type, id }) => deleteImpact(ws, type, id),
    'deleted:restore': ({ type, id }) => restoreDeleted(ws, type, id),
    'touchpoints:log': ({ fields, createActionItems, actionItems }) =>
      logTouchpoint(ws, fields, createActionItems, actionItems),
    'search:query': (input) => search(ws, input),
    'demo:load': ({ accounts }) => loadDemo(ws, { accounts, seed: 1, today: ws.today() }),
    'health:account': ({ id }) => accountHealthView(ws, id),
    'health:refresh': () => ({ scored: refreshHealth(ws, 'all') }),
    'alerts:list': ({ accountId, lang }) => listAlerts(ws, accountId ?? null, lang),
    'alerts:decide': (input) => decideAlert(ws, { ...input, author: '' }),
    'alerts:runPlay': (input) => runPlay(ws, input),
    'alerts:playPreview': (input) => playPreview(ws, input),
    'risk:board': ({ lang }) => riskBoard(ws, lang),
    'today:view': ({ owner, lang, all }) => todayView(ws, owner, lang, all),
    'calibration:view': () => calibrationView(ws),
    'scorecard:get': () => scorecardView(ws),
    'scorecard:save': ({ groups, note }) => saveScorecard(ws, groups, note, ''),
    'sync:status': () => sync.status(),
    'sync:now': () => sync.syncNow(),
    'sync:networkBack': () => sync.networkBack(),
    'sync:configure': ({ serverUrl, token, allowInsecureHttp }) => {
      try {
        return sync.configure(serverUrl, token, allowInsecureHttp);
      } catch (error) {
        const { message } = error as Error;
        // The settings page says this one in the user's language.
        const issues =
          error instanceof InsecureServerUrlError
            ? [{ path: 'serverUrl', code: error.code, message }]
            : undefined;
        throw new ServiceError('invalid_input', message, issues);
      }
    },
    'sync:disconnect': () => sync.disconnect(),
    'sync:reset': () => sync.reset(),
    'conflicts:list': (filter) => listConflictViews(ws, filter),
    'conflicts:resolve': ({ id, keep }) => resolveConflict(ws, id, keep),
    'quarantine:list': () => listQuarantineViews(ws),
    'forecast:view': (query) => {
      // The first look of the week takes the week's snapshot of the forecast.
      ensureWeeklySnapshot(ws);
      return forecastView(ws, query);
    },
    'forecast:changes': (query) => forecastChanges(ws, query),
    'forecast:accuracy': (query) => forecastAccuracy(ws, query),
    'forecast:trend': (query) => snapshotTrend(ws, query),
    'forecast:export': (query) => exportForecast(ws, query),
    'renewals:detail': ({ contractId }) => renewalDetail(ws, contractId),
    'renewals:update': (input) => updateRenewal(ws, input),
    'renewals:close': (input) => closeRenewal(ws, input),
    'renewals:reopen': ({ contractId }) => reopenRenewal(ws, contractId),
    'kpis:view': (query) => kpiView(ws, query),
    'rates:list': () => exchangeRatesView(ws),
    'rates:save': (input) => saveExchangeRate(ws, input),
    'profile:get': () => ({ name: currentAuthor(ws) }),
    'profile:save': ({ name }) => saveAuthor(ws, name),
    'qbr:deck': (query) => deckFor(ws, query),
    'qbr:export': (input) => exportDeckFile(ws, input, host.printPdf),
    'branding:get': () => brandingView(ws),
    'branding:save': (input) => saveBranding(ws, input),
    'import:upload': (input) => receiveUploadPiece(ws, input),
    'import:preview': (choices) => previewImport(ws, choices),
    'import:run': (choices) => runImport(ws, choices),
    'import:discard': ({ uploadId }) => discardImport(ws, uploadId),
    'import:list': () => importBatches(ws),
    'import:undo': ({ batchId }) => undoImport(ws, batchId),
    'import:problemsFile': (input) => importProblemsFile(input),
    // Where there is no session (an in-process host), the workspace is open as it stands.
    'security:status': () => ({
      state: 'open',
      keystore: 'passphrase',
      passphraseBecause: null,
      dbFile: ws.db.file,
      canLock: false,
    }),
    'backup:list': () => backupListView(ws.db.file),
    'backup:now': ({ passphrase }) => backUpNow(ws, passphrase),
  };
  for (const method of WRITES) {
    const handler = handlers[method] as (input: unknown) => unknown;
    const afterWrite = () => {
      sync.localChange();
      // Alerts are evaluated right after every change, not only when someone next looks.
      ensureHealthCurrent(ws);
    };
    (handlers as Record<typeof method, (input: unknown) => unknown>)[method] = (input) => {
      const result = handler(input);
      // An asynchronous write (an import reads its workbook first) has written when it settles.
      if (result instanceof Promise)
        return result.then((value: unknown) => {
          afterWrite();
          return value;
        });
      afterWrite();
      return result;
    };
  }
  return handlers;
}
