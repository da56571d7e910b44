/**
 * What the parts of one demo account's generation share: its random stream, its identity and a
 * way to add records to its bundle.
 */
import type { RecordType } from '../../shared/records/recordTypes';
import * as V from './demoVocabulary';
import type { SeededRandom } from './seededRandom';

export type Lang = 'en' | 'zh';
export type Health = 'thriving' | 'steady' | 'struggling';

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
  health: Health;
  segment: 'enterprise' | 'mid_market' | 'smb';
  currency: string;
  domain: string;
  accountId: string;
  owner: string;
  add(type: RecordType, fields: Record<string, unknown>): string;
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
  /** Share of seats in use, in percent. */
  utilisation: number;
}

export interface DemoPerson {
  id: string;
  name: string;
  role: string;
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
