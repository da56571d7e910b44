/** English messages of QBR decks and the deck branding. */
export const enDeck = {
  'nav.branding': 'Deck branding',
  'tab.qbr': 'QBR deck',
  'renewals.preset.last90Days': 'Last 90 days',
  'qbr.audience': 'Audience',
  'qbr.customer': 'Customer',
  'qbr.internal': 'Internal',
  'qbr.customerHelp':
    'For the customer: no health score, risks, alerts or forecast — only what you would show them.',
  'qbr.internalHelp':
    'For your team: adds the health score and its drivers, open risks and the renewal forecast.',
  'qbr.titleSlide': 'Title',
  'qbr.exportPptx': 'Export PowerPoint',
  'qbr.exportPdf': 'Export PDF',
  'branding.title': 'Deck branding',
  'branding.intro':
    'Your company’s name, colour and logo on every QBR deck. Shared with your team through sync.',
  'branding.company': 'Company name',
  'branding.accent': 'Accent colour',
  'branding.logo': 'Logo',
  'branding.logoPick': 'PNG or JPEG, up to 350 KB',
  'branding.logoType': 'The logo must be a PNG or JPEG image.',
  'branding.logoSize': 'The logo is too large: at most 350 KB.',
  'branding.removeLogo': 'Remove logo',
  'branding.saved': 'Branding saved',
} as const;
