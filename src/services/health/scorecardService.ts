/**
 * The team's scorecard versions (synced `scorecards` records). The highest version is in force;
 * with none stored, the default scorecard of DESIGN.md §4 is version 1. Saving validates the
 * weights and thresholds and creates the next version.
 */
import { DEFAULT_SCORECARD } from '../../core/health/defaultScorecard';
import type { Scorecard } from '../../core/health/scorecard';
import { prepared } from '../../db/preparedStatement';
import {
  parseScorecardDefinition,
  scorecardGroupsSchema,
} from '../../shared/health/scorecardDefinition';
import type { ScorecardView } from '../../shared/api/views';
import { describeValidation } from '../../shared/records/validationMessages';
import { createRecord } from '../recordService';
import { ServiceError } from '../serviceError';
import type { Workspace } from '../workspace';

interface VersionRow {
  id: string;
  version: number;
  definition: string;
  note: string;
  author: string;
  createdAt: string;
}

function versionRows(ws: Workspace): VersionRow[] {
  return prepared(
    ws.db.sqlite,
    `SELECT id, version, definition, note, author, created_at AS createdAt FROM scorecards
      WHERE deleted = 0 ORDER BY version DESC, created_at DESC, id DESC`,
  ).all() as VersionRow[];
}

/** The scorecard in force: the highest valid stored version, else the default. */
export function currentScorecard(ws: Workspace): Scorecard {
  for (const row of versionRows(ws)) {
    const groups = parseScorecardDefinition(row.definition);
    if (groups) return { version: row.version, groups };
  }
  return DEFAULT_SCORECARD;
}

export function scorecardView(ws: Workspace): ScorecardView {
  const current = currentScorecard(ws);
  return {
    current,
    defaults: DEFAULT_SCORECARD,
    versions: [
      ...versionRows(ws).map((r) => ({
        version: r.version,
        note: r.note,
        author: r.author,
        createdAt: r.createdAt,
      })),
      { version: 1, note: '', author: '', createdAt: '' },
    ],
  };
}

export function saveScorecard(
  ws: Workspace,
  groups: unknown,
  note: string,
  author: string,
): ScorecardView {
  const parsed = scorecardGroupsSchema.safeParse(groups);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? `${issue.path.join('.')}: ` : '';
    throw new ServiceError(
      'invalid_input',
      `The scorecard cannot be saved: ${where}${describeValidation(issue?.message ?? '')}`,
    );
  }
  const version = Math.max(1, ...versionRows(ws).map((r) => r.version)) + 1;
  createRecord(ws, 'scorecards', {
    version,
    definition: JSON.stringify(parsed.data),
    note,
    author,
  });
  return scorecardView(ws);
}
