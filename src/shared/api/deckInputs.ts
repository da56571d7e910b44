/** Input schemas of the QBR deck and branding methods of the API contract. */
import { z } from 'zod';
import { isoDate, recordId } from '../records/fieldTypes';
import { AUDIENCES, SLIDE_IDS } from './deckViews';

export const DECK_FORMATS = ['pptx', 'pdf'] as const;

export const deckQuery = z
  .object({
    accountId: recordId,
    audience: z.enum(AUDIENCES, 'invalidChoice').default('customer'),
    from: isoDate,
    to: isoDate,
    lang: z.enum(['en', 'zh-CN'], 'invalidChoice').default('en'),
  })
  .refine((q) => q.from < q.to, { message: 'windowOrder', path: ['to'] });

export const deckExportInput = deckQuery.and(
  z.object({
    format: z.enum(DECK_FORMATS, 'invalidChoice'),
    /** The slides to include, in deck order ('' or none = all). */
    slides: z.array(z.enum(SLIDE_IDS, 'invalidChoice')).max(SLIDE_IDS.length).default([]),
  }),
);
export type DeckExportInput = z.output<typeof deckExportInput>;

export const brandingInput = z.object({
  companyName: z.string().trim().max(200, 'tooLong').default(''),
  accentColor: z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$/, 'invalidColour')
    .default('#4263EB'),
  logo: z.string().max(500_000, 'logoTooLarge').default(''),
});
