/** Shapes the API returns that are views over several records. */
import type { LifecycleStage, Segment } from '../domain/enums';
import type { Band, NotScoredReason } from '../domain/healthEnums';
import type { SyncFailureCode, SyncFailureFacts } from '../sync/syncFailureWords';
import type { AlertView, HealthHistoryPoint, HealthSummary } from './healthViews';
export type * from './healthViews';
import type {
  Account,
  ActionItem,
  Contract,
  ExpansionOpportunity,
  Handover,
  Milestone,
  Objective,
  ProductFeedback,
  Renewal,
  Stakeholder,
  SupportTicket,
  SurveyResponse,
  Touchpoint,
  UsageSnapshot,
} from '../records/recordTypes';

export interface AppInfo {
  dbFile: string;
  schemaVersion: number;
  accountCount: number;
  /** Nothing was ever written to this database: the app offers the demo portfolio. */
  firstStart: boolean;
  today: string;
  nodeId: string;
  /** The team's home currency: reports default to it. */
  reportingCurrency: string;
}

export interface PortfolioRow {
  id: string;
  name: string;
  industry: string;
  segment: Segment;
  region: string;
  owner: string;
  tags: string[];
  currency: string;
  /** ARR of the contract in force, in minor units of `currency`; 0 when none. */
  arrMinor: number;
  /** End date of the contract in force ('' when none). */
  renewalDate: string;
  stage: LifecycleStage;
  /** The stored health score (null for churned accounts and before the first scoring). */
  health: HealthSummary | null;
  openAlerts: number;
}

export interface AccountDetail {
  account: Account;
  stage: LifecycleStage;
  currentContractId: string | null;
  contracts: Contract[];
  renewals: Renewal[];
  stakeholders: Stakeholder[];
  touchpoints: Touchpoint[];
  actionItems: ActionItem[];
  objectives: Objective[];
  milestones: Milestone[];
  handover: Handover | null;
  usageSnapshots: UsageSnapshot[];
  surveyResponses: SurveyResponse[];
  supportTickets: SupportTicket[];
  expansionOpportunities: ExpansionOpportunity[];
  productFeedback: ProductFeedback[];
}

export const SEARCH_KINDS = ['account', 'stakeholder', 'touchpoint'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** [start, end) of a match in a text, in UTF-16 units, for highlighting. */
export type TextRange = [number, number];

export interface SearchHit {
  kind: SearchKind;
  id: string;
  accountId: string;
  accountName: string;
  /** The account's owner (CSM), '' when none. */
  owner: string;
  title: string;
  /** The meeting's date for a touchpoint, else ''. */
  date: string;
  /** A short excerpt of the matching text around the first match. */
  snippet: string;
  /** Where the query matches (by its words, or by pinyin for Chinese names). */
  marks: { title: TextRange[]; owner: TextRange[]; snippet: TextRange[] };
}

export interface SearchResults {
  hits: SearchHit[];
  /** Every match of the kinds asked for, not only this page. */
  total: number;
  /** Every match of each kind, whatever the filter (for the filter's counts). */
  counts: Record<SearchKind, number>;
  offset: number;
}

export interface DemoSummary {
  accounts: number;
  records: number;
}

export type SyncState =
  'not_configured' | 'never_synced' | 'syncing' | 'up_to_date' | 'pending' | 'offline' | 'error';

export interface SyncStatusView {
  state: SyncState;
  /** Local changes the server has not acknowledged. */
  pending: number;
  /** Open conflicts to review. */
  conflicts: number;
  serverUrl: string | null;
  lastSyncAt: string | null;
  /** The last failure's raw message, for support (the UI words `errorCode` instead). */
  error: string | null;
  /** What kind of failure, which the UI says in the user's language. */
  errorCode: SyncFailureCode | null;
  /** What the words need: the server's address, an HTTP status, how long to wait. */
  errorFacts: SyncFailureFacts | null;
  nextAttemptAt: string | null;
  /** Bumped whenever a round changed local data, so open pages refresh. */
  remoteVersion: number;
  lastRound: { pushed: number; pulled: number; conflicts: number } | null;
  /** The last push was refused for a clock far ahead: by how much (ms; null when unknown). */
  clock: { aheadMs: number | null } | null;
  /** When and why this device last took a new sync id (a copied database, a reset…). */
  nodeChange: {
    reason: 'copied' | 'taken' | 'reset';
    at: string;
    /** Unsynced changes it kept, re-stamped with the new id. */
    kept: number;
  } | null;
}

export interface ConflictView {
  id: number;
  type: string;
  rowId: string;
  field: string;
  accountId: string | null;
  accountName: string;
  recordTitle: string;
  mine: unknown;
  theirs: unknown;
  /** When each value was written (from its HLC). */
  mineAt: string;
  theirsAt: string;
  theirAuthor: string;
  /** False when the other user had seen this value and replaced it knowingly. */
  concurrent: boolean;
  detectedAt: string;
  resolution: 'kept_theirs' | 'restored_mine' | null;
  /** The field's value now (another change may have come since). */
  current: unknown;
}

export type HealthBand = Band;

export interface HealthMeasureView {
  id: string;
  group: string;
  /** 0–100, or null when the data to judge it is missing. */
  points: number | null;
  /** Its part of the whole score after missing weight was spread (0–1). */
  weight: number;
  inputs: Record<string, number | string | null>;
}

export interface HealthGroupView {
  id: string;
  points: number | null;
  weight: number;
  measures: HealthMeasureView[];
}

/** What an account's health page shows whether or not it is scored today. */
interface HealthPageCommon {
  accountId: string;
  asOf: string;
  stage: LifecycleStage;
  /** Alerts firing for the account, open ones first. */
  alerts: AlertView[];
  /** Weekly points over the last half year, ending today (only days it was scored). */
  history: HealthHistoryPoint[];
  /** The CSM's latest call, whether or not it still counts. */
  pulse: { id: string; stars: number; date: string; note: string; author: string } | null;
}

/** An account with no health score today, and why (DESIGN.md §4 "Which accounts, which day"). */
export interface UnscoredHealthView extends HealthPageCommon {
  scored: false;
  reason: NotScoredReason;
}

/** An account's health score with its working (DESIGN.md §4). */
export type AccountHealthView = ScoredHealthView | UnscoredHealthView;

export interface ScoredHealthView extends HealthPageCommon {
  scored: true;
  score: number;
  band: HealthBand;
  /** Score now minus 30 days ago, or null. */
  trend: number | null;
  profile: 'default' | 'onboarding';
  scorecardVersion: number;
  groups: HealthGroupView[];
  drivers: HealthMeasureView[];
}
