/**
 * The window of renewals a page looks at (this quarter, next quarter or chosen dates), the day it
 * is seen as of, and the reporting currency — remembered on this device.
 */
import { useState } from 'react';
import { quarterOf } from '../../../shared/domain/calendarPeriods';
import { CURRENCIES, type Currency } from '../../../shared/domain/enums';

export const WINDOW_PRESETS = [
  'lastQuarter',
  'thisQuarter',
  'nextQuarter',
  'yearToDate',
  'last12Months',
  'last90Days',
  'custom',
] as const;
export type WindowPreset = (typeof WINDOW_PRESETS)[number];

export interface ForecastWindow {
  preset: WindowPreset;
  from: string;
  /** First day after the window (the API's closed-open end). */
  to: string;
  /** '' = today. */
  asOf: string;
  /** '' = the team's home currency. */
  currency: Currency | '';
}

/** `day` moved by `days` days (ISO dates, in UTC so the zone never shifts it). */
export function shiftDay(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

const CURRENCY_KEY = 'outpost.reportingCurrency';

export function presetWindow(today: string, preset: WindowPreset): { from: string; to: string } {
  const tomorrow = shiftDay(today, 1);
  if (preset === 'yearToDate') return { from: `${today.slice(0, 4)}-01-01`, to: tomorrow };
  if (preset === 'last12Months') return { from: shiftDay(tomorrow, -365), to: tomorrow };
  if (preset === 'last90Days') return { from: shiftDay(tomorrow, -90), to: tomorrow };
  const offset = preset === 'nextQuarter' ? 1 : preset === 'lastQuarter' ? -1 : 0;
  return quarterOf(today, offset);
}

function stored<T extends string>(key: string, allowed: readonly T[], fallback: T): T {
  const value = localStorage.getItem(key);
  return allowed.includes(value as T) ? (value as T) : fallback;
}

/** The window of one page (`page` names where its choice is remembered). */
export function useForecastWindow(today: string, page: string, initial: WindowPreset) {
  const presetKey = `outpost.${page}.window`;
  const [preset, setPresetState] = useState<WindowPreset>(() =>
    stored(presetKey, WINDOW_PRESETS, initial),
  );
  const [custom, setCustom] = useState(() => presetWindow(today, initial));
  const [asOf, setAsOf] = useState('');
  const [currency, setCurrencyState] = useState<Currency | ''>(() =>
    stored(CURRENCY_KEY, CURRENCIES, '' as Currency),
  );
  const range = preset === 'custom' ? custom : presetWindow(today, preset);
  const value: ForecastWindow = { preset, from: range.from, to: range.to, asOf, currency };
  return {
    value,
    setPreset: (next: WindowPreset) => {
      if (next === 'custom') setCustom(range);
      localStorage.setItem(presetKey, next);
      setPresetState(next);
    },
    /** `through` is the window's last day, as people say it. */
    setCustom: (from: string, through: string) => setCustom({ from, to: shiftDay(through, 1) }),
    setAsOf,
    setCurrency: (next: Currency | '') => {
      localStorage.setItem(CURRENCY_KEY, next);
      setCurrencyState(next);
    },
  };
}
