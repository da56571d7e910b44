import { index, sqliteTable } from 'drizzle-orm/sqlite-core';
import { int, list, nullableInt, str, syncedColumns } from './columns';

export const renewalsTable = sqliteTable(
  'renewals',
  {
    ...syncedColumns(),
    accountId: str('account_id'),
    contractId: str('contract_id'),
    targetArrMinor: int('target_arr_minor'),
    currency: str('currency'),
    forecastCall: str('forecast_call'),
    callReason: str('call_reason'),
    expectedChangeMinor: int('expected_change_minor'),
    outcome: str('outcome'),
    finalArrMinor: nullableInt('final_arr_minor'),
    reasonCodes: list('reason_codes'),
    closedDate: str('closed_date'),
  },
  (t) => [
    index('renewals_account_idx').on(t.accountId),
    index('renewals_contract_idx').on(t.contractId),
  ],
);
