/**
 * The latent health of a demo account: how well it is really going, 0 (lost) … 1 (thriving), week
 * by week from its first contract to today. A mean-reverting walk around the account's own level
 * (which now and then shifts), hit by shocks — a champion leaving, a P1 incident — that it
 * recovers from over the following weeks. Everything else the demo records (usage, surveys,
 * tickets, meetings, milestones, the CSM's calls and the renewal outcomes) is drawn from this
 * path on the day it describes, so the health score of any past day can see what was coming.
 */
import { addDays, toDayNumber } from '../dates';
import type { SeededRandom } from './seededRandom';

export type ShockKind = 'champion_left' | 'incident';

export interface Shock {
  kind: ShockKind;
  date: string;
  /** A champion who left was replaced by a new one (the account's level holds). */
  replaced: boolean;
}

/** Pull back to the account's level per week, weekly noise and the range the walk stays in. */
const REVERSION = 0.07;
const NOISE = 0.03;
const FLOOR = 0.03;
const CEILING = 0.97;
const MAX_CHAMPION_SHOCKS = 2;

export interface LatentHealth {
  start: string;
  /** One value per week from `start`. */
  weeks: Float64Array;
  shocks: Shock[];
  /** The CSM's persistent optimism (+) or pessimism (−) about this account. */
  csmBias: number;
}

const clamp = (x: number) => Math.min(CEILING, Math.max(FLOOR, x));

/** The account's long-run level: most accounts do well, some muddle along, a few struggle. */
function drawLevel(rng: SeededRandom): number {
  const kind = rng.weighted([
    ['thriving', 40],
    ['steady', 36],
    ['struggling', 24],
  ] as const);
  return kind === 'thriving'
    ? 0.7 + rng.next() * 0.2
    : kind === 'steady'
      ? 0.48 + rng.next() * 0.24
      : 0.16 + rng.next() * 0.3;
}

export function simulateLatentHealth(
  rng: SeededRandom,
  start: string,
  today: string,
): LatentHealth {
  const count = Math.floor((toDayNumber(today) - toDayNumber(start)) / 7) + 1;
  const weeks = new Float64Array(count);
  const shocks: Shock[] = [];
  const dayOf = (w: number) => {
    const date = addDays(start, w * 7 + rng.int(0, 6));
    return date < today ? date : today;
  };
  let level = drawLevel(rng);
  // A new customer starts near its level, a little unsure of itself.
  let h = clamp(level - 0.05 + rng.gaussian(0, 0.08));
  let champions = 0;
  for (let w = 0; w < count; w++) {
    // Now and then an account's fortunes change for good (a reorganisation, a new strategy).
    if (rng.chance(0.004)) level = (level + drawLevel(rng)) / 2;
    h += REVERSION * (level - h) + rng.gaussian(0, NOISE);
    if (champions < MAX_CHAMPION_SHOCKS && rng.chance(0.002 + 0.004 * (1 - h))) {
      champions++;
      const replaced = rng.chance(0.3 + 0.5 * h);
      h -= 0.15 + rng.next() * 0.15;
      if (!replaced) level = Math.max(0.15, level - 0.08);
      shocks.push({ kind: 'champion_left', date: dayOf(w), replaced });
    } else if (rng.chance(0.002 + 0.006 * (1 - h))) {
      h -= 0.08 + rng.next() * 0.1;
      shocks.push({ kind: 'incident', date: dayOf(w), replaced: false });
    }
    h = clamp(h);
    weeks[w] = h;
  }
  return { start, weeks, shocks, csmBias: rng.gaussian(0, 0.04) };
}

function weekOf(latent: LatentHealth, date: string): number {
  const w = Math.floor((toDayNumber(date) - toDayNumber(latent.start)) / 7);
  return Math.min(latent.weeks.length - 1, Math.max(0, w));
}

/** The latent health on a day. */
export function healthOn(latent: LatentHealth, date: string): number {
  return latent.weeks[weekOf(latent, date)] ?? 0.5;
}

/** The mean latent health over the days `from` … `to`. */
export function meanHealth(latent: LatentHealth, from: string, to: string): number {
  const a = weekOf(latent, from);
  const b = weekOf(latent, to);
  let sum = 0;
  for (let w = a; w <= b; w++) sum += latent.weeks[w] ?? 0;
  return sum / (b - a + 1);
}

/**
 * What the CSM makes of the account on a day: its health over the last month, through their own
 * optimism and the day's noise — right most of the time, not always.
 */
export function csmRead(latent: LatentHealth, rng: SeededRandom, date: string): number {
  return meanHealth(latent, addDays(date, -28), date) + latent.csmBias + rng.gaussian(0, 0.07);
}

/** The share of seats in use at a latent health (before the week's noise). */
export function utilisationOf(health: number): number {
  return Math.min(1, Math.max(0.02, 0.04 + 0.94 * health));
}
