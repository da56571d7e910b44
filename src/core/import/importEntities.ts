/**
 * What an import can bring in, entity by entity: the fields a column can be mapped to, how each
 * cell is read, and how a row is recognised again on the next import when its source has no ids
 * (the natural key). Records hang off their account, named by its id in the source or its name.
 */
import {
  CONTRACT_STATUSES,
  CURRENCIES,
  OPPORTUNITY_KINDS,
  OPPORTUNITY_STATUSES,
  SEGMENTS,
  SENTIMENTS,
  STAKEHOLDER_ROLES,
  STAKEHOLDER_STATUSES,
  SURVEY_KINDS,
  TICKET_SEVERITIES,
  TICKET_STATUSES,
  TOUCHPOINT_KINDS,
} from '../../shared/domain/enums';
import { IMPORT_ENTITIES, type ImportEntity } from '../../shared/import/importEntityNames';

export { IMPORT_ENTITIES, type ImportEntity };

/** Other names people use for an entity (CLI argument, sheet names of a workbook). */
export const ENTITY_ALIASES: Record<string, ImportEntity> = {
  account: 'accounts',
  companies: 'accounts',
  company: 'accounts',
  客户: 'accounts',
  contacts: 'stakeholders',
  contact: 'stakeholders',
  stakeholder: 'stakeholders',
  people: 'stakeholders',
  联系人: 'stakeholders',
  contract: 'contracts',
  合同: 'contracts',
  usage: 'usage_snapshots',
  使用情况: 'usage_snapshots',
  surveys: 'survey_responses',
  survey: 'survey_responses',
  nps: 'survey_responses',
  调研: 'survey_responses',
  tickets: 'support_tickets',
  ticket: 'support_tickets',
  cases: 'support_tickets',
  工单: 'support_tickets',
  opportunities: 'expansion_opportunities',
  opportunity: 'expansion_opportunities',
  expansion: 'expansion_opportunities',
  商机: 'expansion_opportunities',
  activities: 'touchpoints',
  activity: 'touchpoints',
  touchpoint: 'touchpoints',
  meetings: 'touchpoints',
  拜访记录: 'touchpoints',
};

export function importEntityOf(name: string): ImportEntity | null {
  const key = name.trim().toLowerCase();
  if ((IMPORT_ENTITIES as readonly string[]).includes(key)) return key as ImportEntity;
  return ENTITY_ALIASES[key] ?? ENTITY_ALIASES[name.trim()] ?? null;
}

export type FieldKind =
  'text' | 'date' | 'money' | 'int' | 'percent' | 'enum' | 'list' | 'bool' | 'currency';

export interface ImportField {
  field: string;
  kind: FieldKind;
  /** The stored values of an enumeration. */
  values?: readonly string[];
  /** Several columns on one field: the first non-empty (phones) or all joined (city, country). */
  several?: 'first' | 'join';
  /** Read from the file but not a stored field: links, name parts, contract value. */
  virtual?: boolean;
}

const text = (field: string, several?: 'first' | 'join'): ImportField =>
  several ? { field, kind: 'text', several } : { field, kind: 'text' };
const oneOf = (field: string, values: readonly string[]): ImportField => ({
  field,
  kind: 'enum',
  values,
});
const virtual = (field: string, kind: FieldKind = 'text'): ImportField => ({
  field,
  kind,
  virtual: true,
});

/** The row's own id in its source, and the links to its account. */
const ID = virtual('externalId');
const ACCOUNT_LINKS = [virtual('accountExternalId'), virtual('accountName')];

export const ENTITY_FIELDS: Record<ImportEntity, ImportField[]> = {
  accounts: [
    ID,
    text('name'),
    text('industry'),
    oneOf('segment', SEGMENTS),
    text('region', 'join'),
    text('owner'),
    { field: 'currency', kind: 'currency', values: CURRENCIES },
    text('website'),
    { field: 'tags', kind: 'list' },
    text('notes', 'join'),
  ],
  stakeholders: [
    ID,
    ...ACCOUNT_LINKS,
    text('name'),
    virtual('firstName'),
    virtual('lastName'),
    text('title', 'join'),
    text('email', 'first'),
    text('phone', 'first'),
    oneOf('role', STAKEHOLDER_ROLES),
    { field: 'influence', kind: 'int' },
    oneOf('sentiment', SENTIMENTS),
    { field: 'isUser', kind: 'bool' },
    oneOf('status', STAKEHOLDER_STATUSES),
    { field: 'departedDate', kind: 'date' },
  ],
  contracts: [
    ID,
    ...ACCOUNT_LINKS,
    { field: 'startDate', kind: 'date' },
    { field: 'endDate', kind: 'date' },
    { field: 'arrMinor', kind: 'money' },
    virtual('contractValue', 'money'),
    { field: 'currency', kind: 'currency', values: CURRENCIES },
    { field: 'seats', kind: 'int' },
    { field: 'modules', kind: 'list' },
    oneOf('status', CONTRACT_STATUSES),
    text('paymentTerms'),
    { field: 'discountPct', kind: 'percent' },
  ],
  usage_snapshots: [
    ID,
    ...ACCOUNT_LINKS,
    { field: 'date', kind: 'date' },
    { field: 'activeUsers', kind: 'int' },
    { field: 'licensedSeats', kind: 'int' },
    { field: 'modulesInUse', kind: 'list' },
    { field: 'usageMinutes', kind: 'int' },
  ],
  survey_responses: [
    ID,
    ...ACCOUNT_LINKS,
    oneOf('kind', SURVEY_KINDS),
    { field: 'score', kind: 'int' },
    { field: 'date', kind: 'date' },
    text('respondent'),
    text('comment', 'join'),
  ],
  support_tickets: [
    ID,
    ...ACCOUNT_LINKS,
    text('subject'),
    oneOf('severity', TICKET_SEVERITIES),
    oneOf('status', TICKET_STATUSES),
    { field: 'openedDate', kind: 'date' },
    { field: 'closedDate', kind: 'date' },
    text('externalRef'),
  ],
  expansion_opportunities: [
    ID,
    ...ACCOUNT_LINKS,
    text('title'),
    oneOf('kind', OPPORTUNITY_KINDS),
    { field: 'amountMinor', kind: 'money' },
    { field: 'currency', kind: 'currency', values: CURRENCIES },
    { field: 'probability', kind: 'percent' },
    { field: 'expectedClose', kind: 'date' },
    oneOf('status', OPPORTUNITY_STATUSES),
    text('notes', 'join'),
  ],
  touchpoints: [
    ID,
    ...ACCOUNT_LINKS,
    { field: 'date', kind: 'date' },
    oneOf('kind', TOUCHPOINT_KINDS),
    text('summary'),
    text('notes', 'join'),
    oneOf('sentiment', SENTIMENTS),
    text('nextSteps', 'join'),
    { field: 'internalAttendees', kind: 'list' },
  ],
};

export function importField(entity: ImportEntity, field: string): ImportField | undefined {
  return ENTITY_FIELDS[entity].find((f) => f.field === field);
}

/** Whether the entity's records belong to an account (every one but accounts). */
export const hangsOffAccount = (entity: ImportEntity): boolean => entity !== 'accounts';

/**
 * How a row is found again when it carries no id from its source: the fields that name it
 * within its account (an account by its name alone). Empty parts mean "cannot tell".
 */
export const NATURAL_KEYS: Record<ImportEntity, string[][]> = {
  accounts: [['name']],
  stakeholders: [['email'], ['name']],
  contracts: [['startDate', 'endDate']],
  usage_snapshots: [['date']],
  survey_responses: [['kind', 'date', 'respondent']],
  support_tickets: [['externalRef'], ['subject', 'openedDate']],
  expansion_opportunities: [['title']],
  touchpoints: [['date', 'summary']],
};
