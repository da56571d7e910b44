/**
 * What the health score of one account is computed from: plain data read from its records, as
 * they stand now. Every measure takes from them only what stood at the end of the day it scores
 * (DESIGN.md §4 "Which accounts, which day"), so one read serves a day and the day 30 before.
 */

export interface UsageSignal {
  date: string;
  activeUsers: number;
  licensedSeats: number;
  modulesInUse: readonly string[];
}

export interface StakeholderSignal {
  id: string;
  role: string;
  status: string;
  /** The day a departed person left ('' when unknown: departed on every day). */
  departedDate: string;
  name?: string;
}

export interface ContractSignal {
  startDate: string;
  endDate: string;
  status: string;
  seats: number;
  modules: readonly string[];
  /**
   * When the renewal of this contract was closed: its closing day, '' when it is closed on an
   * unknown day (always closed), null while it is open.
   */
  renewalClosed: string | null;
}

export interface TicketSignal {
  severity: string;
  status: string;
  openedDate: string;
  /** '' while open, or closed on an unknown day when the status says closed. */
  closedDate: string;
}

export interface MilestoneSignal {
  dueDate: string;
  status: string;
  /** The day it was done ('' when unknown). */
  completedDate: string;
  onboarding: boolean;
}

export interface AccountSignals {
  /** Every live contract (cancelled ones included; they never count). */
  contracts: ContractSignal[];
  usage: UsageSignal[];
  /**
   * Touchpoints dated after `touchpointsSince` ('' when the list is the whole history), oldest
   * first as read (any order scores the same; oldest first is the fastest).
   */
  touchpoints: { date: string; attendeeIds: readonly string[] }[];
  touchpointsSince: string;
  /**
   * The latest touchpoint dated on or before the day the signals were read for, listed or not
   * ('' when none). A touchpoint scheduled later is never the last one.
   */
  lastTouchpointDate: string;
  stakeholders: StakeholderSignal[];
  surveys: { kind: string; score: number; date: string }[];
  /** Tickets that can be open on the day read for or the 30 days before it. */
  tickets: TicketSignal[];
  milestones: MilestoneSignal[];
  /** The CSM's own calls, 1–5 stars, oldest first. */
  pulses: { stars: number; date: string }[];
}

/** Start of the account's first contract that counts, or '' when it has none. */
export function firstContractStart(contracts: ContractSignal[]): string {
  let first = '';
  for (const c of contracts)
    if (c.status !== 'cancelled' && c.startDate !== '' && (first === '' || c.startDate < first))
      first = c.startDate;
  return first;
}

/** A ticket is open on a day when it was opened by then and not closed by then. */
export function ticketOpenOn(t: TicketSignal, day: string): boolean {
  if (t.openedDate > day) return false;
  if (t.closedDate !== '') return t.closedDate > day;
  return t.status !== 'closed';
}

/** A departed person was still there on every day before they left. */
export function activeOn(s: StakeholderSignal, day: string): boolean {
  return s.status !== 'departed' || (s.departedDate !== '' && s.departedDate > day);
}

/** A milestone done after a day was not done on it. */
export function doneOn(m: MilestoneSignal, day: string): boolean {
  return m.status === 'done' && (m.completedDate === '' || m.completedDate <= day);
}
