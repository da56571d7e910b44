export { QbrTab } from './QbrTab';
export { PrintDeckPage } from './PrintDeckPage';
