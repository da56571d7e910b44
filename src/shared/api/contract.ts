/**
 * The one API contract (DESIGN.md §9): every method's input schema and result type. The Electron
 * main process and the local web host implement it from the same handler map, and the renderer
 * calls it through one transport. Adding a method here makes a missing handler a compile error.
 */
import type { TaskProgressView } from './taskViews';
import { z } from 'zod';
import { RECORD_TYPES, type RecordType, type StoredRecord } from '../records/recordTypes';
import { recordId } from '../records/fieldTypes';
import { DELETABLE_TYPES } from '../records/deletableTypes';
import type { DeletedListView, DeleteImpactView, RestoredRecordsView } from './deletedViews';
import { ALERT_ACTIONS, ALERT_TYPES } from '../domain/healthEnums';
import { CURRENCIES } from '../domain/enums';
import { isoDate, optionalDate } from '../records/fieldTypes';
import type {
  AlertView,
  CalibrationView,
  RiskBoardView,
  ScorecardView,
  TodayView,
  PlayPreviewView,
  PlayRunView,
} from './healthViews';
import {
  exchangeRateInput,
  exportInput,
  forecastQuery,
  kpiQuery,
  periodInput,
  renewalCloseInput,
  renewalUpdateInput,
} from './forecastInputs';
import type {
  AccuracyView,
  ExchangeRatesView,
  ExportFile,
  ForecastChangesView,
  ForecastView,
  RenewalDetailView,
  SnapshotTrendView,
} from './forecastViews';
import type { KpiView } from './kpiViews';
import type {
  BackupEntryView,
  BackupMadeView,
  RecoveryKeyView,
  RestoredView,
  SecurityStatusView,
} from './securityViews';
import { importChoicesInput, importProblemsInput, importUploadInput } from './importInputs';
import type { ImportBatchView, ImportPreviewView, ImportReportView } from './importViews';
import type { QuarantineView } from './quarantineViews';
import { brandingInput, deckExportInput, deckQuery } from './deckInputs';
import type { Deck, DeckBranding } from './deckViews';
import { SEARCH_KINDS } from './views';
import type {
  AccountDetail,
  AccountHealthView,
  AppInfo,
  ConflictView,
  DemoSummary,
  PortfolioRow,
  SearchResults,
  SyncStatusView,
} from './views';

const reportingCurrency = z.union([z.enum(CURRENCIES, 'invalidChoice'), z.literal('')]).default('');
const recordType = z.enum(RECORD_TYPES as [RecordType, ...RecordType[]], 'invalidChoice');
const deletableType = z.enum(DELETABLE_TYPES, 'invalidChoice');
const playInput = z.object({
  accountId: recordId,
  type: z.enum(ALERT_TYPES, 'invalidChoice'),
  lang: z.enum(['en', 'zh-CN'], 'invalidChoice').default('en'),
});
const fieldValues = z.record(z.string(), z.unknown());
/** A passphrase or recovery words: never trimmed (a space may be part of it), never logged. */
const secret = z.string().max(1000, 'tooLong');
/** The language the session's refusals are worded in (they come from shared messages). */
const lang = z.enum(['en', 'zh-CN'], 'invalidChoice').default('en');

export const API_INPUTS = {
  'app:info': z.object({}),
  'tasks:progress': z.object({}),
  'tasks:cancel': z.object({ id: z.number().int().positive() }),
  'portfolio:list': z.object({}),
  'accounts:detail': z.object({ id: recordId }),
  'records:create': z.object({ type: recordType, fields: fieldValues }),
  'records:update': z.object({ type: recordType, id: recordId, patch: fieldValues }),
  'records:delete': z.object({ type: recordType, id: recordId }),
  'records:restore': z.object({ type: recordType, id: recordId }),
  'deleted:list': z.object({
    type: deletableType.optional(),
    offset: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(500).default(100),
  }),
  'deleted:impact': z.object({ type: deletableType, id: recordId }),
  'deleted:restore': z.object({ type: deletableType, id: recordId }),
  'touchpoints:log': z.object({
    fields: fieldValues,
    /** Turn each line of the next steps into an open action item linked to the touchpoint. */
    createActionItems: z.boolean().default(false),
    /** The action items as the user left them (titles, due dates); else one per line, due in a week. */
    actionItems: z
      .array(z.object({ title: z.string().trim().min(1).max(300), dueDate: optionalDate }))
      .max(100)
      .optional(),
  }),
  'search:query': z.object({
    q: z.string().max(200),
    /** Only these kinds (all when left out). */
    kinds: z.array(z.enum(SEARCH_KINDS)).min(1).optional(),
    offset: z.number().int().min(0).max(100_000).default(0),
    limit: z.number().int().min(1).max(100).default(20),
  }),
  'demo:load': z.object({ accounts: z.number().int().min(1).max(10_000).default(50) }),
  'health:account': z.object({ id: recordId }),
  'health:refresh': z.object({}),
  'alerts:list': z.object({ accountId: recordId.optional(), lang }),
  'alerts:decide': z.object({
    accountId: recordId,
    type: z.enum(ALERT_TYPES, 'invalidChoice'),
    action: z.enum(ALERT_ACTIONS, 'invalidChoice'),
    until: z.union([isoDate, z.literal('')]).default(''),
    note: z.string().trim().max(1000, 'tooLong').default(''),
  }),
  'alerts:runPlay': playInput,
  'alerts:playPreview': playInput,
  'risk:board': z.object({ lang }),
  'today:view': z.object({
    owner: z.string().max(100).default(''),
    /** Every row of every list (else the first 200 of each; the totals are always true). */
    all: z.boolean().default(false),
    lang,
  }),
  'calibration:view': z.object({}),
  'scorecard:get': z.object({}),
  'scorecard:save': z.object({
    groups: z.unknown(),
    note: z.string().trim().max(500, 'tooLong').default(''),
  }),
  'sync:status': z.object({}),
  'sync:now': z.object({}),
  'sync:networkBack': z.object({}),
  'sync:configure': z.object({
    serverUrl: z.string().trim().min(1, 'required').max(2000),
    token: z.string().trim().min(1, 'required').max(500),
    /** Plain http:// to another computer: the token travels unencrypted. */
    allowInsecureHttp: z.boolean().default(false),
  }),
  'sync:disconnect': z.object({}),
  'sync:reset': z.object({}),
  'conflicts:list': z.object({
    includeResolved: z.boolean().default(false),
    includeKnowing: z.boolean().default(false),
  }),
  'conflicts:resolve': z.object({
    id: z.number().int().min(1),
    keep: z.enum(['mine', 'theirs'], 'invalidChoice'),
  }),
  'quarantine:list': z.object({}),
  'forecast:view': forecastQuery,
  'forecast:changes': periodInput.and(
    z.object({ since: isoDate, currency: reportingCurrency, lang }),
  ),
  'forecast:accuracy': periodInput.and(z.object({ currency: reportingCurrency })),
  'forecast:trend': periodInput.and(z.object({ currency: reportingCurrency })),
  'forecast:export': exportInput,
  'renewals:detail': z.object({ contractId: recordId }),
  'renewals:update': renewalUpdateInput,
  'renewals:close': renewalCloseInput,
  'renewals:reopen': z.object({ contractId: recordId }),
  'kpis:view': kpiQuery,
  'rates:list': z.object({}),
  'rates:save': exchangeRateInput,
  'profile:get': z.object({}),
  'profile:save': z.object({ name: z.string().trim().max(100, 'tooLong') }),
  'qbr:deck': deckQuery,
  'qbr:export': deckExportInput,
  'branding:get': z.object({}),
  'branding:save': brandingInput,
  'import:upload': importUploadInput,
  'import:preview': importChoicesInput,
  'import:run': importChoicesInput,
  'import:discard': z.object({ uploadId: z.string().max(64) }),
  'import:list': z.object({}),
  'import:undo': z.object({ batchId: recordId }),
  'import:problemsFile': importProblemsInput,
  'security:status': z.object({}),
  /** Encrypts the database with a new key; a passphrase unless the OS keystore holds the key. */
  'security:setUp': z.object({ passphrase: secret.optional(), lang }),
  /** The passphrase, or the 24 recovery words. */
  'security:unlock': z.object({ secret: secret.pipe(z.string().min(1, 'required')), lang }),
  'security:lock': z.object({}),
  /** The recovery words again: the passphrase is asked first where there is one. */
  'security:recoveryKey': z.object({ passphrase: secret.optional(), lang }),
  'security:changePassphrase': z.object({ current: secret, next: secret, lang }),
  'backup:list': z.object({}),
  /** A passphrase of its own makes a backup for another computer. */
  'backup:now': z.object({ passphrase: secret.optional() }),
  /** From a listed backup (its file) or an uploaded one; `secret` opens a backup from elsewhere. */
  'backup:restore': z
    .object({
      file: z.string().max(4000).optional(),
      uploadId: z.string().max(64).optional(),
      secret: secret.optional(),
      lang,
    })
    .refine((v) => (v.file === undefined) !== (v.uploadId === undefined), {
      message: 'Choose one backup: a listed one or a file',
      path: ['file'],
    }),
} as const;

/**
 * Served by the worker's session around the workspace: they open, close or replace it. (An open
 * workspace answers `security:status` itself, for hosts without a session: the CLI's printer.)
 */
export const SESSION_METHODS = [
  'security:setUp',
  'security:unlock',
  'security:lock',
  'security:recoveryKey',
  'security:changePassphrase',
  'backup:restore',
] as const satisfies readonly (keyof typeof API_INPUTS)[];
export type SessionMethod = (typeof SESSION_METHODS)[number];

export type ApiMethod = keyof typeof API_INPUTS;

export interface ApiOutputs {
  'app:info': AppInfo;
  'tasks:progress': { tasks: TaskProgressView[] };
  'tasks:cancel': { cancelled: boolean };
  'portfolio:list': PortfolioRow[];
  'accounts:detail': AccountDetail;
  'records:create': StoredRecord<RecordType>;
  'records:update': StoredRecord<RecordType>;
  'records:delete': StoredRecord<RecordType>;
  'records:restore': StoredRecord<RecordType>;
  'deleted:list': DeletedListView;
  'deleted:impact': DeleteImpactView;
  'deleted:restore': RestoredRecordsView;
  'touchpoints:log': {
    touchpoint: StoredRecord<'touchpoints'>;
    actionItems: StoredRecord<'action_items'>[];
  };
  'search:query': SearchResults;
  'demo:load': DemoSummary;
  'health:account': AccountHealthView;
  'health:refresh': { scored: number };
  'alerts:list': AlertView[];
  'alerts:decide': AlertView;
  'alerts:runPlay': PlayRunView;
  'alerts:playPreview': PlayPreviewView;
  'risk:board': RiskBoardView;
  'today:view': TodayView;
  'calibration:view': CalibrationView;
  'scorecard:get': ScorecardView;
  'scorecard:save': ScorecardView;
  'sync:status': SyncStatusView;
  'sync:now': SyncStatusView;
  'sync:networkBack': SyncStatusView;
  'sync:configure': SyncStatusView;
  'sync:disconnect': SyncStatusView;
  'sync:reset': SyncStatusView;
  'conflicts:list': ConflictView[];
  'conflicts:resolve': ConflictView;
  'quarantine:list': QuarantineView[];
  'forecast:view': ForecastView;
  'forecast:changes': ForecastChangesView;
  'forecast:accuracy': AccuracyView;
  'forecast:trend': SnapshotTrendView;
  'forecast:export': ExportFile;
  'renewals:detail': RenewalDetailView;
  'renewals:update': RenewalDetailView;
  'renewals:close': RenewalDetailView;
  'renewals:reopen': RenewalDetailView;
  'kpis:view': KpiView;
  'rates:list': ExchangeRatesView;
  'rates:save': ExchangeRatesView;
  'profile:get': { name: string };
  'profile:save': { name: string };
  'qbr:deck': Deck;
  'qbr:export': ExportFile;
  'branding:get': DeckBranding;
  'branding:save': DeckBranding;
  'import:upload': { uploadId: string; received: number; complete: boolean };
  'import:preview': ImportPreviewView;
  'import:run': ImportReportView;
  'import:discard': { discarded: boolean };
  'import:list': ImportBatchView[];
  'import:undo': { deleted: number; restored: number };
  'import:problemsFile': ExportFile;
  'security:status': SecurityStatusView;
  'security:setUp': RecoveryKeyView;
  'security:unlock': SecurityStatusView;
  'security:lock': SecurityStatusView;
  'security:recoveryKey': RecoveryKeyView;
  'security:changePassphrase': { changed: true };
  'backup:list': BackupEntryView[];
  'backup:now': BackupMadeView;
  'backup:restore': RestoredView;
}

export type ApiInput<M extends ApiMethod> = z.input<(typeof API_INPUTS)[M]>;
export type ParsedInput<M extends ApiMethod> = z.output<(typeof API_INPUTS)[M]>;
export type ApiOutput<M extends ApiMethod> = ApiOutputs[M];

export function isApiMethod(value: string): value is ApiMethod {
  return Object.hasOwn(API_INPUTS, value);
}
