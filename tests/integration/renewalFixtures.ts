/** Small, hand-checkable portfolios for the renewal tests, written through the services. */
import { createRecord } from '../../src/services/recordService';
import type { Workspace } from '../../src/services/workspace';
import { openWorkspace } from '../../src/services/workspace';

export const noon = (day: string) => Date.parse(`${day}T10:00:00Z`);

/** The same database seen on another day (as the app would open it then). */
export function onDay(file: string, day: string): Workspace {
  return openWorkspace(file, { wallClock: () => noon(day) });
}

export interface FixtureAccount {
  accountId: string;
  contractId: string;
}

/** An account with one contract [start, end) of `arr` minor units. */
export function accountWithContract(
  ws: Workspace,
  name: string,
  options: {
    start: string;
    end: string;
    arr: number;
    currency?: string;
    owner?: string;
    segment?: string;
  },
): FixtureAccount {
  const account = createRecord(ws, 'accounts', {
    name,
    owner: options.owner ?? 'Li Wei',
    segment: options.segment ?? 'mid_market',
    currency: options.currency ?? 'USD',
  });
  const contract = createRecord(ws, 'contracts', {
    accountId: account.id,
    startDate: options.start,
    endDate: options.end,
    arrMinor: options.arr,
    currency: options.currency ?? 'USD',
    seats: 20,
    modules: ['analytics'],
  });
  return { accountId: account.id, contractId: contract.id };
}
