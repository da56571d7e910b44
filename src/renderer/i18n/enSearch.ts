/** English messages of search and the command palette. */
export const enSearch = {
  'search.count.one': '{count} result',
  'search.count.other': '{count} results',
  'search.searching': 'Searching…',
  'search.filterBy': 'Show',
  'search.filter.all': 'All',
  'search.filter.account': 'Accounts',
  'search.filter.stakeholder': 'People',
  'search.filter.touchpoint': 'Notes',
  'search.showMore': 'Show more ({shown} of {total})',
  'search.owner': 'Owner',
} as const;
