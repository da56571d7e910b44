/**
 * The columns every synced table carries over the wire, with the kind of value each holds as
 * SQLite stores it (DESIGN.md §8). Client and server validate changes against this one map; a
 * test keeps it equal to the app's drizzle schema, so a new table or column cannot be forgotten.
 * `?` marks a nullable column. The row id travels beside the fields, never among them.
 */

export type SyncColumnKind =
  'text' | 'text?' | 'integer' | 'integer?' | 'real' | 'real?' | 'boolean' | 'list';

const system = {
  created_at: 'text',
  updated_at: 'text',
  deleted: 'boolean',
} as const satisfies Record<string, SyncColumnKind>;

export const SYNC_COLUMNS = {
  accounts: {
    ...system,
    external_id: 'text',
    name: 'text',
    industry: 'text',
    segment: 'text',
    region: 'text',
    owner: 'text',
    stage_override: 'text',
    stage_override_reason: 'text',
    tags: 'list',
    currency: 'text',
    website: 'text',
    notes: 'text',
  },
  contracts: {
    ...system,
    external_id: 'text',
    account_id: 'text',
    start_date: 'text',
    end_date: 'text',
    arr_minor: 'integer',
    currency: 'text',
    seats: 'integer',
    modules: 'list',
    status: 'text',
    renewal_of: 'text',
    payment_terms: 'text',
    discount_pct: 'real',
  },
  renewals: {
    ...system,
    account_id: 'text',
    contract_id: 'text',
    target_arr_minor: 'integer',
    currency: 'text',
    forecast_call: 'text',
    call_reason: 'text',
    expected_change_minor: 'integer',
    outcome: 'text',
    final_arr_minor: 'integer?',
    reason_codes: 'list',
    closed_date: 'text',
  },
  stakeholders: {
    ...system,
    external_id: 'text',
    account_id: 'text',
    name: 'text',
    title: 'text',
    email: 'text',
    phone: 'text',
    role: 'text',
    influence: 'integer',
    sentiment: 'text',
    reports_to: 'text',
    is_user: 'boolean',
    status: 'text',
    departed_date: 'text',
  },
  touchpoints: {
    ...system,
    external_id: 'text',
    account_id: 'text',
    date: 'text',
    kind: 'text',
    summary: 'text',
    notes: 'text',
    sentiment: 'text',
    attendee_ids: 'list',
    internal_attendees: 'list',
    next_steps: 'text',
  },
  action_items: {
    ...system,
    account_id: 'text',
    touchpoint_id: 'text',
    milestone_id: 'text',
    title: 'text',
    owner: 'text',
    due_date: 'text',
    status: 'text',
  },
  objectives: {
    ...system,
    account_id: 'text',
    title: 'text',
    metric: 'text',
    start_value: 'real?',
    target_value: 'real?',
    current_value: 'real?',
    target_date: 'text',
    status: 'text',
  },
  milestones: {
    ...system,
    account_id: 'text',
    objective_id: 'text',
    title: 'text',
    due_date: 'text',
    status: 'text',
    completed_date: 'text',
    onboarding: 'boolean',
  },
  handovers: {
    ...system,
    account_id: 'text',
    sales_owner: 'text',
    opportunity_ref: 'text',
    contacts_done: 'boolean',
    contacts_note: 'text',
    contract_details_done: 'boolean',
    contract_details_note: 'text',
    needs_expectations_done: 'boolean',
    needs_expectations_note: 'text',
    history_done: 'boolean',
    history_note: 'text',
    implementation_plan_done: 'boolean',
    implementation_plan_note: 'text',
    support_needs_done: 'boolean',
    support_needs_note: 'text',
    key_stakeholders_done: 'boolean',
    key_stakeholders_note: 'text',
    expected_problems_done: 'boolean',
    expected_problems_note: 'text',
    sales_feedback_done: 'boolean',
    sales_feedback_note: 'text',
  },
  usage_snapshots: {
    ...system,
    external_id: 'text',
    account_id: 'text',
    date: 'text',
    active_users: 'integer',
    licensed_seats: 'integer',
    modules_in_use: 'list',
    usage_minutes: 'integer',
  },
  survey_responses: {
    ...system,
    external_id: 'text',
    account_id: 'text',
    kind: 'text',
    score: 'integer',
    date: 'text',
    stakeholder_id: 'text',
    respondent: 'text',
    comment: 'text',
  },
  support_tickets: {
    ...system,
    external_id: 'text',
    account_id: 'text',
    subject: 'text',
    severity: 'text',
    status: 'text',
    opened_date: 'text',
    closed_date: 'text',
    external_ref: 'text',
  },
  expansion_opportunities: {
    ...system,
    external_id: 'text',
    account_id: 'text',
    title: 'text',
    kind: 'text',
    amount_minor: 'integer',
    currency: 'text',
    probability: 'integer',
    expected_close: 'text',
    status: 'text',
    notes: 'text',
  },
  product_feedback: {
    ...system,
    account_id: 'text',
    kind: 'text',
    area: 'text',
    text: 'text',
    status: 'text',
    date: 'text',
    stakeholder_id: 'text',
  },
  csm_pulses: {
    ...system,
    account_id: 'text',
    date: 'text',
    stars: 'integer',
    note: 'text',
    author: 'text',
  },
  alert_actions: {
    ...system,
    account_id: 'text',
    alert_type: 'text',
    action: 'text',
    until: 'text',
    note: 'text',
    date: 'text',
    author: 'text',
  },
  scorecards: {
    ...system,
    version: 'integer',
    definition: 'text',
    note: 'text',
    author: 'text',
  },
  renewal_changes: {
    ...system,
    renewal_id: 'text',
    account_id: 'text',
    contract_id: 'text',
    at: 'text',
    date: 'text',
    kind: 'text',
    changes: 'text',
    note: 'text',
    author: 'text',
  },
  exchange_rates: {
    ...system,
    from_currency: 'text',
    to_currency: 'text',
    rate: 'real',
    effective_date: 'text',
    note: 'text',
    author: 'text',
  },
  branding: {
    ...system,
    company_name: 'text',
    accent_color: 'text',
    logo: 'text',
    author: 'text',
  },
} as const satisfies Record<string, Record<string, SyncColumnKind>>;

export type SyncTable = keyof typeof SYNC_COLUMNS;
export const SYNC_TABLES = Object.keys(SYNC_COLUMNS) as SyncTable[];

export function isSyncTable(name: string): name is SyncTable {
  return Object.hasOwn(SYNC_COLUMNS, name);
}

const MAX_TEXT = 1_000_000;

/** Why a value does not fit its column, or null when it does. */
export function columnValueProblem(kind: SyncColumnKind, value: unknown): string | null {
  const nullable = kind.endsWith('?');
  if (value === null) return nullable ? null : 'may not be null';
  switch (kind) {
    case 'text':
    case 'text?':
      if (typeof value !== 'string') return 'must be a string';
      return value.length > MAX_TEXT ? `is longer than ${MAX_TEXT} characters` : null;
    case 'integer':
    case 'integer?':
      return Number.isSafeInteger(value) ? null : 'must be an integer';
    case 'real':
    case 'real?':
      return typeof value === 'number' && Number.isFinite(value) ? null : 'must be a number';
    case 'boolean':
      return value === 0 || value === 1 ? null : 'must be 0 or 1';
    case 'list':
      return listProblem(value);
  }
}

function listProblem(value: unknown): string | null {
  if (typeof value !== 'string') return 'must be a JSON list as a string';
  try {
    const list: unknown = JSON.parse(value);
    return Array.isArray(list) && list.every((item) => typeof item === 'string')
      ? null
      : 'must be a JSON list of strings';
  } catch {
    return 'must be a JSON list of strings';
  }
}
