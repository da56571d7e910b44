export { LockButton } from './LockButton';
export { RecoveryKeySheet } from './RecoveryKeySheet';
export { SecurityGate } from './SecurityGate';
export { keystoreExplanation } from './SetUpScreen';
export { setSecurityStatus, useSecurityStatus } from './securityStore';
export { NewPassphraseFields, useNewPassphrase } from './NewPassphraseFields';
