/**
 * Signals for the health tests: one account with a contract in force on 2026-11-22 (started
 * 2025-01-01, past onboarding) and nothing else, to which a test adds what it checks.
 */
import type { AccountSignals, ContractSignal } from './accountSignals';

export const contractSignal = (over: Partial<ContractSignal> = {}): ContractSignal => ({
  startDate: '2025-01-01',
  endDate: '2027-06-01',
  status: 'active',
  seats: 0,
  modules: [],
  renewalClosed: null,
  ...over,
});

export const accountSignals = (over: Partial<AccountSignals> = {}): AccountSignals => ({
  contracts: [contractSignal()],
  usage: [],
  touchpoints: [],
  touchpointsSince: '',
  lastTouchpointDate: '',
  stakeholders: [],
  surveys: [],
  tickets: [],
  milestones: [],
  pulses: [],
  ...over,
});
