/**
 * The app's commands that a menu, a shortcut or the command palette can run, with one shortcut
 * each (Electron's accelerator syntax). The desktop menu and the browser host use the same list,
 * so a shortcut means the same in both and the palette shows it.
 */
export const APP_COMMANDS = [
  'new-account',
  'new-touchpoint',
  'new-action-item',
  'export-forecast',
  'import-file',
  'go-today',
  'go-portfolio',
  'go-renewals',
  'go-kpis',
  'go-risk',
  'go-search',
  'open-palette',
  'sync-now',
  'recompute-health',
  'toggle-language',
  'toggle-dark-mode',
] as const;
export type AppCommand = (typeof APP_COMMANDS)[number];

export const COMMAND_SHORTCUTS: Record<AppCommand, string> = {
  'new-account': 'CmdOrCtrl+N',
  'new-touchpoint': 'CmdOrCtrl+Shift+M',
  'new-action-item': 'CmdOrCtrl+Shift+D',
  'export-forecast': 'CmdOrCtrl+Shift+E',
  'import-file': 'CmdOrCtrl+Shift+O',
  'go-today': 'CmdOrCtrl+1',
  'go-portfolio': 'CmdOrCtrl+2',
  'go-renewals': 'CmdOrCtrl+3',
  'go-kpis': 'CmdOrCtrl+4',
  'go-risk': 'CmdOrCtrl+5',
  'go-search': 'CmdOrCtrl+Shift+F',
  'open-palette': 'CmdOrCtrl+K',
  'sync-now': 'CmdOrCtrl+Shift+S',
  'recompute-health': 'CmdOrCtrl+Shift+H',
  'toggle-language': 'CmdOrCtrl+Shift+G',
  'toggle-dark-mode': 'CmdOrCtrl+Shift+L',
};

export const isAppCommand = (value: unknown): value is AppCommand =>
  typeof value === 'string' && (APP_COMMANDS as readonly string[]).includes(value);

/** A shortcut as people read it: ⌘⇧F on a Mac, Ctrl+Shift+F elsewhere. */
export function shortcutLabel(accelerator: string, mac: boolean): string {
  const parts = accelerator.split('+');
  const key = parts.pop() ?? '';
  const names = parts.map((p) =>
    p === 'CmdOrCtrl'
      ? mac
        ? '⌘'
        : 'Ctrl'
      : p === 'Shift'
        ? mac
          ? '⇧'
          : 'Shift'
        : p === 'Alt'
          ? mac
            ? '⌥'
            : 'Alt'
          : p,
  );
  return mac ? [...names, key].join('') : [...names, key].join('+');
}

export interface KeyPress {
  key: string;
  /** The physical key (`KeyK`, `Digit1`): the same on every keyboard layout. */
  code?: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

/** The command a key press stands for (⌘ on a Mac, Ctrl elsewhere), or null. */
export function commandForKey(press: KeyPress, mac: boolean): AppCommand | null {
  const command = mac ? press.metaKey && !press.ctrlKey : press.ctrlKey && !press.metaKey;
  if (!command || press.altKey) return null;
  const physical = /^(?:Key|Digit)([A-Z0-9])$/.exec(press.code ?? '')?.[1];
  const key = physical ?? (press.key.length === 1 ? press.key.toUpperCase() : press.key);
  for (const id of APP_COMMANDS) {
    const parts = COMMAND_SHORTCUTS[id].split('+');
    const wanted = parts[parts.length - 1];
    if (wanted === key && parts.includes('Shift') === press.shiftKey) return id;
  }
  return null;
}
