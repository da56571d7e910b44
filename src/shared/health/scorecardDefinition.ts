/**
 * A scorecard's definition as a CS leader edits it and as it travels between replicas: groups
 * with weights summing to 100, each with measures whose shares sum to 100, and thresholds for the
 * measures that have them. Problems are reported as stable codes with the path they concern.
 */
import { z } from 'zod';
import { GROUP_IDS, MEASURE_IDS, THRESHOLD_MEASURES } from '../domain/healthEnums';

const percent = z.number('notANumber').min(0, 'mustNotBeNegative').max(100, 'percentRange');

export const measureDefSchema = z
  .object({
    id: z.enum(MEASURE_IDS, 'invalidChoice'),
    share: percent,
    full: z.number('notANumber').finite().optional(),
    zero: z.number('notANumber').finite().optional(),
  })
  .refine(
    (m) =>
      !(THRESHOLD_MEASURES as readonly string[]).includes(m.id) ||
      (m.full !== undefined && m.zero !== undefined && m.full !== m.zero),
    { message: 'thresholdsRequired', path: ['full'] },
  );

export const groupDefSchema = z.object({
  id: z.enum(GROUP_IDS, 'invalidChoice'),
  weight: percent,
  measures: z.array(measureDefSchema).min(1, 'required'),
});

const near100 = (total: number) => Math.abs(total - 100) < 1e-6;

export const scorecardGroupsSchema = z
  .array(groupDefSchema)
  .min(1, 'required')
  .superRefine((groups, ctx) => {
    const total = groups.reduce((sum, g) => sum + g.weight, 0);
    if (!near100(total)) ctx.addIssue({ code: 'custom', message: 'weightsMustSum100', path: [] });
    const seenGroups = new Set<string>();
    const seenMeasures = new Set<string>();
    groups.forEach((group, gi) => {
      if (seenGroups.has(group.id))
        ctx.addIssue({ code: 'custom', message: 'duplicate', path: [gi, 'id'] });
      seenGroups.add(group.id);
      const shares = group.measures.reduce((sum, m) => sum + m.share, 0);
      if (!near100(shares))
        ctx.addIssue({ code: 'custom', message: 'sharesMustSum100', path: [gi, 'measures'] });
      group.measures.forEach((m, mi) => {
        if (seenMeasures.has(m.id))
          ctx.addIssue({ code: 'custom', message: 'duplicate', path: [gi, 'measures', mi, 'id'] });
        seenMeasures.add(m.id);
      });
    });
  });

export type ScorecardGroups = z.output<typeof scorecardGroupsSchema>;

/** The groups of a stored definition (JSON text), or null when it is not a valid scorecard. */
export function parseScorecardDefinition(text: string): ScorecardGroups | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  const parsed = scorecardGroupsSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}
