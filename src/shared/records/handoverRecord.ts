import { z } from 'zod';
import { HANDOVER_ITEMS, type HandoverItem } from '../domain/enums';
import { optionalRecordId, optionalText, recordId } from './fieldTypes';

/**
 * The sales → CS handover. Each checklist item is its own pair of fields (done, note) so two
 * people ticking different items at once both keep their change under field-level merge.
 */
type ItemShape = Record<`${CamelItem}Done`, z.ZodDefault<z.ZodBoolean>> &
  Record<`${CamelItem}Note`, ReturnType<typeof optionalText>>;
type CamelItem = CamelCase<HandoverItem>;
type CamelCase<S extends string> = S extends `${infer H}_${infer T}`
  ? `${H}${Capitalize<CamelCase<T>>}`
  : S;

export function handoverItemKey(item: HandoverItem): CamelItem {
  return item.replace(/_(\w)/g, (_, c: string) => c.toUpperCase()) as CamelItem;
}

const itemShape = Object.fromEntries(
  HANDOVER_ITEMS.flatMap((item) => [
    [`${handoverItemKey(item)}Done`, z.boolean().default(false)],
    [`${handoverItemKey(item)}Note`, optionalText(2000)],
  ]),
) as ItemShape;

export const handoverFields = z.object({
  accountId: recordId,
  salesOwner: optionalText(100),
  opportunityRef: optionalRecordId,
  ...itemShape,
});
