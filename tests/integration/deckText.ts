/** What the deck tests read: every word on a deck's slides, and the words only insiders may see. */
import type { Deck } from '../../src/shared/api/deckViews';
import type { DeckWord } from '../../src/shared/deck/deckWords';

export function deckText(deck: Deck): string {
  const parts: string[] = [];
  const walk = (value: unknown) => {
    if (typeof value === 'string') parts.push(value);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(deck.slides);
  return parts.join('\n');
}

/** Labels of the internal slides that no customer slide uses (look them up in both languages). */
export const INTERNAL_WORDS: DeckWord[] = [
  'internalOnly',
  'slide.health',
  'kpi.health',
  'kpi.trend',
  'kpi.call',
  'kpi.probability',
  'kpi.expected',
  'kpi.best',
  'kpi.worst',
  'healthDrivers',
  'flagged',
  'role.blocker',
  'alert.champion_departed',
  'alert.turned_red',
  'alert.health_drop',
  'alert.renewal_at_risk',
  'alert.no_recent_touchpoint',
  'alert.low_utilisation',
];
