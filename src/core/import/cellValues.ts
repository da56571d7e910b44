/**
 * Reads one imported cell as the value of its field: numbers with separators and units, money
 * with signs and 万/亿 (through the same parser as the app's money fields), enumerations by their
 * words, lists, yes/no. A problem is returned as a code the caller turns into a message.
 */
import type { Lang } from '../../shared/format/formatters';
import { parseMoneyInput, type MoneyProblem } from '../../shared/format/parseMoney';
import { currencyOf, enumValueOf } from './enumLabels';
import type { ImportField } from './importEntities';
import { parseImportDate, type DateOrder, type DateProblem } from './importDates';

export type CellProblem =
  | DateProblem
  | `money.${MoneyProblem}`
  | 'notANumber'
  | 'notAWholeNumber'
  | 'unknownValue'
  | 'unknownCurrency'
  | 'notYesNo'
  | 'formula';

export type CellValue = { ok: true; value: unknown } | { ok: false; problem: CellProblem };

export interface CellContext {
  lang: Lang;
  /** The currency of money cells in this row. */
  currency: string;
  /** The column's day-month order, when it has one. */
  dateOrder: DateOrder | null;
}

/** A signed number or phone number: `-5`, `+1 (206) 555-0110`, `+86 138 0013 8000 ext 12`. */
const SIGNED_NUMBER = /^[+-][\d\s()./-]*\d[\d\s()./-]*(?:\s*(?:x|ext\.?|#)\s*\d+)?$/i;

/**
 * Text a spreadsheet would run as a formula: it starts with `=`, `@`, a control character, or
 * a sign that is not part of a number or phone number (`+SUM(…)`, `- note`, `-2+3`, the start of
 * `-2+3+cmd|' /C calc'!A0`). Stored as is, it would run when exported and opened again.
 */
export function looksLikeFormula(text: string): boolean {
  return /^[=@\t\r\n\0]/.test(text) || (/^[+-]/.test(text) && !SIGNED_NUMBER.test(text));
}

/**
 * An apostrophe before what would start a formula is a spreadsheet's mark for "this is text"
 * (Excel's own, and what Outpost's CSV export writes): the text after it is the value, as typed.
 */
const MARKED_TEXT = /^'(?=[=+\-@\t\r\n\0])/;

/** The text of a text cell: its spreadsheet text mark removed, or null when it is a formula. */
function textOf(raw: string): string | null {
  const text = raw.trim();
  if (MARKED_TEXT.test(text)) return text.slice(1).trim();
  // The text as stored is checked too: ` =1+1` is stored trimmed.
  return looksLikeFormula(raw.trimEnd()) || looksLikeFormula(text) ? null : text;
}

const NUMBER = /^[+-]?(?:\d{1,3}(?:[, ]\d{3})+|\d+)(?:\.\d+)?$/;
/** Units written after a count in Chinese sheets: 120席, 35人, 8个. */
const COUNT_UNIT = /\s*[个人席位名户家套]$/u;

function parseNumber(raw: string): number | null {
  const text = raw.normalize('NFKC').trim().replace(COUNT_UNIT, '');
  if (!NUMBER.test(text)) return null;
  return Number(text.replace(/[, ]/g, ''));
}

const YES = new Set(['yes', 'y', 'true', '1', '是', '√', 'x']);
const NO = new Set(['no', 'n', 'false', '0', '否', '']);

/** Splits a list cell: `;` `；` `,` `，` `、` or `|` between items. */
export function splitList(text: string): string[] {
  return text
    .split(/[;；,，、|]/u)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

export function readCell(field: ImportField, raw: string, ctx: CellContext): CellValue {
  const text = raw.trim();
  switch (field.kind) {
    case 'text':
    case 'list': {
      const value = textOf(raw);
      if (value === null) return { ok: false, problem: 'formula' };
      if (field.kind === 'text') return { ok: true, value };
      const items = splitList(value);
      // An item is a cell of its own when the list is written out again: `SSO;=1+1` is refused
      // like `=1+1` (unless the cell is marked as text).
      if (!MARKED_TEXT.test(text) && items.some(looksLikeFormula))
        return { ok: false, problem: 'formula' };
      return { ok: true, value: items };
    }
    case 'date': {
      const date = parseImportDate(text, ctx.dateOrder);
      return date.ok ? { ok: true, value: date.date } : { ok: false, problem: date.problem };
    }
    case 'money': {
      const money = parseMoneyInput(text, { lang: ctx.lang, currency: ctx.currency });
      return money.ok
        ? { ok: true, value: money.minor }
        : { ok: false, problem: `money.${money.problem}` };
    }
    case 'int': {
      const n = parseNumber(text);
      if (n === null) return { ok: false, problem: 'notANumber' };
      return Number.isInteger(n)
        ? { ok: true, value: n }
        : { ok: false, problem: 'notAWholeNumber' };
    }
    case 'percent': {
      const n = parseNumber(text.replace(/%$/, ''));
      return n === null ? { ok: false, problem: 'notANumber' } : { ok: true, value: n };
    }
    case 'enum': {
      const value = enumValueOf(text, field.values ?? []);
      return value ? { ok: true, value } : { ok: false, problem: 'unknownValue' };
    }
    case 'currency': {
      const value = currencyOf(text);
      return value && (field.values ?? []).includes(value)
        ? { ok: true, value }
        : { ok: false, problem: 'unknownCurrency' };
    }
    case 'bool': {
      const word = text.normalize('NFKC').toLowerCase();
      if (YES.has(word)) return { ok: true, value: true };
      if (NO.has(word)) return { ok: true, value: false };
      return { ok: false, problem: 'notYesNo' };
    }
  }
}
