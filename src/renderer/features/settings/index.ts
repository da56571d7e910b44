export { ScorecardSettingsPage } from './ScorecardSettingsPage';
export { ExchangeRatesPage } from './ExchangeRatesPage';
export { ProfileCard } from './ProfileCard';
export { BrandingPage } from './BrandingPage';
