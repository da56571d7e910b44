/**
 * What a deck file says about itself — title, subject, author — in the deck's language, the same
 * in the PPTX's document properties and the PDF's (Chromium prints the page's title into it).
 */
import type { Deck } from '../api/deckViews';
import { deckWords } from './deckWords';

export interface DeckMetadata {
  title: string;
  subject: string;
  author: string;
  company: string;
}

export function deckMetadata(deck: Deck): DeckMetadata {
  const w = deckWords(deck.lang);
  const company = deck.branding.companyName.trim();
  return {
    title: w('docTitle', { account: deck.accountName, period: deck.periodLabel }),
    subject: w(deck.audience === 'internal' ? 'docSubject.internal' : 'docSubject.customer'),
    author: company || 'Outpost',
    company,
  };
}
