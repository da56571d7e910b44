export { ConflictsPage } from './ConflictsPage';
export { SyncSettingsPage } from './SyncSettingsPage';
export { SyncStatusIndicator, syncNow } from './SyncStatusIndicator';
