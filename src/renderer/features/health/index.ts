export { HealthBadge, NotScoredBadge } from './HealthBadge';
export { HealthTab } from './HealthTab';
