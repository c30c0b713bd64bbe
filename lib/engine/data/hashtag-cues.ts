// Cue words and shapes the hashtag suggester reads besides the ontology's triggers: words that
// place a post in medicine without naming a topic, the kinds of teaching, research and career
// post that colleagues tag with a broad community tag, and the conferences whose hashtags bring
// their specialty's community. Data only; ../hashtags/features.ts turns them into features.

/** Words that place a post in medicine but say little about its topic: they count, weakly. */
export const WEAK_MEDICAL_WORDS: readonly string[] = [
  'ed', 'er', 'icu', 'clinic', 'hospital', 'patient', 'patients', 'doctor', 'doctors', 'nurse', 'nurses', 'pt', 'case',
  'residents', 'resident', 'students', 'student', 'medicine', 'health', 'care', 'physician', 'physicians', 'attending',
  'colleagues', 'shift', 'team', 'unit', 'medical', 'rash', 'pain', 'screening', 'prevention', 'guidelines', 'community',
  'ward', 'wards', 'gp', 'consultant', 'registrar', 'nhs', 'surgery', 'pharmacist', 'paramedic', 'paramedics',
  // "ED" and "ER" are read as "emergency department" (hashtag-spelling): its first word stands for them.
  'emergency',
  'heart', 'brain', 'knee', 'hip', 'skin', 'eye', 'eyes', 'ear', 'echo', 'scan', 'dose', 'doses', 'burn', 'burns', 'pulse', 'oxygen',
  // The same in the languages clinic and public-health accounts post in (Spanish, Portuguese, French, Swahili, Hindi).
  'médico', 'médica', 'médicos', 'médecin', 'médecins', 'paciente', 'pacientes', 'clínica', 'clinique', 'hôpital',
  'enfermera', 'enfermeira', 'infirmière', 'salud', 'saúde', 'santé', 'daktari', 'hospitali', 'mgonjwa', 'wagonjwa',
  'afya', 'kliniki', 'डॉक्टर', 'अस्पताल', 'मरीज़', 'मरीज', 'स्वास्थ्य', 'इलाज',
];

/** Heads that make a capitalised surname a medical eponym even without a possessive ("Kernig sign"). */
export const EPONYM_STRONG_HEADS: readonly string[] = [
  'disease', 'syndrome', 'sign', 'signs', 'palsy', 'node', 'triad', 'maneuver', 'manoeuvre', 'reflex', 'phenomenon',
  'criteria', 'score', 'test', 'ulcer', 'fracture', 'lymphoma', 'tumor', 'tumour', 'nodes', 'spots', 'rings',
];

/** Words of a tweet-chat post, for the author's chat tag on a draft with no medical topic. */
export const CHAT_WORDS: readonly string[] = [
  'chat', 'chats', 'tweetchat', 'tweetchats', 'host', 'hosts', 'hosting', 'moderator', 'a1', 'a2', 'a3', 't1', 't2', 't3', 'q1', 'q2', 'q3',
];

/** Words of a conference post, for the author's conference tag on a draft with no medical topic. */
export const CONFERENCE_WORDS: readonly string[] = [
  'session', 'sessions', 'plenary', 'keynote', 'poster', 'posters', 'abstract', 'abstracts', 'presenting', 'presented',
  'panel', 'booth', 'conference', 'congress', 'meeting', 'symposium', 'talk', 'talks', 'workshop', 'exhibit', 'hall',
];

/**
 * Kinds of post that colleagues tag with a broad community tag (#MedEd, #FOAMed,
 * #MedStudentTwitter, #AcademicTwitter, #ClinicalTrials): each kind is a feature of the model,
 * raised by any of its phrases (lower case, matched on normalised words).
 */
export const POST_KINDS: Readonly<Record<string, readonly string[]>> = {
  teaching: [
    'pearl', 'pearls', 'teaching point', 'teaching points', 'take-home', 'take home', 'takeaway', 'takeaways', 'mnemonic',
    'tweetorial', 'learning point', 'learning points', 'key points', 'remember', 'pro tip', 'tip', 'tips', 'reminder',
    'myth', 'lesson', 'lessons', 'explained', 'how to', 'approach to', 'don\'t miss', 'do not miss', 'red flags',
    'differential', 'ddx', 'workup', 'teach', 'teaching', 'taught', 'learners', 'trainees', 'interns', 'residents',
    'students', 'med students', 'medical students', 'rotation', 'didactics', 'simulation', 'lecture', 'grand rounds',
    'morning report', 'noon conference', 'case conference', 'm&m', 'morbidity and mortality', 'score', 'criteria', 'rule',
  ],
  question: [
    'which of the following', 'what is the diagnosis', "what's the diagnosis", 'what\'s your diagnosis', 'next best step',
    'next step', 'most likely', 'board question', 'board review', 'quiz', 'poll', 'guess', 'answer', 'answers', 'usmle',
    'step 1', 'step 2', 'boards', 'shelf', 'mcq', 'osce', 'viva', 'exam', 'exams', 'mrcp', 'plab',
  ],
  journal: [
    'journal club', 'paper', 'papers', 'study', 'studies', 'meta-analysis', 'systematic review', 'cohort', 'published',
    'nejm', 'lancet', 'jama', 'bmj', 'preprint', 'abstract', 'methods', 'confidence interval', 'hazard ratio', 'p-value',
  ],
  trial: [
    'trial', 'trials', 'randomized', 'rct', 'phase 3', 'phase iii', 'phase 2', 'primary endpoint', 'endpoint', 'placebo',
    'non-inferior', 'noninferior', 'noninferiority', 'enrollment', 'enrolling', 'participants', 'overall survival',
  ],
  academic: [
    'grant', 'grants', 'r01', 'k award', 'funded', 'funding', 'award', 'awarded', 'promoted', 'promotion', 'tenure',
    'professor', 'associate professor', 'faculty', 'manuscript', 'reviewer', 'peer review', 'accepted', 'publication',
    'first-author', 'first author', 'career', 'mentee', 'mentees', 'mentor', 'mentorship', 'fellowship', 'research',
  ],
  students: [
    'med student', 'med students', 'medical student', 'medical students', 'ms1', 'ms2', 'ms3', 'ms4', 'm3', 'm4',
    'clerkship', 'clerkships', 'match day', 'residency applications', 'eras', 'sub-i', 'sub-internship', 'white coat',
  ],
};

/** Words of a grant, an award or a promotion: news the academic community's tag is for. */
export const CAREER_NEWS_WORDS: readonly string[] = [
  'grant', 'r01', 'k08', 'k23', 'funded', 'award', 'awarded', 'promoted', 'promotion', 'tenure', 'tenured', 'professorship', 'endowed',
];

/** Thread markers: "🧵", "1/", "1/n", "(1/5)". */
export const THREAD_MARKERS: readonly string[] = ['🧵', 'thread', 'a thread', 'tweetorial'];

/**
 * Conference series (the letters of a hashtag such as #ACC25 or #ASCO2026) -> the specialty
 * whose community posts from it.
 */
export const CONFERENCE_SPECIALTY: Readonly<Record<string, string>> = {
  acc: 'cardiology', aha: 'cardiology', esc: 'cardiology', esccongress: 'cardiology', tct: 'cardiology', hrs: 'cardiology',
  asco: 'oncology', esmo: 'oncology', aacr: 'oncology', sabcs: 'oncology', wclc: 'oncology', gucs: 'oncology', ascogu: 'oncology',
  astro: 'radiation oncology', ash: 'hematology', eha: 'hematology', rsna: 'radiology', arrs: 'radiology',
  aan: 'neurology', isc: 'neurology', ean: 'neurology', pas: 'pediatrics', aap: 'pediatrics', aapnce: 'pediatrics',
  acep: 'emergency medicine', saem: 'emergency medicine', smacc: 'critical care', sccm: 'critical care', cccf: 'critical care',
  ats: 'pulmonology', ers: 'pulmonology', chest: 'pulmonology', ddw: 'gastroenterology', ueg: 'gastroenterology',
  aasld: 'hepatology', easl: 'hepatology', kidneywk: 'nephrology', asnkidneyweek: 'nephrology', kidneyweek: 'nephrology',
  era: 'nephrology', ada: 'endocrinology', easd: 'endocrinology', endo: 'endocrinology', idweek: 'infectious disease',
  eccmid: 'infectious disease', escmid: 'infectious disease', croi: 'infectious disease', apa: 'psychiatry',
  uscap: 'pathology', aaos: 'orthopedics', aua: 'urology', acog: 'obstetrics', acs: 'surgery', acscc: 'surgery',
  sages: 'surgery', aahpm: 'palliative care', ags: 'geriatrics', aafp: 'family medicine', acp: 'internal medicine',
  shm: 'internal medicine', acr: 'rheumatology', eular: 'rheumatology', aaaai: 'allergy', aao: 'ophthalmology',
  arvo: 'ophthalmology', asa: 'anesthesiology', anes: 'anesthesiology', apha: 'public health', aamc: 'medical education',
  icre: 'medical education', amee: 'medical education', himss: 'digital health', ashg: 'genetics', acmg: 'genetics',
  aad: 'dermatology',
};
