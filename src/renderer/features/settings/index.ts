export { ScorecardSettingsPage } from './ScorecardSettingsPage';
