// Month and weekday names, the one source for every rule that reads dates or skips them as names.
// Lower case; abbreviations without their period.
export const MONTHS: readonly string[] = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
];
export const MONTH_ABBREVIATIONS: readonly string[] = ['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'];
/** Every month's short name as posts write it: the abbreviations and May, which has none shorter. */
export const MONTH_SHORT_NAMES: readonly string[] = [...MONTH_ABBREVIATIONS, 'may'];
export const WEEKDAYS: readonly string[] = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
export const WEEKDAY_ABBREVIATIONS: readonly string[] = ['mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun'];
/** Holidays whose names are also given names or read like them. */
export const NAME_LIKE_HOLIDAYS: readonly string[] = ['christmas', 'easter'];
/** Days of the month written as ordinal words ("the third of June", "June the fourteenth"). */
export const ORDINAL_DAYS: readonly string[] = [
  'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth',
  'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth',
  'twenty-first', 'twenty-second', 'twenty-third', 'twenty-fourth', 'twenty-fifth', 'twenty-sixth', 'twenty-seventh',
  'twenty-eighth', 'twenty-ninth', 'thirtieth', 'thirty-first',
];
