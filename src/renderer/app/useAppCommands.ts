/**
 * Carries out the app's commands (shared/shell/appCommands): sent by the desktop menu through the
 * preload bridge, or — in a browser, where there is no menu — read from the same shortcuts.
 */
import { spotlight } from '@mantine/spotlight';
import { useEffect, useRef } from 'react';
import { commandForKey, isAppCommand, type AppCommand } from '../../shared/shell/appCommands';
import type { AccountRecordType } from './pendingNewRecord';
import { requestForecastExport } from './pendingExport';
import { navigate } from './router';

export interface CommandHandlers {
  newAccount(): void;
  /** A record of an account: on an account's page for it, else after choosing the account. */
  newRecord(type: AccountRecordType): void;
  toggleDarkMode(): void;
  toggleLanguage(): void;
  focusSearch(): void;
  syncNow(): void;
  recomputeHealth(): void;
}

export const isMac = () => /Mac|iPhone|iPad/.test(navigator.platform);

export function runAppCommand(command: AppCommand, handlers: CommandHandlers): void {
  if (command === 'new-account') handlers.newAccount();
  else if (command === 'new-touchpoint') handlers.newRecord('touchpoints');
  else if (command === 'new-action-item') handlers.newRecord('action_items');
  else if (command === 'toggle-dark-mode') handlers.toggleDarkMode();
  else if (command === 'toggle-language') handlers.toggleLanguage();
  else if (command === 'sync-now') handlers.syncNow();
  else if (command === 'recompute-health') handlers.recomputeHealth();
  else if (command === 'open-palette') spotlight.open();
  else if (command === 'go-search') handlers.focusSearch();
  else if (command === 'export-forecast') {
    requestForecastExport();
    navigate({ page: 'renewals' });
    // Already on the renewals page: its forecast hears it at once.
    window.dispatchEvent(new Event('outpost:export-forecast'));
  } else if (command === 'import-file') navigate({ page: 'import' });
  else if (command === 'go-today') navigate({ page: 'today' });
  else if (command === 'go-portfolio') navigate({ page: 'portfolio' });
  else if (command === 'go-renewals') navigate({ page: 'renewals' });
  else if (command === 'go-kpis') navigate({ page: 'kpis' });
  else if (command === 'go-risk') navigate({ page: 'risk' });
}

export function useAppCommands(handlers: CommandHandlers): void {
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });
  useEffect(() => {
    const run = (command: AppCommand) => runAppCommand(command, latest.current);
    const bridge = window.outpost;
    if (bridge?.onCommand)
      return bridge.onCommand((command) => {
        if (isAppCommand(command)) run(command);
      });
    const mac = isMac();
    const onKey = (event: KeyboardEvent) => {
      const command = commandForKey(event, mac);
      if (!command) return;
      event.preventDefault();
      // Held down, a key repeats: the command runs once.
      if (event.repeat) return;
      run(command);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
