/** The KPI dashboard (DESIGN.md §3): each number with the inputs it was computed from. */
import type { ConversionRateView } from './forecastViews';

export type MovementKind = 'new' | 'reactivation' | 'expansion' | 'contraction' | 'churn';

/** ARR at the start and end of a period and what moved it (minor units of one currency). */
export interface ArrMovementTotals {
  startArr: number;
  endArr: number;
  new: number;
  reactivation: number;
  expansion: number;
  contraction: number;
  churn: number;
  /** Accounts with ARR at the start, and those of them with none at the end. */
  activeAtStart: number;
  lost: number;
}

export interface KpiMover {
  accountId: string;
  accountName: string;
  amount: number;
}

export interface RenewalRates {
  due: number;
  renewed: number;
  /** Σ target of the renewals due, and the renewed ARR, each capped at its target. */
  dueArr: number;
  renewedArr: number;
  /** Contracts renewed ÷ contracts due for renewal in the period. */
  logo: number | null;
  /** Renewed ARR, each capped at its target, ÷ Σ target of the renewals due. */
  arr: number | null;
}

export interface LtvBreakdown {
  /** Monthly revenue per account active at the start. */
  arpa: number | null;
  /** Gross revenue churn per month. */
  monthlyChurn: number | null;
  grossMargin: number;
  months: number;
  value: number | null;
}

/** The ARR KPIs of one currency (amounts in its minor units). */
export interface KpiSetView {
  currency: string;
  movements: ArrMovementTotals;
  logoChurn: number | null;
  grossRevenueChurn: number | null;
  grr: number | null;
  nrr: number | null;
  expansionRate: number | null;
  renewals: RenewalRates;
  ltv: LtvBreakdown;
  /** The largest accounts behind each movement. */
  movers: Record<MovementKind, KpiMover[]>;
}

export interface KpiMonthView {
  month: string;
  from: string;
  to: string;
  movements: ArrMovementTotals;
  nps: number | null;
  npsResponses: number;
}

export interface KpiView {
  from: string;
  /** The end of the period measured: the asked end, or tomorrow when it reaches past today. */
  to: string;
  /** Its last day. */
  through: string;
  today: string;
  reportingCurrency: string;
  byCurrency: KpiSetView[];
  /** Everything converted into the reporting currency (null when no currency converts). */
  reporting: KpiSetView | null;
  missingRates: string[];
  rates: ConversionRateView[];
  /** The day the rates were taken from. */
  ratesOn: string;
  surveys: {
    nps: {
      value: number | null;
      responses: number;
      promoters: number;
      passives: number;
      detractors: number;
    };
    csat: { value: number | null; responses: number; satisfied: number };
    ces: { value: number | null; responses: number; total: number };
  };
  healthRate: { asOf: string; green: number; active: number; rate: number | null };
  /** Month by month, in the reporting currency. */
  monthly: KpiMonthView[];
}
