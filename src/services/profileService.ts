/**
 * Who is using this replica: the name they gave, kept locally and written as the author of
 * what they decide (renewal calls and closings, exchange rates). The sync server knows the user
 * behind each device token; this is what the app shows before any sync.
 */
import { readMeta, writeMeta } from '../db/repositories/metaRepository';
import type { Workspace } from './workspace';

const NAME_KEY = 'user_name';

export function currentAuthor(ws: Workspace): string {
  return readMeta(ws.db.sqlite, NAME_KEY) ?? '';
}

export function saveAuthor(ws: Workspace, name: string): { name: string } {
  writeMeta(ws.db.sqlite, NAME_KEY, name.trim());
  return { name: currentAuthor(ws) };
}
