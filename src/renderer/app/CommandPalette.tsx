/** Ctrl/⌘+K: jump to any account or page, or search notes. */
import { Spotlight, spotlight, type SpotlightActionData } from '@mantine/spotlight';
import { useEffect, useMemo, useState } from 'react';
import { useQuery } from '../api/useApi';
import { useI18n } from '../i18n/i18nContext';
import { navigate } from './router';

export function CommandPalette({
  onNewAccount,
  onToggleLanguage,
  onToggleTheme,
}: {
  onNewAccount(): void;
  onToggleLanguage(): void;
  onToggleTheme(): void;
}) {
  const { t } = useI18n();
  const [query, setQuery] = useState('');
  // Ctrl/⌘+K opens the palette from anywhere, even with focus in a field (Mantine's own
  // shortcut ignores key presses inside inputs).
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') {
        event.preventDefault();
        spotlight.open();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  const { data: rows = [] } = useQuery('portfolio:list', {}, query.trim() !== '');
  const actions = useMemo<SpotlightActionData[]>(() => {
    const commands: SpotlightActionData[] = [
      {
        id: 'go-portfolio',
        label: t('nav.portfolio'),
        description: t('palette.goPortfolio'),
        onClick: () => navigate({ page: 'portfolio' }),
      },
      { id: 'new-account', label: t('portfolio.newAccount'), onClick: onNewAccount },
      { id: 'language', label: t('palette.toggleLanguage'), onClick: onToggleLanguage },
      { id: 'theme', label: t('palette.toggleTheme'), onClick: onToggleTheme },
    ];
    const typed = query.trim();
    const lower = typed.toLowerCase();
    if (!lower) return commands;
    // Typing a name most often means "open that account": accounts first, then a notes search,
    // then the commands whose name matches.
    const accounts = rows
      .filter((r) => r.name.toLowerCase().includes(lower))
      .slice(0, 8)
      .map((r) => ({
        id: r.id,
        label: r.name,
        description: r.owner,
        onClick: () => navigate({ page: 'account', id: r.id, tab: 'overview' }),
      }));
    const searchNotes = {
      id: 'search',
      label: t('palette.searchFor', { q: typed }),
      onClick: () => navigate({ page: 'search', q: typed }),
    };
    const matching = commands.filter((c) => String(c.label).toLowerCase().includes(lower));
    return [...accounts, searchNotes, ...matching];
  }, [rows, query, t, onNewAccount, onToggleLanguage, onToggleTheme]);
  return (
    <Spotlight
      actions={actions}
      query={query}
      onQueryChange={setQuery}
      shortcut={null}
      nothingFound={t('search.noResults')}
      highlightQuery
      filter={(_q, a) => a}
      searchProps={{ placeholder: t('palette.placeholder') }}
    />
  );
}
