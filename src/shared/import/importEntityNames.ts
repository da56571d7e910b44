/** The entities an import can bring in, in the order a whole book is imported (accounts first). */
export const IMPORT_ENTITIES = [
  'accounts',
  'stakeholders',
  'contracts',
  'usage_snapshots',
  'survey_responses',
  'support_tickets',
  'expansion_opportunities',
  'touchpoints',
] as const;
export type ImportEntity = (typeof IMPORT_ENTITIES)[number];
