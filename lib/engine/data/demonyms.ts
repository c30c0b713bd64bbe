// Nationalities, ethnicities and regional adjectives ("Hispanic", "Samoan", "Korean"): capitalised
// like names, but a class of their own for the privacy model (sometimes a quasi-identifier, more
// often context).
export const DEMONYMS: readonly string[] = [
  'african', 'american', 'arab', 'asian', 'australian', 'bangladeshi', 'black', 'brazilian', 'british', 'canadian',
  'caribbean', 'chinese', 'colombian', 'cuban', 'dominican', 'dutch', 'egyptian', 'english', 'ethiopian', 'european',
  'filipino', 'filipina', 'french', 'german', 'ghanaian', 'greek', 'haitian', 'hispanic', 'indian', 'indigenous',
  'indonesian', 'iranian', 'iraqi', 'irish', 'italian', 'jamaican', 'japanese', 'jewish', 'kenyan', 'korean', 'latina',
  'latino', 'latinx', 'lebanese', 'malaysian', 'maori', 'māori', 'mexican', 'muslim', 'native', 'nepali', 'nigerian',
  'pakistani', 'palestinian', 'persian', 'polish', 'portuguese', 'puerto', 'russian', 'samoan', 'scottish', 'somali',
  'south', 'spanish', 'sri', 'sudanese', 'swedish', 'syrian', 'thai', 'tongan', 'turkish', 'ukrainian', 'vietnamese',
  'welsh', 'white', 'yoruba', 'igbo', 'hausa', 'punjabi', 'gujarati', 'tamil', 'sikh', 'hindu', 'catholic', 'amish',
  'navajo', 'cherokee', 'inuit', 'aboriginal', 'pacific', 'islander', 'caucasian', 'european-american',
];
