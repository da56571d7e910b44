/** The header's sync indicator: state in words and colour, with Sync now, settings and conflicts. */
import { Badge, Box, Button, Group, Menu, Text } from '@mantine/core';
import { useState } from 'react';
import type { SyncStatusView } from '../../../shared/api/views';
import { call } from '../../api/transport';
import { navigate } from '../../app/router';
import { useI18n } from '../../i18n/i18nContext';
import { SyncErrorNote } from './SyncErrorNote';
import { syncStateText } from './syncStateText';
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

/** One sync round now; the status it ends in (null when it could not be asked). */
export async function syncNow(): Promise<SyncStatusView | null> {
  const result = await call('sync:now', {});
  if (result.ok) setSyncStatus(result.data);
  else await refreshSyncStatus();
  return result.ok ? result.data : null;
}

export function SyncStatusIndicator() {
  const i18n = useI18n();
  const { t, dateTime, ago } = i18n;
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
          data-pending={status.pending}
          aria-label={`${t('sync.title')}: ${syncStateText(i18n, status)}`}
        >
          <Group gap={6} wrap="nowrap">
            <Badge color={COLOR[status.state]} variant="dot" size="lg">
              {syncStateText(i18n, status)}
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
          <Box px="sm" py={4}>
            <SyncErrorNote status={status} size="xs" testId="sync-status-error" />
          </Box>
        ) : null}
        {status.lastSyncAt ? (
          <Text size="xs" c="dimmed" px="sm" py={4} data-testid="sync-last">
            {t('sync.lastSyncAgo', {
              when: ago(status.lastSyncAt),
              at: dateTime(status.lastSyncAt),
            })}
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
