/**
 * What a money field holds: the text as typed, read in the app's language. The input shows the
 * outcome under the field; the form reads the same outcome when it saves, so what the user saw
 * confirmed is what is written.
 */
import { parseMoneyInput } from '../../shared/format/parseMoney';
import type { I18n } from '../i18n/i18nContext';
import { moneyProblemText } from './moneyProblemText';

export interface MoneyFieldOptions {
  currency: string;
  allowNegative?: boolean;
  /** An optional field may stay empty; its amount is then null. */
  required?: boolean;
}

export type MoneyFieldRead =
  { ok: true; minor: number | null } | { ok: false; message: string; empty: boolean };

export function readMoneyField(
  i18n: I18n,
  text: string,
  options: MoneyFieldOptions,
): MoneyFieldRead {
  const { currency } = options;
  const read = parseMoneyInput(text, {
    lang: i18n.lang,
    currency,
    allowNegative: options.allowNegative ?? false,
  });
  if (read.ok) return read;
  if (read.problem === 'empty' && options.required === false) return { ok: true, minor: null };
  return {
    ok: false,
    message: moneyProblemText(i18n, text, read, currency),
    empty: read.problem === 'empty',
  };
}
