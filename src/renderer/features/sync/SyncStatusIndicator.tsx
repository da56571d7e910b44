/** The header's sync indicator: state in words and colour, with Sync now, settings and conflicts. */
import { Badge, Button, Group, Menu, Text } from '@mantine/core';
import { useState } from 'react';
import type { SyncStatusView } from '../../../shared/api/views';
import { call } from '../../api/transport';
import { navigate } from '../../app/router';
import type { MessageKey } from '../../i18n/en';
import { useI18n, type I18n } from '../../i18n/i18nContext';
import { clockText } from './syncDeviceText';
import { refreshSyncStatus, setSyncStatus, useSyncStatus } from './syncStatusStore';

const COLOR: Record<SyncStatusView['state'], string> = {
  not_configured: 'gray',
  never_synced: 'gray',
  syncing: 'blue',
  up_to_date: 'teal',
  pending: 'yellow',
  offline: 'gray',
  error: 'red',
};

const TEXT = {
  not_configured: 'sync.state.not_configured',
  never_synced: 'sync.state.never_synced',
  syncing: 'sync.state.syncing',
  up_to_date: 'sync.state.up_to_date',
  pending: 'sync.state.pending',
  offline: 'sync.state.offline',
  error: 'sync.state.error',
} as const satisfies Record<SyncStatusView['state'], string>;

export function syncStateText(t: I18n['t'], status: SyncStatusView): string {
  if (status.state === 'error' && status.clock) return t('sync.state.clock');
  return t(TEXT[status.state], { count: status.pending });
}

/** The last error in the user's language where its code has a message, else as the server said it. */
export function syncErrorText(t: I18n['t'], status: SyncStatusView): string | null {
  if (!status.error || !status.errorCode) return status.error;
  const key = `sync.error.${status.errorCode}` as MessageKey;
  const text = t(key);
  return text === key ? status.error : text;
}

/** One sync round now; the status it ends in (null when it could not be asked). */
export async function syncNow(): Promise<SyncStatusView | null> {
  const result = await call('sync:now', {});
  if (result.ok) setSyncStatus(result.data);
  else await refreshSyncStatus();
  return result.ok ? result.data : null;
}

export function SyncStatusIndicator() {
  const i18n = useI18n();
  const { t, dateTime } = i18n;
  const status = useSyncStatus();
  const [busy, setBusy] = useState(false);
  if (!status) return null;
  const configured = status.state !== 'not_configured';
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button
          variant="subtle"
          size="compact-sm"
          data-testid="sync-status"
          data-state={status.state}
          aria-label={`${t('sync.title')}: ${syncStateText(t, status)}`}
        >
          <Group gap={6} wrap="nowrap">
            <Badge color={COLOR[status.state]} variant="dot" size="lg">
              {syncStateText(t, status)}
            </Badge>
            {status.conflicts > 0 ? (
              <Badge color="orange" size="sm" data-testid="sync-conflict-count">
                {t('sync.conflictCount', { count: status.conflicts })}
              </Badge>
            ) : null}
          </Group>
        </Button>
      </Menu.Target>
      <Menu.Dropdown maw={360}>
        {status.error ? (
          <Text size="xs" c="red" px="sm" py={4} data-testid="sync-status-error">
            {clockText(i18n, status) ?? syncErrorText(t, status)}
          </Text>
        ) : null}
        {status.lastSyncAt ? (
          <Text size="xs" c="dimmed" px="sm" py={4}>
            {t('sync.lastSync', { when: dateTime(status.lastSyncAt) })}
          </Text>
        ) : null}
        <Menu.Item
          disabled={!configured || busy}
          onClick={() => {
            setBusy(true);
            void syncNow().finally(() => setBusy(false));
          }}
        >
          {t('sync.now')}
        </Menu.Item>
        <Menu.Item onClick={() => navigate({ page: 'conflicts' })}>
          {t('sync.conflicts')} {status.conflicts > 0 ? `(${status.conflicts})` : ''}
        </Menu.Item>
        <Menu.Item onClick={() => navigate({ page: 'sync' })}>{t('sync.settings')}</Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
