/**
 * A new passphrase typed twice (set-up, a backup for another computer, a change of passphrase),
 * and the check made before anything is sent: long enough, and the same both times.
 */
import { PasswordInput } from '@mantine/core';
import { useState } from 'react';
import type { I18n } from '../../i18n/i18nContext';
import { useI18n } from '../../i18n/i18nContext';

export const MIN_PASSPHRASE = 8;

export function useNewPassphrase() {
  const [passphrase, setPassphrase] = useState('');
  const [again, setAgain] = useState('');
  return {
    passphrase,
    again,
    setPassphrase,
    setAgain,
    clear: () => {
      setPassphrase('');
      setAgain('');
    },
    /** Why it cannot be used, or null. */
    problem(t: I18n['t']): string | null {
      if ([...passphrase].length < MIN_PASSPHRASE) return t('security.passphraseShort');
      if (passphrase !== again) return t('security.passphraseMismatch');
      return null;
    },
  };
}

export function NewPassphraseFields({
  state,
  label,
  hint = false,
  autoFocus = false,
}: {
  state: ReturnType<typeof useNewPassphrase>;
  label?: string;
  hint?: boolean;
  autoFocus?: boolean;
}) {
  const { t } = useI18n();
  return (
    <>
      <PasswordInput
        label={label ?? t('security.passphrase')}
        description={hint ? t('security.passphraseHint') : undefined}
        value={state.passphrase}
        onChange={(e) => state.setPassphrase(e.currentTarget.value)}
        autoComplete="new-password"
        autoFocus={autoFocus}
      />
      <PasswordInput
        label={t('security.passphraseAgain')}
        value={state.again}
        onChange={(e) => state.setAgain(e.currentTarget.value)}
        autoComplete="new-password"
      />
    </>
  );
}
