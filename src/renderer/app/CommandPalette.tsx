/**
 * Ctrl/⌘+K: every page, every "new …", the app's actions and the accounts (found by name, pinyin
 * or owner, like search), each command with its shortcut. Found by the words of its name in
 * English or Chinese, whichever the app shows. "New touchpoint…" away from an account asks which
 * account first.
 */
import { Kbd } from '@mantine/core';
import {
  Spotlight,
  type SpotlightActionData,
  type SpotlightActionGroupData,
} from '@mantine/spotlight';
import { useMemo, useState } from 'react';
import { COMMAND_SHORTCUTS, shortcutLabel } from '../../shared/shell/appCommands';
import { useQuery } from '../api/useApi';
import { createI18n, useI18n } from '../i18n/i18nContext';
import type { MessageKey } from '../i18n/en';
import { commandMatches, paletteCommands, type PaletteCommand } from './paletteCommands';
import type { AccountRecordType } from './pendingNewRecord';
import { navigate } from './router';
import { isMac, runAppCommand, type CommandHandlers } from './useAppCommands';

const ACCOUNTS_SHOWN = 6;

export function CommandPalette({
  handlers,
  pickFor,
  onPicked,
  onClose,
}: {
  handlers: CommandHandlers;
  /** Choosing the account for a new record of this kind. */
  pickFor: AccountRecordType | null;
  onPicked(accountId: string): void;
  onClose(): void;
}) {
  const { t, lang } = useI18n();
  const [query, setQuery] = useState('');
  const typed = query.trim();
  const found = useQuery(
    'search:query',
    { q: typed, kinds: ['account'], limit: ACCOUNTS_SHOWN },
    typed !== '',
  );
  const portfolio = useQuery('portfolio:list', {}, pickFor !== null && typed === '');
  const actions = useMemo<(SpotlightActionData | SpotlightActionGroupData)[]>(() => {
    const mac = isMac();
    const other = createI18n(lang === 'en' ? 'zh-CN' : 'en', () => {}).t;
    const commands = paletteCommands(t, other, {
      runCommand: (id) => runAppCommand(id, handlers),
      navigate,
      newRecord: handlers.newRecord,
    });
    const action = (c: PaletteCommand): SpotlightActionData => ({
      id: c.id,
      label: c.label,
      rightSection: c.command ? (
        <Kbd size="xs">{shortcutLabel(COMMAND_SHORTCUTS[c.command], mac)}</Kbd>
      ) : undefined,
      onClick: c.run,
    });
    const accountRows = typed
      ? (found.data?.hits ?? []).map((h) => ({ id: h.id, name: h.title, owner: h.owner }))
      : (portfolio.data ?? []).slice(0, ACCOUNTS_SHOWN);
    const accounts: SpotlightActionData[] = accountRows.map((r) => ({
      id: `account:${r.id}`,
      label: r.name,
      description: r.owner,
      onClick: () =>
        pickFor ? onPicked(r.id) : navigate({ page: 'account', id: r.id, tab: 'overview' }),
    }));
    if (pickFor) return accounts;
    const groups: SpotlightActionGroupData[] = [];
    if (typed) {
      groups.push({
        group: accounts.length > 0 ? t('palette.group.accounts') : t('nav.search'),
        actions: [
          ...accounts,
          {
            id: 'search',
            label: t('palette.searchAll', { q: typed }),
            onClick: () => navigate({ page: 'search', q: typed }),
          },
        ],
      });
    }
    for (const group of ['go', 'new', 'do'] as const) {
      const list = commands.filter((c) => c.group === group && commandMatches(c, typed));
      if (list.length > 0)
        groups.push({ group: t(`palette.group.${group}`), actions: list.map(action) });
    }
    return groups;
  }, [t, lang, typed, found.data, portfolio.data, pickFor, handlers, onPicked]);
  const noun = pickFor ? t(`record.${pickFor}` as MessageKey) : '';
  return (
    <Spotlight
      actions={actions}
      query={query}
      onQueryChange={setQuery}
      onSpotlightClose={() => {
        setQuery('');
        onClose();
      }}
      shortcut={null}
      nothingFound={t('search.noResults')}
      highlightQuery
      limit={100}
      scrollable
      maxHeight={480}
      filter={(_q, a) => a}
      searchProps={{
        placeholder: pickFor ? t('palette.chooseAccount', { noun }) : t('palette.placeholder'),
      }}
    />
  );
}
