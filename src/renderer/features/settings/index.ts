export { ScorecardSettingsPage } from './ScorecardSettingsPage';
export { ExchangeRatesPage } from './ExchangeRatesPage';
