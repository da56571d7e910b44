/** The KPI dashboard (DESIGN.md §3): each number with the inputs it was computed from. */
import type { ConversionRateView } from './forecastViews';

export type MovementKind = 'new' | 'reactivation' | 'expansion' | 'contraction' | 'churn';

export interface KpiMovementsView {
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

/** The ARR KPIs of one currency (amounts in its minor units). */
export interface KpiSetView {
  currency: string;
  movements: KpiMovementsView;
  logoChurn: number | null;
  grossRevenueChurn: number | null;
  grr: number | null;
  nrr: number | null;
  expansionRate: number | null;
  renewals: {
    due: number;
    renewed: number;
    dueArr: number;
    renewedArr: number;
    logo: number | null;
    arr: number | null;
  };
  ltv: {
    arpa: number | null;
    monthlyChurn: number | null;
    grossMargin: number;
    months: number;
    value: number | null;
  };
  /** The largest accounts behind each movement. */
  movers: Record<MovementKind, KpiMover[]>;
}

export interface KpiMonthView {
  month: string;
  from: string;
  to: string;
  movements: KpiMovementsView;
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
