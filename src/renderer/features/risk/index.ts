export { RiskBoardPage } from './RiskBoardPage';
