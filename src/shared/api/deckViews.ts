/**
 * The QBR deck model (DESIGN.md §7): slides with their words already in the deck's language and
 * their chart data, rendered alike as PPTX, as the in-app preview and as PDF.
 */
import type { Lang } from '../format/formatters';

export const SLIDE_IDS = [
  'title',
  'summary',
  'objectives',
  'adoption',
  'support',
  'voice',
  'stakeholders',
  'together',
  'next',
  'health',
  'risks',
  'renewal',
] as const;
export type SlideId = (typeof SLIDE_IDS)[number];

/** Slides only the internal audience sees: health, risks and the renewal forecast. */
export const INTERNAL_SLIDES: readonly SlideId[] = ['health', 'risks', 'renewal'];

export const AUDIENCES = ['customer', 'internal'] as const;
export type Audience = (typeof AUDIENCES)[number];

export interface DeckChart {
  type: 'line' | 'bar';
  title: string;
  categories: string[];
  series: { name: string; values: (number | null)[] }[];
  /** How the values read: percentages 0–100, counts, or scores on their own scale. */
  unit: 'percent' | 'count' | 'score';
  min?: number;
  max?: number;
}

export type PersonTone = 'positive' | 'neutral' | 'negative' | 'none';

export type DeckBlock =
  | { kind: 'kpis'; items: { label: string; value: string; note: string }[] }
  | { kind: 'bullets'; title: string; items: string[] }
  | { kind: 'table'; title: string; columns: string[]; rows: string[][]; numeric: boolean[] }
  | { kind: 'chart'; chart: DeckChart }
  | { kind: 'quotes'; items: { text: string; who: string }[] }
  | {
      kind: 'people';
      groups: {
        role: string;
        people: { name: string; title: string; note: string; tone: PersonTone }[];
      }[];
    };

export interface DeckSlide {
  id: SlideId;
  title: string;
  subtitle: string;
  blocks: DeckBlock[];
}

export interface DeckBranding {
  companyName: string;
  /** #RRGGBB. */
  accentColor: string;
  /** A data: URL of a PNG or JPEG, or ''. */
  logo: string;
}

export interface Deck {
  accountId: string;
  accountName: string;
  audience: Audience;
  lang: Lang;
  from: string;
  to: string;
  periodLabel: string;
  generatedOn: string;
  branding: DeckBranding;
  slides: DeckSlide[];
}
