export { RecentlyDeletedPage } from './RecentlyDeletedPage';
export { ConfirmDeleteAccount } from './ConfirmDeleteAccount';
