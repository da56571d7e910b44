/** Views of health, alerts, the risk board, Today and calibration (DESIGN.md §4–5). */
import type { LifecycleStage } from '../domain/enums';
import type {
  AlertAction,
  AlertSeverity,
  AlertState,
  AlertType,
  Band,
} from '../domain/healthEnums';
import type { ScorecardGroups } from '../health/scorecardDefinition';
import type { ActionItem } from '../records/recordTypes';

export interface HealthSummary {
  score: number;
  band: Band;
  trend: number | null;
  scorecardVersion: number;
}

export interface AlertDecisionView {
  action: AlertAction;
  date: string;
  until: string;
  note: string;
  author: string;
}

/** An alert firing now, with the facts its reason is told from and what people decided. */
export interface AlertView {
  accountId: string;
  accountName: string;
  owner: string;
  type: AlertType;
  severity: AlertSeverity;
  facts: Record<string, string | number>;
  firstSeen: string;
  state: AlertState;
  decision: AlertDecisionView | null;
}

export interface HealthHistoryPoint {
  date: string;
  score: number;
  band: Band;
}

export interface ScorecardVersionView {
  version: number;
  note: string;
  author: string;
  createdAt: string;
}

export interface ScorecardDefinitionView {
  version: number;
  groups: ScorecardGroups;
}

export interface ScorecardView {
  current: ScorecardDefinitionView;
  defaults: ScorecardDefinitionView;
  /** Newest first; version 1 is the built-in default. */
  versions: ScorecardVersionView[];
}

export interface MoneyTotal {
  currency: string;
  arrMinor: number;
}

export interface RiskAccountView {
  accountId: string;
  name: string;
  owner: string;
  stage: LifecycleStage;
  health: HealthSummary;
  currency: string;
  arrMinor: number;
  renewalDate: string;
  /** Open alerts, most urgent first. */
  alerts: AlertView[];
  drivers: { id: string; points: number | null; inputs: Record<string, number | string | null> }[];
}

export interface RiskBoardView {
  asOf: string;
  /** Red and yellow accounts, each list worst first. */
  red: RiskAccountView[];
  yellow: RiskAccountView[];
  greenCount: number;
  /** ARR of red and yellow accounts, per currency. */
  arrAtRisk: { red: MoneyTotal[]; yellow: MoneyTotal[] };
  /** Accounts with an open alert of each type, with their ARR per currency. */
  byAlert: { type: AlertType; accounts: number; arr: MoneyTotal[] }[];
}

export interface PlayPreviewView {
  /** Each step of the play, as it would be created, or as this alert already has it. */
  steps: { title: string; owner: string; dueDate: string; created: boolean }[];
}

export interface PlayRunView {
  created: ActionItem[];
  /** Steps this alert already had: running the play again makes nothing new. */
  alreadyThere: number;
}

export interface TodayActionItem {
  id: string;
  accountId: string;
  accountName: string;
  title: string;
  owner: string;
  dueDate: string;
}

export interface TodayView {
  today: string;
  /** Open items on live accounts past their due date, the most recently missed first. */
  overdue: TodayActionItem[];
  /** How many there are (the list holds the first 200 unless all were asked for). */
  overdueTotal: number;
  /** Due today or in the next 7 days. */
  dueSoon: TodayActionItem[];
  dueSoonTotal: number;
  /** Open items with no due date, in the order made. */
  noDueDate: TodayActionItem[];
  noDueDateTotal: number;
  /** Contracts that ended (in the last year) with their renewal's outcome never recorded. */
  unclosedRenewals: {
    contractId: string;
    accountId: string;
    accountName: string;
    endDate: string;
    daysAgo: number;
    arrMinor: number;
    currency: string;
  }[];
  unclosedRenewalsTotal: number;
  /** Live accounts with no owner. */
  unowned: {
    accountId: string;
    accountName: string;
    arrMinor: number;
    currency: string;
    renewalDate: string;
  }[];
  unownedTotal: number;
  /** Meetings of the last 30 days, before today, with no notes written. */
  meetingsWithoutNotes: {
    id: string;
    accountId: string;
    accountName: string;
    date: string;
    kind: string;
    summary: string;
  }[];
  meetingsWithoutNotesTotal: number;
  /** Open alerts first seen in the last 7 days. */
  newAlerts: AlertView[];
  renewals: {
    accountId: string;
    accountName: string;
    endDate: string;
    days: number;
    currency: string;
    arrMinor: number;
    health: HealthSummary | null;
  }[];
  goingDark: {
    accountId: string;
    accountName: string;
    lastTouchpoint: string;
    days: number;
    health: HealthSummary | null;
  }[];
  touchpoints: {
    id: string;
    accountId: string;
    accountName: string;
    kind: string;
    summary: string;
  }[];
  /** Whose work this is ('' = everyone's). */
  owner: string;
  owners: string[];
}

export interface CalibrationBandView {
  band: Band;
  /**
   * The renewal probability the band implies in the forecast: its own renewal rate once it has
   * enough closed renewals (`calibrated`), else the default.
   */
  probability: number;
  calibrated: boolean;
  closed: number;
  renewed: number;
  /** renewed ÷ closed, or null when none closed. */
  rate: number | null;
}

export interface CalibrationView {
  asOf: string;
  /** Closed renewals, each judged by the account's band 90 days before the contract ended. */
  bands: CalibrationBandView[];
  closed: number;
  /** Mean squared error of the implied probability against the outcome; null when none closed. */
  brier: number | null;
  /** The same for a constant forecast of the base rate (`renewalRate`) for every renewal. */
  constantBrier: number | null;
  renewalRate: number | null;
  healthRate: { green: number; active: number; rate: number | null };
}
