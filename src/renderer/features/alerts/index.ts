export { AlertList, SEVERITY_COLOR } from './AlertList';
export { alertName, alertReason } from './describeAlert';
