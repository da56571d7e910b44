export { RenewalsPage } from './RenewalsPage';
export { RenewalModal } from './RenewalModal';
export { WindowControls } from './WindowControls';
export { shiftDay, useForecastWindow, type ForecastWindow } from './forecastWindow';
