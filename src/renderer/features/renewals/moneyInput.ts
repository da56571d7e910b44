/** Amounts typed in major units (12,000.50) to and from the API's integer minor units. */
import type { I18n } from '../../i18n/i18nContext';

export const toMajorUnits = (i18n: I18n, minor: number, currency: string) =>
  minor / 10 ** i18n.minorDigits(currency);

export const toMinorUnits = (i18n: I18n, major: number | string, currency: string) =>
  Math.round(
    (typeof major === 'number' ? major : Number(major) || 0) * 10 ** i18n.minorDigits(currency),
  );
