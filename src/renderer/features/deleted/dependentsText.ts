/** "3 contracts, 12 meetings and notes, 5 people" in the user's language. */
import type { DeleteImpactView } from '../../../shared/api/deletedViews';
import type { I18n, PluralKey } from '../../i18n/i18nContext';

export function dependentsText(i18n: I18n, dependents: DeleteImpactView['with']): string[] {
  return dependents.map((d) => i18n.plural(`with.${d.type}` as PluralKey, d.count));
}
