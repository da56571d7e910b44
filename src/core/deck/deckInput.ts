/** What a QBR deck is built from: one account's records, read by the service, as plain data. */
import type { RenewalRowView } from '../../shared/api/forecastViews';
import type { Audience, DeckBranding } from '../../shared/api/deckViews';
import type { Lang } from '../../shared/format/formatters';

export interface DeckInput {
  account: { id: string; name: string; owner: string; currency: string };
  /** The period [from, to) and the day the deck is made. */
  from: string;
  to: string;
  today: string;
  /** The contract in force at the end of the period (or the latest), if any. */
  contract: {
    endDate: string;
    arrMinor: number;
    currency: string;
    seats: number;
    modules: string[];
  } | null;
  usage: { date: string; activeUsers: number; licensedSeats: number; modulesInUse: string[] }[];
  surveys: { kind: string; score: number; date: string; comment: string; respondent: string }[];
  tickets: { severity: string; status: string; openedDate: string; closedDate: string }[];
  objectives: {
    title: string;
    metric: string;
    startValue: number | null;
    currentValue: number | null;
    targetValue: number | null;
    targetDate: string;
    status: string;
  }[];
  milestones: { title: string; dueDate: string; status: string }[];
  stakeholders: {
    name: string;
    title: string;
    role: string;
    influence: number;
    sentiment: string;
    status: string;
  }[];
  touchpoints: { date: string; kind: string; summary: string }[];
  /** Open action items; `shared` when they came from a meeting or the success plan. */
  actionItems: { title: string; owner: string; dueDate: string; shared: boolean }[];
  /** What only the internal deck shows; null for a customer deck. */
  internal: {
    health: {
      score: number;
      band: string;
      trend: number | null;
      groups: { id: string; points: number | null; weight: number }[];
      drivers: { id: string; points: number | null }[];
    } | null;
    alerts: { type: string; severity: string; firstSeen: string }[];
    renewal: RenewalRowView | null;
  } | null;
}

export interface DeckOptions {
  audience: Audience;
  lang: Lang;
  branding: DeckBranding;
}
