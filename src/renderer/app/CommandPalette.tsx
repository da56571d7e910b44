/**
 * Ctrl/⌘+K (useAppCommands): jump to any account or page, or search notes. Each command shows its
 * shortcut, the same as in the desktop menu.
 */
import { Kbd } from '@mantine/core';
import { Spotlight, type SpotlightActionData } from '@mantine/spotlight';
import { useMemo, useState } from 'react';
import { COMMAND_SHORTCUTS, shortcutLabel, type AppCommand } from '../../shared/shell/appCommands';
import { useQuery } from '../api/useApi';
import { useI18n } from '../i18n/i18nContext';
import { menuLabels } from '../../shared/shell/menuLabels';
import { navigate } from './router';
import { isMac, runAppCommand } from './useAppCommands';

export function CommandPalette({
  onNewAccount,
  onToggleLanguage,
  onToggleTheme,
}: {
  onNewAccount(): void;
  onToggleLanguage(): void;
  onToggleTheme(): void;
}) {
  const { t, lang } = useI18n();
  const [query, setQuery] = useState('');
  const { data: rows = [] } = useQuery('portfolio:list', {}, query.trim() !== '');
  const actions = useMemo<SpotlightActionData[]>(() => {
    const mac = isMac();
    const shortcut = (id: AppCommand) => (
      <Kbd size="xs">{shortcutLabel(COMMAND_SHORTCUTS[id], mac)}</Kbd>
    );
    const handlers = {
      newAccount: onNewAccount,
      toggleDarkMode: onToggleTheme,
      focusSearch: () => navigate({ page: 'search', q: '' }),
    };
    const command = (id: AppCommand, label: string, description?: string): SpotlightActionData => ({
      id,
      label,
      description,
      rightSection: shortcut(id),
      onClick: () => runAppCommand(id, handlers),
    });
    const commands: SpotlightActionData[] = [
      command('go-today', t('nav.today')),
      command('go-portfolio', t('nav.portfolio'), t('palette.goPortfolio')),
      command('go-renewals', t('nav.renewals')),
      command('go-kpis', t('nav.kpis')),
      command('go-search', t('nav.search')),
      { id: 'go-backup', label: t('nav.backup'), onClick: () => navigate({ page: 'backup' }) },
      command('new-account', t('portfolio.newAccount')),
      command('export-forecast', menuLabels(lang).commands['export-forecast'].replace('…', '')),
      command('import-file', menuLabels(lang).commands['import-file'].replace('…', '')),
      { id: 'language', label: t('palette.toggleLanguage'), onClick: onToggleLanguage },
      command('toggle-dark-mode', t('palette.toggleTheme')),
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
  }, [rows, query, t, lang, onNewAccount, onToggleLanguage, onToggleTheme]);
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
