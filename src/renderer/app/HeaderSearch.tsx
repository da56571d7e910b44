/**
 * The header's search box: results show as the user types (after a short pause, on the search
 * page, without reloading); Enter searches at once. While on the search page each keystroke
 * replaces the address rather than adding to the history, so Back leaves the search.
 */
import { TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useRef, useState, type RefObject } from 'react';
import { useI18n } from '../i18n/i18nContext';
import { navigate, replaceRoute, type Route } from './router';

const TYPING_PAUSE_MS = 200;

export function HeaderSearch({
  route,
  inputRef,
}: {
  route: Route;
  inputRef: RefObject<HTMLInputElement | null>;
}) {
  const { t } = useI18n();
  const routeQ = route.page === 'search' ? route.q : null;
  const [query, setQuery] = useState(routeQ ?? '');
  const [typed] = useDebouncedValue(query, TYPING_PAUSE_MS);
  // Only what the user typed moves the page: not a value left in the box on another page.
  const typing = useRef(false);
  const show = (q: string) => {
    typing.current = false;
    if (routeQ === null) {
      if (q) navigate({ page: 'search', q });
    } else if (q !== routeQ) replaceRoute({ page: 'search', q });
  };
  useEffect(() => {
    if (typing.current && typed === query) show(typed.trim());
  });
  // The page's query (from the palette, Back, a link) shows in the box.
  useEffect(() => {
    if (routeQ !== null && !typing.current)
      setQuery((box) => (box.trim() === routeQ ? box : routeQ));
  }, [routeQ]);
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        show(query.trim());
      }}
      role="search"
    >
      <TextInput
        ref={inputRef}
        w={340}
        placeholder={t('search.placeholder')}
        aria-label={t('search.placeholder')}
        value={query}
        onChange={(e) => {
          typing.current = true;
          setQuery(e.currentTarget.value);
        }}
      />
    </form>
  );
}
