/** Views of the renewal forecast, its history, accuracy and exchange rates (DESIGN.md §6). */
import type { ForecastCall, RenewalChangeKind, RenewalOutcome, Segment } from '../domain/enums';
import type { Band } from '../domain/healthEnums';

/** A renewal's forecast fields as they stood on a day (the renewal record's own field names). */
export interface RenewalTerms {
  targetArrMinor: number;
  forecastCall: ForecastCall | '';
  callReason: string;
  /** Expected ARR change at renewal: positive expansion, negative planned contraction. */
  expectedChangeMinor: number;
  outcome: RenewalOutcome;
  finalArrMinor: number | null;
  reasonCodes: string[];
  closedDate: string;
}

/** What one renewal contributes to the forecast, in minor units of its currency. */
export interface RenewalFigures {
  /** The probability used (1 or 0 once closed). */
  probability: number;
  source: 'call' | 'system' | 'closed';
  /** The call is more than one band away from the system's view. */
  flagged: boolean;
  /** Planned (open) or actual (closed) expansion and contraction. */
  expansion: number;
  contraction: number;
  expectedRetained: number;
  expectedExpansion: number;
  expected: number;
  best: number;
  worst: number;
  /** Expected retained ARR of a renewal called commit (0 otherwise). */
  commit: number;
  /** Final ARR of a renewal closed as renewed (0 otherwise). */
  closedWon: number;
  /** Where an open renewal's expansion comes from: the CSM's planned change, or the pipeline. */
  expansionSource: 'planned' | 'opportunities' | null;
  /** The open expansion opportunities this renewal counts (DESIGN.md §6). */
  opportunityIds: string[];
}

export interface ForecastTotals {
  renewals: number;
  open: number;
  renewed: number;
  churned: number;
  overdue: number;
  flagged: number;
  /** Renewals due: Σ target. */
  due: number;
  commit: number;
  closedWon: number;
  expectedRetained: number;
  expectedExpansion: number;
  expected: number;
  best: number;
  worst: number;
  /** Expected retained ÷ due; null when nothing is due. */
  grr: number | null;
  /** (Expected retained + expected expansion) ÷ due. */
  nrr: number | null;
}

export interface RenewalChangeView {
  id: string;
  at: string;
  date: string;
  kind: RenewalChangeKind;
  changes: Partial<RenewalTerms>;
  note: string;
  author: string;
}

export interface RenewalRowView extends RenewalTerms, RenewalFigures {
  contractId: string;
  /** The renewal record, or null while nobody has made a call on it. */
  renewalId: string | null;
  accountId: string;
  accountName: string;
  owner: string;
  segment: Segment;
  region: string;
  currency: string;
  startDate: string;
  endDate: string;
  daysToEnd: number;
  band: Band | null;
  score: number | null;
  systemProbability: number;
  /** Still open after its contract ended. */
  overdue: boolean;
  lastChange: { at: string; author: string; kind: RenewalChangeKind } | null;
}

export interface ConversionRateView {
  from: string;
  to: string;
  rate: number;
  /** The stored rates it comes from, each "FROM→TO rate since DATE". */
  via: { from: string; to: string; rate: number; effectiveDate: string }[];
}

/** Totals per currency and, where rates allow, in the reporting currency. */
export interface MultiCurrencyTotals {
  byCurrency: { currency: string; totals: ForecastTotals }[];
  reporting: { currency: string; totals: ForecastTotals } | null;
  /** Currencies left out of the reporting total for want of a rate. */
  missingRates: string[];
}

export type ForecastGroupBy = 'none' | 'month' | 'quarter' | 'owner' | 'segment' | 'currency';

export interface ForecastGroupView {
  key: string;
  totals: MultiCurrencyTotals;
  contractIds: string[];
}

export interface BandProbabilityView {
  band: Band;
  probability: number;
  calibrated: boolean;
  closed: number;
  renewed: number;
}

export interface ForecastView {
  from: string;
  to: string;
  asOf: string;
  today: string;
  reportingCurrency: string;
  rows: RenewalRowView[];
  totals: MultiCurrencyTotals;
  groups: ForecastGroupView[];
  rates: ConversionRateView[];
  probabilities: BandProbabilityView[];
  owners: string[];
  /** Renewals in the window before filters. */
  unfiltered: number;
}

export interface RenewalDetailView {
  row: RenewalRowView;
  history: RenewalChangeView[];
  probabilities: BandProbabilityView[];
  /** The contract that renewed this one, once closed as renewed. */
  followOn: { id: string; startDate: string; endDate: string; arrMinor: number } | null;
  /** The account's open expansion opportunities, to size the expected expansion. */
  opportunities: {
    id: string;
    title: string;
    amountMinor: number;
    currency: string;
    probability: number;
    expectedClose: string;
  }[];
  seats: number;
  modules: string[];
}

export interface ForecastChangeView {
  contractId: string;
  accountId: string;
  accountName: string;
  owner: string;
  currency: string;
  endDate: string;
  fields: string[];
  before: RenewalRowView | null;
  after: RenewalRowView;
  /** The history entries made in between. */
  entries: RenewalChangeView[];
}

export interface ForecastChangesView {
  from: string;
  to: string;
  since: string;
  today: string;
  reportingCurrency: string;
  changes: ForecastChangeView[];
  before: MultiCurrencyTotals;
  after: MultiCurrencyTotals;
}

export interface AccuracyRowView {
  contractId: string;
  accountId: string;
  accountName: string;
  owner: string;
  currency: string;
  endDate: string;
  targetArrMinor: number;
  outcome: RenewalOutcome;
  actualArrMinor: number;
  at90: {
    probability: number;
    expected: number;
    call: ForecastCall | '';
    band: Band | null;
  } | null;
  at30: {
    probability: number;
    expected: number;
    call: ForecastCall | '';
    band: Band | null;
  } | null;
}

export interface AccuracyTotals {
  renewals: number;
  target: number;
  actual: number;
  forecast90: number;
  forecast30: number;
  /** Σ |forecast − actual| ÷ Σ target; null when nothing was due. */
  error90: number | null;
  error30: number | null;
}

export interface AccuracyView {
  from: string;
  to: string;
  reportingCurrency: string;
  rows: AccuracyRowView[];
  byCurrency: { currency: string; totals: AccuracyTotals }[];
  reporting: { currency: string; totals: AccuracyTotals } | null;
  missingRates: string[];
}

export interface SnapshotPointView {
  week: string;
  takenOn: string;
  /** No snapshot was kept that week: the forecast of its Monday rebuilt from the history. */
  rebuilt: boolean;
  totals: MultiCurrencyTotals;
}

export interface SnapshotTrendView {
  from: string;
  to: string;
  reportingCurrency: string;
  points: SnapshotPointView[];
}

export interface ExchangeRateView {
  id: string;
  fromCurrency: string;
  toCurrency: string;
  rate: number;
  effectiveDate: string;
  note: string;
  author: string;
  createdAt: string;
  /** In effect today for its pair. */
  current: boolean;
}

export interface ExchangeRatesView {
  today: string;
  rates: ExchangeRateView[];
}

/** A file made for the user to save: a save dialog in the desktop app, a download in a browser. */
export interface ExportFile {
  fileName: string;
  mimeType: string;
  base64: string;
}
