/** Hash routes: #/portfolio, #/accounts/<id>/<tab>, #/search?q=… — back and forward just work. */
import { useSyncExternalStore } from 'react';

export type Route =
  | { page: 'portfolio' }
  | { page: 'account'; id: string; tab: string }
  | { page: 'search'; q: string };

export function parseRoute(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#/, '').split('?');
  const parts = path.split('/').filter(Boolean);
  if (parts[0] === 'accounts' && parts[1])
    return { page: 'account', id: parts[1], tab: parts[2] ?? 'overview' };
  if (parts[0] === 'search')
    return { page: 'search', q: new URLSearchParams(query).get('q') ?? '' };
  return { page: 'portfolio' };
}

export function routeHref(route: Route): string {
  if (route.page === 'account') return `#/accounts/${route.id}/${route.tab}`;
  if (route.page === 'search') return `#/search?q=${encodeURIComponent(route.q)}`;
  return '#/portfolio';
}

export function navigate(route: Route): void {
  window.location.hash = routeHref(route);
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
