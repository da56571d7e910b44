/**
 * What the desktop app says when its database cannot be opened: the same words as the CLI and
 * the web host, in the language of the user's system, in one error dialog before it quits.
 */
import { DatabaseOpenError } from '../../src/db/databaseOpenError';
import { languageOf } from '../../src/shared/format/languageOf';
import { databaseOpenTitle } from '../../src/shared/messages/databaseOpenText';

export function openErrorDialog(
  error: unknown,
  locale: string,
): { title: string; message: string } {
  const lang = languageOf(locale);
  const message =
    error instanceof DatabaseOpenError
      ? error.text(lang)
      : error instanceof Error
        ? error.message
        : String(error);
  return { title: databaseOpenTitle(lang), message };
}
