/**
 * What the parts of one demo account's generation share: its random stream, its identity and a
 * way to add records to its bundle.
 */
import type { RecordType } from '../../shared/records/recordTypes';
import * as V from './demoVocabulary';
import type { LatentHealth } from './latentHealth';
import type { SeededRandom } from './seededRandom';

export type Lang = 'en' | 'zh';

export interface DemoRecord {
  id: string;
  fields: Record<string, unknown>;
}

export type DemoAccountBundle = { [T in RecordType]: DemoRecord[] };

export interface DemoContext {
  rng: SeededRandom;
  index: number;
  today: string;
  lang: Lang;
  /** How the account is really doing, week by week: what every record is drawn from. */
  latent: LatentHealth;
  segment: 'enterprise' | 'mid_market' | 'smb';
  currency: string;
  domain: string;
  accountId: string;
  owner: string;
  add(type: RecordType, fields: Record<string, unknown>): string;
}

export interface DemoTerm {
  start: string;
  end: string;
  seats: number;
}

/** What the contract history decides for everything generated after it. */
export interface ContractFacts {
  firstStart: string;
  /** The day the account churned, or '' while it is a customer. */
  churnedOn: string;
  activeUntil: string;
  relationshipDays: number;
  arrUsd: number;
  fx: number;
  modules: string[];
  currentSeats: number;
  /** The contract terms in order, the last one in force today unless the account churned. */
  terms: DemoTerm[];
  /** The end of the contract in force today ('' once churned). */
  currentEnd: string;
}

/** Seats of the term in force on a day (the first term's before it began, the last's after). */
export function seatsOn(facts: ContractFacts, date: string): number {
  let seats = facts.terms[0]?.seats ?? facts.currentSeats;
  for (const term of facts.terms) if (term.start <= date) seats = term.seats;
  return seats;
}

export interface DemoPerson {
  id: string;
  name: string;
  role: string;
  /** The day they left, or '' while they are there. */
  departedDate: string;
}

/** The people still at the account on a day (everyone, if nobody was there any more). */
export function presentOn(people: DemoPerson[], date: string): DemoPerson[] {
  const present = people.filter((p) => !p.departedDate || p.departedDate > date);
  return present.length > 0 ? present : people;
}

export function personName(rng: SeededRandom, lang: Lang): string {
  return lang === 'zh'
    ? `${rng.pick(V.CN_SURNAMES)}${rng.pick(V.CN_GIVEN)}`
    : `${rng.pick(V.EN_FIRST)} ${rng.pick(V.EN_LAST)}`;
}

export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ''));
}

export function roundTo(value: number, step: number): number {
  return Math.max(step, Math.round(value / step) * step);
}
