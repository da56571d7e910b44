/**
 * Who is behind each device seen in sync: the server names the user with every change it hands
 * out, and the node that made a change is in its HLC. Kept locally (in meta), so a tombstone or an
 * edit from another device can say whose it was.
 */
import type Database from 'better-sqlite3';
import { readMeta, writeMeta } from './metaRepository';

const PREFIX = 'node_author:';

export function rememberNodeAuthors(db: Database.Database, authors: Map<string, string>): void {
  for (const [node, author] of authors) writeMeta(db, PREFIX + node, author);
}

/** The user behind a node, or '' when no change of theirs came through sync yet. */
export function nodeAuthor(db: Database.Database, node: string): string {
  return readMeta(db, PREFIX + node) ?? '';
}
