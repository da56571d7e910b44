export { ConflictsPage } from './ConflictsPage';
export { SyncSettingsPage } from './SyncSettingsPage';
export { SyncStatusIndicator } from './SyncStatusIndicator';
