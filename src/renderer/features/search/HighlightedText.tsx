/** A text with the places a search matched marked. */
import { Mark } from '@mantine/core';
import type { TextRange } from '../../../shared/api/views';

export function HighlightedText({ text, marks }: { text: string; marks: TextRange[] }) {
  const parts: React.ReactNode[] = [];
  let at = 0;
  for (const [start, end] of marks) {
    if (start > at) parts.push(text.slice(at, start));
    parts.push(
      <Mark key={start} data-testid="search-mark">
        {text.slice(start, end)}
      </Mark>,
    );
    at = end;
  }
  parts.push(text.slice(at));
  return <>{parts}</>;
}
