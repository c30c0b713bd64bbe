// Cue words and phrases that tell what kind of post a draft is (lib/engine/context.ts).

/** Words that, on their own, tell of one particular patient's encounter. */
export const CASE_WORDS_LIST: readonly string[] = [
  'pt', "pt's", 'born', 'chart', 'admitted', 'discharged', 'diagnosed', 'intubated', 'extubated', 'coded', 'resuscitated',
  'stitched', 'sutured', 'reattached', 'transferred', 'triaged', 'hpi', 'curbside', 'biopsied',
  'amputated', 'rosc', 'reintubated', 'died', 'treated', 'saw', 'seen', 'interrogated', 'scoped', 'wheezing',
  'yo', 'y/o', 'pod1', 'stabilized', 'tubed', 'coding', 'admit', 'admitting', 'bedside',
  // Procedures done to one person.
  'casted', 'splinted', 'repaired', 'debrided', 'transfused', 'cardioverted', 'defibrillated', 'resected',
  'medevaced', "medevac'd", 'airlifted', 'extricated',
  // The same in the other languages clinicians post in (Spanish, French, German, Portuguese).
  'paciente', 'patientin', 'patiente', 'fallbericht', 'ingresó', 'ingresada', 'ingresado', 'internada', 'internado',
  'aufgenommen', 'hospitalisé', 'hospitalisée', 'hospitalizada', 'hospitalizado', 'admis', 'admise',
];

/** Multi-word cues of a particular patient. */
export const CASE_PHRASES_LIST: readonly string[] = [
  'my patient', 'my pt', 'our patient', 'a patient of mine', 'this patient', 'the pt', 'a pt',
  'our first pt', 'my longtime patient', 'came in', 'came back', 'came into', 'walked into', 'walked in',
  'brought in', 'rolled in', 'flew her out', 'flew him out', 'the family', 'his wife', 'her husband', 'his son',
  'her son', 'his daughter', 'her daughter', 'her parents', 'his parents', 'his mom', 'her mom', 'his dad',
  'her dad', 'rang the bell', 'teaching case', 'the case', "friday's case", 'case of', 'we had a',
  'presented with', 'presented to', 'saw a', 'treated a', 'lost a', 'coded a', 'intubated a', 'delivered a', 'diagnosed a',
  'came through', 'in the ed', 'in our ed', 'to the ed', 'to our ed', 'in the er', 'to the er', 'in our icu', 'in the icu', 'our icu',
  'notes for', 'review notes', 'in clinic', 'to clinic', 'into clinic', 'back to clinic', 'in my clinic', 'came to', 'on my unit', 'in the or',
  'our appointment', 'went home', 'fundraising for', 'fundraiser for', 'medical bills', 'needs a donor', 'tore her', 'tore his', 'broke her',
  'broke his', 'his biopsy', 'her biopsy', 'his scan', 'her scan', 'her surgery', 'his surgery', 'on hospice',
  // Where the author met one person as a patient.
  'on my table', 'on the table', 'on my ward round', 'as a patient', 'in our trauma bay', 'in the trauma bay',
  'was in our', 'were in our', 'was on our', 'on our floor', 'in my chair', 'operated on', 'we operated',
  'former patient', 'oldest patient', 'youngest patient', 'home visit',
  // Caring for one person, as British and American posts say it.
  'looked after', 'looking after', 'took care of', 'taking care of', 'scrubbed in on',
  // "My patient" in French ("paciente", "patiente" are case words already).
  'mon patient', 'notre patient',
];

/** Cues of a practice notice or an event: hours, hiring, conferences, awareness days. */
export const NOTICE_WORDS_LIST: readonly string[] = [
  'hiring', 'apply', 'résumé', 'resume', 'closed', 'reopen', 'reopens', 'walk-ins', 'rsvp', 'register',
  'registration', 'webinar', 'poster', 'posters', 'session', 'plenary', 'keynote', 'symposium', 'workshop',
  'presenting', 'moderate', 'moderating', 'panel', 'slides', 'conference', 'meeting', 'congress', 'summit',
  'awareness', 'portal', 'refill', 'refills', 'recruiting', 'candidates', 'loan', 'cme', 'attendings',
  'meetup', 'meet-up', 'tweetup', 'networking', 'gala', 'hackathon',
  // Campaigns, screenings and free services, as public-health posts announce them in English,
  // Spanish, French, Portuguese and German (none of them in a risky learning draft).
  'vaccination', 'campaña', 'campagne', 'campanha', 'vacunación', 'vacinação', 'gratuita', 'gratuito', 'gratuite',
  'gratuit', 'gratis', 'dépistage', 'mundial', 'mondiale',
];

/** Multi-word cues of a notice or an event. */
export const NOTICE_PHRASES_LIST: readonly string[] = [
  'our office', 'our clinic', 'our practice', 'our urgent care', 'our team will', 'we are open', "we're open",
  'will be closed', 'will open', 'is closed', 'is open', 'accepting new patients', 'new patients',
  'join us', 'come say hi', 'grand rounds', 'journal club', 'lunch provided', 'now hiring', "we're hiring", 'we are hiring', 'flu shot',
  'holiday hours', 'office hours', 'clinic hours', 'regular hours', 'extended hours', 'new hours', 'nurse line', 'call us', 'tweet camp', 'live-tweeting', 'heading to', 'see you at',
  'current patients', 'no appointment needed', 'joins our', 'welcome dr', 'sign up', 'we moved', "we've moved",
  'we have moved', 'new location', 'same phone', 'accepting patients', 'free screening',
  // A service open to the public where it says: "warming centres open 24/7 at …".
  'open 24/7', 'open daily', 'now open', 'drop-in', 'walk-in', 'all welcome',
  // A clinic's move or a group's meeting place: "find us at …", "the group meets at …".
  'find us at', 'new address', 'clinic moves', 'clinic is moving', 'practice is moving', 'support group', 'meets at',
];

/** The author's own life or family, in the first person. */
export const SELF_PHRASES_LIST: readonly string[] = [
  'my mom', 'my dad', 'my mother', 'my father', 'my wife', 'my husband', 'my son', 'my daughter', 'my kid',
  'my kids', 'my brother', 'my sister', 'my grandma', 'my grandpa', 'i was diagnosed', 'my own', 'got my',
  'i was admitted', 'i was hospitalized', 'i had surgery', 'my surgery', 'my appendix', 'moving back', 'my practice',
  // The author's own family as British and Commonwealth posts name it, and the author as the patient.
  'my mum', 'my nan', 'my nana', "i'm the patient",
];
