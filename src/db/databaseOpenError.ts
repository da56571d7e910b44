/** A database file Outpost refused to open, and why: the reason is data, the words are shared. */
import type { Lang } from '../shared/format/formatters';
import { databaseOpenText, type DatabaseOpenProblem } from '../shared/messages/databaseOpenText';

export class DatabaseOpenError extends Error {
  constructor(
    readonly file: string,
    readonly problem: DatabaseOpenProblem,
  ) {
    super(databaseOpenText(file, problem, 'en'));
    this.name = 'DatabaseOpenError';
  }

  /** The message in the user's language. */
  text(lang: Lang): string {
    return databaseOpenText(this.file, this.problem, lang);
  }
}
