/** What the health score of one account is computed from: plain data read from its records. */

export interface UsageSignal {
  date: string;
  activeUsers: number;
  licensedSeats: number;
  modulesInUse: string[];
}

export interface StakeholderSignal {
  id: string;
  role: string;
  status: string;
  departedDate: string;
  name?: string;
}

export interface AccountSignals {
  /** Start of the account's first contract, or '' when it has none. */
  firstContractStart: string;
  /** Seats and modules of the contract in force (0 and [] when none). */
  seats: number;
  purchasedModules: string[];
  usage: UsageSignal[];
  /** Touchpoints dated after `touchpointsSince` ('' when the list is the whole history). */
  touchpoints: { date: string; attendeeIds: string[] }[];
  touchpointsSince: string;
  /** The date of the account's last touchpoint of all ('' when none), listed or not. */
  lastTouchpointDate: string;
  stakeholders: StakeholderSignal[];
  surveys: { kind: string; score: number; date: string }[];
  /** Open tickets (closed ones never count). */
  tickets: { severity: string; status: string; openedDate?: string }[];
  milestones: { dueDate: string; status: string; onboarding: boolean }[];
  /** The CSM's own call, 1–5 stars, and when it was made. */
  pulse: { stars: number; date: string } | null;
}
