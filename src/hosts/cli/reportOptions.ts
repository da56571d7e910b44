/**
 * What the report commands share: a period [--from, --to) and a currency read the same way, and
 * amounts, percentages and columns printed the same way (CJK text counts two columns wide).
 */
import { CURRENCIES, type Currency } from '../../shared/domain/enums';
import type { CliValues } from './cliCommand';
import { parseDateOption, UsageError } from './usageError';

export function parsePeriod(values: CliValues): { from: string; to: string } {
  const from = parseDateOption('from', values.from as string | undefined);
  const to = parseDateOption('to', values.to as string | undefined);
  if (!from || !to)
    throw new UsageError('give the period as --from YYYY-MM-DD --to YYYY-MM-DD ([from, to))');
  if (from >= to) throw new UsageError(`--to must be after --from, got ${from} and ${to}`);
  return { from, to };
}

export function parseCurrencyOption(value: string | undefined): Currency | '' {
  if (value === undefined) return '';
  const code = value.toUpperCase();
  if (!(CURRENCIES as readonly string[]).includes(code))
    throw new UsageError(`--currency must be one of ${CURRENCIES.join(', ')}, got "${value}"`);
  return code as Currency;
}

/** Minor units as a plain decimal amount with its code: "12,345.00 USD". */
export function moneyText(minor: number, currency: string, digits: number): string {
  return `${(minor / 10 ** digits).toLocaleString('en', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  })} ${currency}`;
}

export const percentText = (ratio: number | null) =>
  ratio === null ? '—' : `${(ratio * 100).toFixed(1)} %`;

/** Display width in a terminal: wide (CJK) characters take two columns. */
function width(text: string): number {
  let w = 0;
  for (const ch of text)
    w +=
      /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(
        ch,
      )
        ? 2
        : 1;
  return w;
}

export function padEnd(text: string, columns: number): string {
  return text + ' '.repeat(Math.max(0, columns - width(text)));
}

export function padStart(text: string, columns: number): string {
  return ' '.repeat(Math.max(0, columns - width(text))) + text;
}

/** At most `columns` wide, cut at a character. */
export function clip(text: string, columns: number): string {
  let out = '';
  for (const ch of text) {
    if (width(out + ch) > columns) break;
    out += ch;
  }
  return out;
}
