// Human names for the options page: rules by what they catch, and settings by their field, so
// the rule table and the policy parser's problems read as sentences rather than ids and paths.
const RULE_NAMES: Record<string, string> = {
  'privacy/patient-name': "Patient's name",
  'privacy/encounter-date': 'Date of a visit',
  'privacy/age-over-89': 'Age over 89',
  'privacy/exact-age': 'Exact age',
  'privacy/place': 'Place of care',
  'privacy/room-number': 'Room or bed number',
  'privacy/contact': 'Phone number or email',
  'privacy/record-number': 'Record number',
  'privacy/patient-handle': "Patient's social media handle",
  'privacy/patient-photo': 'Patient photo',
  'privacy/rare-condition': 'Rare condition',
  'privacy/notable-person': 'Well-known person',
  'privacy/local-event': 'Local event',
  'privacy/distinctive-features': 'Distinctive features',
  'privacy/watch-terms': 'Your watch terms',
  'privacy/narrowing-detail': 'Narrowing detail',
  'length/over-limit': 'Too long for one post',
  'clarity/reading-grade': 'Reading grade',
  'clarity/long-sentence': 'Long sentence',
  'clarity/jargon': 'Jargon and abbreviations',
  'clarity/shouting': 'All capitals',
  'clarity/hashtag-count': 'Too many hashtags',
  'clarity/hashtag-case': 'Hashtag capitals',
  'clarity/bare-link': 'Link without context',
  'professionalism/medical-advice': 'Personal medical advice',
  'professionalism/stigmatizing-language': 'Stigmatizing language',
  'professionalism/profanity': 'Profanity',
  'professionalism/absolute-claim': 'Absolute claim',
  'professionalism/undisclosed-promotion': 'Undisclosed promotion',
};

export const CATEGORY_NAMES: Record<string, string> = {
  privacy: 'Privacy',
  length: 'Length',
  clarity: 'Clarity',
  professionalism: 'Professionalism',
  hashtags: 'Hashtags',
};

/** "privacy/patient-name" → "Patient's name"; an unknown id → its name part in words. */
export function ruleName(id: string): string {
  if (id === '*') return 'any rule outside privacy';
  const known = RULE_NAMES[id];
  if (known) return known;
  const words = (id.split('/')[1] ?? id).replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const SETTING_NAMES: Record<string, string> = {
  enabled: 'Coach on',
  sites: 'Sites',
  gate: 'Check before posting',
  premium: 'X Premium',
  patientFacing: 'Posts for patients',
  gradeTarget: 'Reading grade target',
  theme: 'Colours',
  specialty: 'Specialties',
  conferences: 'Conference hashtag',
  tweetChats: 'Tweet chat',
  tweetChat: 'Tweet chat',
  watchTerms: 'Watch terms',
  ignoredTerms: 'Ignored terms',
  rules: 'Rule',
  timezoneOffsetMinutes: 'Time zone offset',
};

const FIELD_NAMES: Record<string, string> = {
  tag: 'hashtag', start: 'start date', end: 'end date', weekday: 'day', time: 'time', durationMinutes: 'minutes',
  enabled: 'on or off', severity: 'severity', x: 'x.com',
};

/**
 * One problem line of the validators ("conferences[0].start: expected a date as YYYY-MM-DD") as a
 * sentence ("Conference hashtag 1, start date: expected a date as YYYY-MM-DD.").
 */
export function readableProblem(line: string): string {
  const m = /^([A-Za-z]+)(?:\[(\d+)\])?(?:\.(.+?))?: (.*)$/s.exec(line);
  if (!m) return line;
  const [, key, index, rest, message] = m as unknown as [string, string, string | undefined, string | undefined, string];
  let where = SETTING_NAMES[key] ?? `“${key}”`;
  if (index !== undefined) where += ` ${Number(index) + 1}`;
  if (rest !== undefined) {
    if (key === 'rules') {
      // "<rule id>" or "<rule id>.<field>": rule ids hold a slash and no dot.
      const dot = rest.lastIndexOf('.');
      const id = dot > rest.indexOf('/') ? rest.slice(0, dot) : rest;
      where = `Rule “${ruleName(id)}”`;
      if (id !== rest) where += `, ${FIELD_NAMES[rest.slice(dot + 1)] ?? rest.slice(dot + 1)}`;
    } else {
      where += `, ${FIELD_NAMES[rest] ?? rest}`;
    }
  }
  const text = message.replace(/^unknown setting$/, 'this setting does not exist').replace(/^unknown key$/, 'this field does not exist');
  return `${where}: ${text}${/[.!?]$/.test(text) ? '' : '.'}`;
}
