/** The last sync failure in the user's language, from its code and facts (never the raw text). */
import type { SyncStatusView } from '../../../shared/api/views';
import { durationText } from '../../../shared/format/durationText';
import { failureWord } from '../../../shared/sync/syncFailureWords';
import type { MessageKey } from '../../i18n/en';
import type { I18n } from '../../i18n/i18nContext';

export function syncErrorText(
  { t, lang }: Pick<I18n, 't' | 'lang'>,
  status: Pick<SyncStatusView, 'error' | 'errorCode' | 'errorFacts'>,
): string | null {
  if (!status.error && !status.errorCode) return null;
  const code = status.errorCode ?? 'unknown';
  if (code === 'insecureHttp') return t('sync.error.insecureHttp');
  const facts = status.errorFacts ?? { server: '—' };
  const { word, params } = failureWord(code, facts);
  return t(`sync.failure.${word}` satisfies MessageKey, {
    ...params,
    duration: durationText((facts.retryAfterSeconds ?? 0) * 1000, lang),
  });
}
