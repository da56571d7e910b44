/**
 * The sync state in a few words, as the header shows it — with the local changes waiting to be
 * sent whenever there are any and they cannot go now ("Offline · 12 changes waiting").
 */
import type { SyncStatusView } from '../../../shared/api/views';
import type { I18n } from '../../i18n/i18nContext';

const TEXT = {
  not_configured: 'sync.state.not_configured',
  never_synced: 'sync.state.never_synced',
  syncing: 'sync.state.syncing',
  offline: 'sync.state.offline',
  error: 'sync.state.error',
  up_to_date: 'sync.state.up_to_date',
} as const satisfies Record<Exclude<SyncStatusView['state'], 'pending'>, string>;

export function syncStateText(
  { t, plural }: Pick<I18n, 't' | 'plural'>,
  status: Pick<SyncStatusView, 'state' | 'pending' | 'clock'>,
): string {
  if (status.state === 'pending') return plural('sync.waiting', status.pending);
  const state =
    status.state === 'error' && status.clock ? t('sync.state.clock') : t(TEXT[status.state]);
  if (status.pending === 0 || status.state === 'syncing' || status.state === 'up_to_date')
    return state;
  return t('sync.withWaiting', { state, waiting: plural('sync.waiting', status.pending) });
}
