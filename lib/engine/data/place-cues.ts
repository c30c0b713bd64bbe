// Cue words of the place rule (lib/engine/rules/privacy/place.ts).

/** Words that describe a kind of facility rather than name one: "Cancer Center", "Community Hospital". */
export const GENERIC_MODIFIERS_WORDS: readonly string[] = [
  'cancer', 'heart', 'children', "children's", 'women', "women's", 'community', 'general', 'medical', 'university',
  'regional', 'memorial', 'teaching', 'veterans', 'va', 'state', 'city', 'main', 'north', 'south', 'east', 'west',
  'central', 'our', 'the', 'new', 'old', 'trauma', 'rehab', 'surgery', 'surgical', 'eye', 'kidney', 'transplant',
  'research', 'academic', 'public', 'private', 'rural', 'urban', 'local', 'health', 'care', 'urgent', 'primary',
  'specialty', 'family', 'outpatient', 'inpatient', 'dialysis', 'infusion', 'imaging', 'sleep', 'pain', 'wellness',
  'behavioral', 'mental', 'student', 'county', 'district', 'national', 'military', 'army', 'navy', 'shriners',
  'psychiatric', 'burn', 'stroke', 'diabetes', 'breast', 'lung', 'spine', 'joint', 'sports', 'med', 'hospital',
];

/** Words after an unknown proper noun that make it a hospital's team ("the Kestrelvale night team"). */
export const TEAM_WORDS_LIST: readonly string[] = ['night', 'day', 'team', 'staff', 'crew', 'nurses', 'nursing', 'ed', 'er', 'icu', 'nicu', 'picu', 'micu', 'ccu', 'or', 'l&d', 'ems', 'ambulance', 'trauma'];

/** Words that end the name of a part of a hospital. */
export const UNIT_WORDS_LIST: readonly string[] = ['unit', 'ward', 'wing', 'floor', 'campus', 'pavilion', 'tower', 'annex', 'nursery'];

/** Prepositions that introduce a place: "from Fernmoor", "in Brisbeck", "outside Quillby". */
export const PLACE_PREPOSITIONS_WORDS: readonly string[] = ['from', 'in', 'outside', 'near', 'of', 'at', 'around', 'to'];
