import { z } from 'zod';
import { optionalText } from './fieldTypes';

export const MAX_LOGO_CHARS = 500_000;

/**
 * The team's branding for decks: company name, accent colour and logo (a PNG or JPEG as a data
 * URL). One row for the team, its id fixed, so edits from any device merge field by field.
 */
export const brandingFields = z.object({
  companyName: optionalText(200),
  accentColor: z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$/, 'invalidColour')
    .default('#4263EB'),
  logo: z
    .union([
      z
        .string()
        .max(MAX_LOGO_CHARS, 'logoTooLarge')
        .regex(/^data:image\/(png|jpeg);base64,[A-Za-z0-9+/]+=*$/, 'invalidLogo'),
      z.literal(''),
    ])
    .default(''),
  author: optionalText(100),
});
