/**
 * Hash routes: #/today, #/portfolio, #/accounts/<id>/<tab>, #/search?q=…, #/renewals, … — back and
 * forward just work.
 */
import { useSyncExternalStore } from 'react';

export type Route =
  | { page: 'portfolio' }
  | { page: 'account'; id: string; tab: string }
  | { page: 'search'; q: string }
  | { page: 'sync' }
  | { page: 'conflicts' }
  | { page: 'today' }
  | { page: 'risk' }
  | { page: 'calibration' }
  | { page: 'scorecard' }
  | { page: 'renewals' }
  | { page: 'kpis' }
  | { page: 'rates' }
  | { page: 'branding' }
  | { page: 'import' }
  | { page: 'backup' }
  | { page: 'deleted' }
  | { page: 'printDeck'; params: URLSearchParams };

const SIMPLE_PAGES = [
  'sync',
  'conflicts',
  'today',
  'risk',
  'calibration',
  'scorecard',
  'renewals',
  'kpis',
  'rates',
  'branding',
  'import',
  'backup',
  'deleted',
] as const;
type SimplePage = (typeof SIMPLE_PAGES)[number];
const isSimplePage = (value: string | undefined): value is SimplePage =>
  (SIMPLE_PAGES as readonly string[]).includes(value ?? '');

export function parseRoute(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#/, '').split('?');
  const parts = path.split('/').filter(Boolean);
  if (parts[0] === 'accounts' && parts[1])
    return { page: 'account', id: parts[1], tab: parts[2] ?? 'overview' };
  if (isSimplePage(parts[0])) return { page: parts[0] };
  if (parts[0] === 'print' && parts[1] === 'qbr')
    return { page: 'printDeck', params: new URLSearchParams(query) };
  if (parts[0] === 'search')
    return { page: 'search', q: new URLSearchParams(query).get('q') ?? '' };
  return { page: 'portfolio' };
}

export function routeHref(route: Route): string {
  if (route.page === 'account') return `#/accounts/${route.id}/${route.tab}`;
  if (route.page === 'search') return `#/search?q=${encodeURIComponent(route.q)}`;
  if (route.page === 'portfolio') return '#/portfolio';
  if (route.page === 'printDeck') return `#/print/qbr?${route.params.toString()}`;
  return `#/${route.page}`;
}

export function navigate(route: Route): void {
  window.location.hash = routeHref(route);
}

/** Goes to a route in place of the current history entry (a search refined as it is typed). */
export function replaceRoute(route: Route): void {
  window.location.replace(routeHref(route));
}

export function useRoute(): Route {
  const hash = useSyncExternalStore(
    (listener) => {
      window.addEventListener('hashchange', listener);
      return () => window.removeEventListener('hashchange', listener);
    },
    () => window.location.hash,
  );
  return parseRoute(hash);
}
