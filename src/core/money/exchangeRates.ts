/**
 * Converting amounts into a reporting currency with the team's own exchange rates (kept as
 * synced records, each with the day it takes effect). The rate for a pair on a day is the latest
 * one in effect by then; a pair with no rate of its own is converted through its inverse or
 * through one currency both sides have a rate with. No rate: no conversion, never a guess.
 */
import { minorDigitsOf } from '../../shared/domain/currencies';

export interface ExchangeRate {
  id: string;
  /** 1 unit of `from` is worth `rate` units of `to`. */
  from: string;
  to: string;
  rate: number;
  effectiveDate: string;
  /** Breaks ties between two rates of the same day: the later entry wins. */
  createdAt: string;
}

export interface ConversionPath {
  from: string;
  to: string;
  /** Units of `to` per unit of `from`. */
  rate: number;
  /** The stored rates it was worked out from. */
  via: ExchangeRate[];
}

/** The latest rate in effect on `day` for each stored pair. */
export function ratesInEffect(rates: ExchangeRate[], day: string): ExchangeRate[] {
  const latest = new Map<string, ExchangeRate>();
  for (const r of rates) {
    if (r.effectiveDate > day || !(r.rate > 0)) continue;
    const key = `${r.from}>${r.to}`;
    const held = latest.get(key);
    if (
      !held ||
      r.effectiveDate > held.effectiveDate ||
      (r.effectiveDate === held.effectiveDate &&
        (r.createdAt > held.createdAt || (r.createdAt === held.createdAt && r.id > held.id)))
    )
      latest.set(key, r);
  }
  return [...latest.values()].sort((a, b) =>
    a.from === b.from ? a.to.localeCompare(b.to) : a.from.localeCompare(b.from),
  );
}

/** How to turn `from` into `to` with the rates in effect, or null when it cannot be done. */
export function conversionPath(
  inEffect: ExchangeRate[],
  from: string,
  to: string,
): ConversionPath | null {
  if (from === to) return { from, to, rate: 1, via: [] };
  const step = (a: string, b: string): { rate: number; via: ExchangeRate } | null => {
    const direct = inEffect.find((r) => r.from === a && r.to === b);
    if (direct) return { rate: direct.rate, via: direct };
    const inverse = inEffect.find((r) => r.from === b && r.to === a);
    return inverse ? { rate: 1 / inverse.rate, via: inverse } : null;
  };
  const one = step(from, to);
  if (one) return { from, to, rate: one.rate, via: [one.via] };
  const currencies = [...new Set(inEffect.flatMap((r) => [r.from, r.to]))].sort();
  for (const middle of currencies) {
    if (middle === from || middle === to) continue;
    const first = step(from, middle);
    const second = first && step(middle, to);
    if (first && second)
      return { from, to, rate: first.rate * second.rate, via: [first.via, second.via] };
  }
  return null;
}

/** An amount in minor units of `from` as minor units of `to` (rounded to the unit). */
export function convertMinor(minor: number, from: string, to: string, rate: number): number {
  if (from === to) return minor;
  const major = minor / 10 ** minorDigitsOf(from);
  return Math.round(major * rate * 10 ** minorDigitsOf(to));
}

export interface Converter {
  currency: string;
  day: string;
  /** Minor units of the reporting currency, or null when `from` has no rate. */
  convert(minor: number, from: string): number | null;
  /** The paths used so far, by source currency. */
  paths(): ConversionPath[];
  /** Currencies that were asked for and could not be converted. */
  missing(): string[];
}

export function makeConverter(rates: ExchangeRate[], currency: string, day: string): Converter {
  const inEffect = ratesInEffect(rates, day);
  const cache = new Map<string, ConversionPath | null>();
  const path = (from: string) => {
    if (!cache.has(from)) cache.set(from, conversionPath(inEffect, from, currency));
    return cache.get(from) ?? null;
  };
  return {
    currency,
    day,
    convert: (minor, from) => {
      const p = path(from);
      return p ? convertMinor(minor, from, currency, p.rate) : null;
    },
    paths: () =>
      [...cache.values()]
        .filter((p): p is ConversionPath => p !== null && p.from !== p.to)
        .sort((a, b) => a.from.localeCompare(b.from)),
    missing: () =>
      [...cache.entries()]
        .filter(([, p]) => p === null)
        .map(([from]) => from)
        .sort(),
  };
}
