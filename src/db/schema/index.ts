/** The app database's schema: what drizzle-kit generates migrations from. */
export * from './accountsTable';
export * from './actionItemsTable';
export * from './changeLogTable';
export * from './contractsTable';
export * from './expansionOpportunitiesTable';
export * from './handoversTable';
export * from './metaTable';
export * from './milestonesTable';
export * from './objectivesTable';
export * from './productFeedbackTable';
export * from './renewalsTable';
export * from './stakeholdersTable';
export * from './supportTicketsTable';
export * from './surveyResponsesTable';
export * from './syncConflictsTable';
export * from './touchpointsTable';
export * from './usageSnapshotsTable';
