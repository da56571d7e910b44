export { HealthBadge } from './HealthBadge';
export { HealthTab } from './HealthTab';
