/**
 * Everything the command palette offers besides accounts: every page, every "new …", and the
 * app's actions (recompute health, sync, export, language, theme), each with its shortcut where it
 * has one. A command is found by the words of its name in either language, whichever is shown.
 */
import type { Route } from './router';
import type { AccountRecordType } from './pendingNewRecord';
import type { AppCommand } from '../../shared/shell/appCommands';
import type { MessageKey } from '../i18n/en';

export type PaletteGroup = 'go' | 'new' | 'do';

export interface PaletteCommand {
  id: string;
  group: PaletteGroup;
  label: string;
  /** The same command's name in the other language, and other words for it. */
  keywords: string;
  /** The app command it is, when it has a shortcut. */
  command?: AppCommand;
  run(): void;
}

export interface PaletteActions {
  runCommand(command: AppCommand): void;
  navigate(route: Route): void;
  newRecord(type: AccountRecordType): void;
}

type Translate = (key: MessageKey, params?: Record<string, string>) => string;

const PAGES: { page: Exclude<Route['page'], 'account' | 'printDeck'>; command?: AppCommand }[] = [
  { page: 'today', command: 'go-today' },
  { page: 'portfolio', command: 'go-portfolio' },
  { page: 'search', command: 'go-search' },
  { page: 'renewals', command: 'go-renewals' },
  { page: 'kpis', command: 'go-kpis' },
  { page: 'risk', command: 'go-risk' },
  { page: 'calibration' },
  { page: 'conflicts' },
  { page: 'scorecard' },
  { page: 'import', command: 'import-file' },
  { page: 'rates' },
  { page: 'branding' },
  { page: 'sync' },
  { page: 'backup' },
];

const NEW_RECORDS: { type: AccountRecordType; command?: AppCommand }[] = [
  { type: 'touchpoints', command: 'new-touchpoint' },
  { type: 'action_items', command: 'new-action-item' },
  { type: 'stakeholders' },
  { type: 'contracts' },
  { type: 'objectives' },
  { type: 'milestones' },
  { type: 'support_tickets' },
  { type: 'survey_responses' },
  { type: 'expansion_opportunities' },
  { type: 'product_feedback' },
];

const ACTIONS: { id: AppCommand; label: MessageKey }[] = [
  { id: 'recompute-health', label: 'palette.recomputeHealth' },
  { id: 'sync-now', label: 'palette.syncNow' },
  { id: 'export-forecast', label: 'palette.exportForecast' },
  { id: 'toggle-language', label: 'palette.toggleLanguage' },
  { id: 'toggle-dark-mode', label: 'palette.toggleTheme' },
];

/** `t` speaks the app's language, `other` the other one (its words find commands too). */
export function paletteCommands(t: Translate, other: Translate, actions: PaletteActions) {
  const both = (make: (tr: Translate) => string) => ({
    label: make(t),
    keywords: make(other),
  });
  const pages = PAGES.map(({ page, command }): PaletteCommand => ({
    id: `go:${page}`,
    group: 'go',
    // Listed under "Pages" by name; "go to …" finds them too.
    label: t(`nav.${page}` as MessageKey),
    keywords: [t, other]
      .map((tr) => tr('palette.goTo', { page: tr(`nav.${page}` as MessageKey) }))
      .join(' '),
    command,
    run: () =>
      page === 'search' && command
        ? actions.runCommand(command)
        : actions.navigate(page === 'search' ? { page, q: '' } : { page }),
  }));
  const newAccount: PaletteCommand = {
    id: 'new:accounts',
    group: 'new',
    ...both((tr) => tr('palette.new', { noun: tr('record.accounts') })),
    command: 'new-account',
    run: () => actions.runCommand('new-account'),
  };
  const newRecords = NEW_RECORDS.map(({ type, command }): PaletteCommand => {
    const words = both((tr) => tr('palette.new', { noun: tr(`record.${type}` as MessageKey) }));
    const extra =
      type === 'touchpoints'
        ? ` ${t('palette.touchpointWords')} ${other('palette.touchpointWords')}`
        : '';
    return {
      id: `new:${type}`,
      group: 'new',
      label: words.label,
      keywords: words.keywords + extra,
      command,
      run: () => actions.newRecord(type),
    };
  });
  const doings = ACTIONS.map(({ id, label }): PaletteCommand => ({
    id: `do:${id}`,
    group: 'do',
    ...both((tr) => tr(label)),
    command: id,
    run: () => actions.runCommand(id),
  }));
  return [...pages, newAccount, ...newRecords, ...doings];
}

/** Every word typed is in the command's name or its other words (any case). */
export function commandMatches(command: PaletteCommand, query: string): boolean {
  const haystack = `${command.label} ${command.keywords}`.toLowerCase();
  return query
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => haystack.includes(word));
}
