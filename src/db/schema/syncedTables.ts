/** Every synced table by record type: the one list that change capture and export walk. */
import type { RecordType } from '../../shared/records/recordTypes';
import { accountsTable } from './accountsTable';
import { actionItemsTable } from './actionItemsTable';
import { alertActionsTable } from './alertActionsTable';
import { csmPulsesTable } from './csmPulsesTable';
import { scorecardsTable } from './scorecardsTable';
import { contractsTable } from './contractsTable';
import { expansionOpportunitiesTable } from './expansionOpportunitiesTable';
import { handoversTable } from './handoversTable';
import { milestonesTable } from './milestonesTable';
import { objectivesTable } from './objectivesTable';
import { productFeedbackTable } from './productFeedbackTable';
import { renewalsTable } from './renewalsTable';
import { renewalChangesTable } from './renewalChangesTable';
import { exchangeRatesTable } from './exchangeRatesTable';
import { brandingTable } from './brandingTable';
import { stakeholdersTable } from './stakeholdersTable';
import { supportTicketsTable } from './supportTicketsTable';
import { surveyResponsesTable } from './surveyResponsesTable';
import { touchpointsTable } from './touchpointsTable';
import { usageSnapshotsTable } from './usageSnapshotsTable';

export const SYNCED_TABLES = {
  accounts: accountsTable,
  contracts: contractsTable,
  renewals: renewalsTable,
  stakeholders: stakeholdersTable,
  touchpoints: touchpointsTable,
  action_items: actionItemsTable,
  objectives: objectivesTable,
  milestones: milestonesTable,
  handovers: handoversTable,
  usage_snapshots: usageSnapshotsTable,
  survey_responses: surveyResponsesTable,
  support_tickets: supportTicketsTable,
  expansion_opportunities: expansionOpportunitiesTable,
  product_feedback: productFeedbackTable,
  csm_pulses: csmPulsesTable,
  alert_actions: alertActionsTable,
  scorecards: scorecardsTable,
  renewal_changes: renewalChangesTable,
  exchange_rates: exchangeRatesTable,
  branding: brandingTable,
} satisfies Record<RecordType, unknown>;
