/** Shapes the API returns that are views over several records. */
import type { LifecycleStage, Segment } from '../domain/enums';
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

export type SearchKind = 'account' | 'stakeholder' | 'touchpoint';

export interface SearchHit {
  kind: SearchKind;
  id: string;
  accountId: string;
  accountName: string;
  title: string;
  /** The meeting's date for a touchpoint, else ''. */
  date: string;
  /** A short excerpt of the matching text around the first match. */
  snippet: string;
}

export interface DemoSummary {
  accounts: number;
  records: number;
}
