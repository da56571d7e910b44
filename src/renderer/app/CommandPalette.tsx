/** Ctrl/⌘+K: jump to any account or page, or search notes. */
import { Spotlight, type SpotlightActionData } from '@mantine/spotlight';
import { useMemo, useState } from 'react';
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
    if (query.trim())
      commands.unshift({
        id: 'search',
        label: t('palette.searchFor', { q: query.trim() }),
        onClick: () => navigate({ page: 'search', q: query.trim() }),
      });
    const lower = query.trim().toLowerCase();
    const accounts = lower
      ? rows
          .filter((r) => r.name.toLowerCase().includes(lower))
          .slice(0, 8)
          .map((r) => ({
            id: r.id,
            label: r.name,
            description: r.owner,
            onClick: () => navigate({ page: 'account', id: r.id, tab: 'overview' }),
          }))
      : [];
    return [...commands, ...accounts];
  }, [rows, query, t, onNewAccount, onToggleLanguage, onToggleTheme]);
  return (
    <Spotlight
      actions={actions}
      query={query}
      onQueryChange={setQuery}
      shortcut={['mod + K']}
      nothingFound={t('search.noResults')}
      highlightQuery
      filter={(_q, a) => a}
      searchProps={{ placeholder: t('palette.placeholder') }}
    />
  );
}
