// Cue classes the privacy model reads (lib/engine/privacy/features.ts). A word stands for its
// class, never for itself: the fitted weights belong to "a greeting before the name", not to "hi".

/** Classes of the words right before or after a candidate. The first class listed wins. */
export const WINDOW_CLASSES: Readonly<Record<string, readonly string[]>> = {
  patient: ['patient', 'pt', 'pts', 'patients', 'client', "patient's", "pt's"],
  strong: ['named', 'called', 'little', 'baby', 'sweet', 'brave', 'young', 'lady', 'gentleman', 'boy', 'girl', 'guy', 'man', 'woman', 'kiddo'],
  greet: ['hi', 'hey', 'hello', 'dear', 'thanks', 'thank', 'congrats', 'congratulations', 'welcome', 'cc', 'via', 'happy', 'merry'],
  praise: ['shoutout', 'shout-out', 'kudos', 'props', 'grateful', 'proud', 'honored', 'honoured'],
  prep: ['from', 'in', 'outside', 'near', 'at', 'around', 'to', 'into', 'on', 'off', 'by', 'behind'],
  det: ['the', 'a', 'an', 'this', 'that'],
  poss: ['my', 'our', 'his', 'her', 'their', 'your'],
  and: ['and', 'or', 'with', 'plus'],
  encounter: ['came', 'presented', 'admitted', 'brought', 'rolled', 'walked', 'seen', 'saw', 'treated', 'discharged', 'visited', 'transferred', 'delivered'],
  pronoun: ['he', 'she', 'him', 'they', 'who'],
  age: ['age', 'aged', 'yo', 'years', 'year-old', 'old', 'yrs', 'turned', 'turning'],
  unit: ['room', 'rm', 'bed', 'bay', 'unit', 'ward', 'floor', 'wing', 'pod', 'cubicle', 'hallway', 'corridor'],
  postcode: ['zip', 'postcode', 'postal', 'pin', 'eircode', 'code', 'zipcode'],
  label: ['mrn', 'id', 'number', 'no', 'account', 'nhs', 'medicare', 'card', 'dob', 'chart', 'record'],
  event: ['show', 'concert', 'game', 'festival', 'parade', 'fire', 'crash', 'pileup', 'accident', 'match', 'tour', 'race', 'wedding', 'funeral'],
  family: ['family', 'families', 'household'],
  credential: ['md', 'rn', 'np', 'pa', 'phd', 'msn', 'bsn', 'frcp', 'mbbs', 'frcs', 'facp', 'pharmd', 'dnp', 'mph', 'crna', 'lpn', 'cna'],
};

/** Classes of words anywhere in the draft: what kind of post it is. */
export const DRAFT_CUES: Readonly<Record<string, readonly string[]>> = {
  holiday: ['merry', 'wishing', 'greetings', "season's", 'holidays', 'festive', 'cheers', 'happy'],
  teach: [
    'hypothetical', 'fictional', 'composite', 'imagine', 'example', 'mannequin', 'simulation', 'sim', 'quiz', 'mnemonic',
    'mnemonics', 'boards', 'exam', 'vignette', 'pearl', 'pearls', 'trivia', 'lecture', 'students', 'textbook', 'eponym',
    'eponyms', 'history', 'book', 'novel', 'read', 'reading', 'author', 'teaching', 'poll', 'manikin', 'simman', 'tv',
    'character', 'episode', 'nobel', 'invented', 'graduated', 'discovered', 'described',
  ],
  pet: ['cat', 'dog', 'vet', 'puppy', 'kitten', 'pup', 'dogs', 'cats', 'pet', 'pets', 'goodgirl', 'goodboy', 'paws'],
  logistics: [
    'hiring', 'opens', 'closed', 'appointment', 'appointments', 'schedule', 'apply', 'rotation', 'postdoc', 'opening',
    'slots', 'referral', 'walk-in', 'walk-ins', 'register', 'rsvp', 'zoom', 'webinar', 'fax', 'ph', 'hours', 'tenure-track',
  ],
  thanks: [
    'thank', 'thanks', 'grateful', 'farewell', 'retire', 'retiring', 'retirement', 'award', 'congrats',
    'congratulations', 'honored', 'honoured', 'colleague', 'colleagues', 'mentor', 'mentors', 'welcome', 'team',
    'retired', 'retires', 'goodbye', 'bittersweet', 'gratitude', 'taught', 'appreciation',
  ],
  credential: ['md', 'rn', 'np', 'phd', 'msn', 'bsn', 'frcp', 'mbbs', 'frcs', 'facp', 'pharmd', 'dnp', 'mph', 'crna', 'lpn'],
  publicHealth: [
    'public', 'outbreak', 'cases', 'residents', 'community', 'vaccine', 'vaccines', 'vaccination', 'advisory', 'alert',
    'reported', 'confirmed', 'county', 'screening', 'clinics', 'free', 'awareness', 'prevention',
  ],
  third: ['he', 'she', 'him', 'her', 'his', "he's", "she's"],
  first: ['i', 'me', "i'm", "i've", 'myself'],
  second: ['you', 'your', "you're"],
  loss: ['died', 'passed', 'funeral', 'rip', 'memorial', 'condolences', 'grief', 'mourning', 'vale', 'remembering', 'sadness', 'wake', 'obituary'],
  media: ['photo', 'pic', 'picture', 'screenshot', 'x-ray', 'scan', 'image', 'video', 'ecg', 'ekg'],
  famous: ['famous', 'celebrity', 'star', 'singer', 'musician', 'player', 'athlete', 'host', 'mayor', 'councillor', 'actor', 'actress', 'band'],
  foreign: [
    'de', 'la', 'el', 'los', 'las', 'que', 'por', 'para', 'les', 'des', 'est', 'et', 'une', 'du', 'pour', 'con', 'una',
    'del', 'au', 'sur', 'pas', 'qui', 'vous', 'nous', 'sus', 'es', 'y', 'muy', 'está', 'también', 'aux', 'ou',
    // Portuguese and French (not "na", "em", "dos", "nos", "le": sodium, EM, DOs, NOS, Le Fort).
    'das', 'uma', 'pelo', 'pela', 'sua', 'seu', 'não', 'aos', 'sans', 'avec', 'dans', 'pelos', 'seus', 'suas', 'nas',
    'ces', 'cette', 'esta', 'este', 'estos', 'estas', 'su', 'tu', 'pero', 'como', 'cuando', 'donde', 'desde', 'hasta',
    'usted', 'ustedes', 'nuestro', 'nuestra',
  ],
};

/**
 * Words that say a case is invented (a teaching vignette, an OSCE station, a mannequin): its titled
 * names and ages are nobody's, so no candidate in it is floored at block (the model still weighs them).
 */
export const FICTION_WORDS: readonly string[] = [
  'fictional', 'fictitious', 'made-up', 'composite', 'hypothetical', 'vignette', 'osce', 'standardized', 'standardised',
  'simulated', 'simulation', 'mannequin', 'manikin', 'invented', 'simulator', 'simman', 'tabletop', 'mannequins', 'manikins',
  'skeleton',
  // Training manikins by their makers' names ("Resusci Anne", "SimMom"): every draft that names one,
  // in the labelled and outside sets, is clean.
  'resusci', 'simmom', 'simbaby', 'simjunior', 'simnewb',
  // The same in French, Spanish and Portuguese.
  'fictif', 'fictive', 'ficticio', 'ficticia', 'fictício', 'fictícia',
];

/** Phrases that say a case is invented, read in the lower-cased text. */
export const FICTION_PHRASES: readonly string[] = ['made up', 'rescue randy'];
