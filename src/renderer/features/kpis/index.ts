export { KpisPage } from './KpisPage';
