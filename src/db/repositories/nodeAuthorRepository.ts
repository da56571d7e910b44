/**
 * Who is behind each device seen in sync: the server names the user with every change it hands
 * out, and the node that made a change is in its HLC. Kept locally, so a tombstone or an edit
 * from another device can say whose it was.
 */
import type Database from 'better-sqlite3';
import { prepared } from '../preparedStatement';

const PREFIX = 'node_author:';

export function rememberNodeAuthors(db: Database.Database, authors: Map<string, string>): void {
  for (const [node, author] of authors)
    prepared(
      db,
      'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
    ).run(PREFIX + node, author);
}

/** The user behind a node, or '' when no change of theirs came through sync yet. */
export function nodeAuthor(db: Database.Database, node: string): string {
  return (prepared(db, 'SELECT value FROM meta WHERE key = ?')
    .pluck()
    .get(PREFIX + node) ?? '') as string;
}
