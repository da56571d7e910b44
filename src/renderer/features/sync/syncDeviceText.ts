/** What the status says about this device in the user's language: its clock, its sync id. */
import type { SyncStatusView } from '../../../shared/api/views';
import { durationText } from '../../../shared/format/durationText';
import type { I18n } from '../../i18n/i18nContext';

/** The clock message when the last push was refused for a clock far ahead, else null. */
export function clockText({ t, lang }: Pick<I18n, 't' | 'lang'>, status: SyncStatusView) {
  if (!status.clock) return null;
  const { aheadMs } = status.clock;
  return aheadMs !== null
    ? t('sync.clock.ahead', { duration: durationText(aheadMs, lang) })
    : t('sync.clock.wrong');
}

const NODE_TEXT = {
  copied: 'sync.node.copied',
  taken: 'sync.node.taken',
  reset: 'sync.node.reset',
} as const;

/** Why and when this device last took a new sync id, or null. */
export function nodeChangeText(
  { t, plural, dateTime }: Pick<I18n, 't' | 'plural' | 'dateTime'>,
  status: SyncStatusView,
): string | null {
  const change = status.nodeChange;
  if (!change) return null;
  return `${plural(NODE_TEXT[change.reason], change.kept)} ${t('sync.node.when', {
    when: dateTime(change.at),
  })}`;
}
