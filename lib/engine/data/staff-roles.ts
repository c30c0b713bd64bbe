// Words before a first name that mark a colleague or staff member, not a patient.
export const STAFF_ROLES: readonly string[] = [
  'dr', 'doctor', 'prof', 'professor', 'nurse', 'rn', 'np', 'pa', 'pa-c', 'ma', 'lpn', 'cna', 'crna', 'resident',
  'intern', 'fellow', 'attending', 'colleague', 'colleagues', 'co-resident', 'coresident', 'mentor', 'mentee', 'chief',
  'chair', 'dean', 'scribe', 'tech', 'technician', 'pharmacist', 'pharmd', 'receptionist', 'manager', 'director',
  'coordinator', 'therapist', 'pt/ot', 'ot', 'slp', 'rt', 'paramedic', 'emt', 'medic', 'student', 'ms1', 'ms2', 'ms3',
  'ms4', 'pgy1', 'pgy2', 'pgy3', 'pgy-1', 'pgy-2', 'pgy-3', 'hospitalist', 'surgeon', 'anesthesiologist', 'radiologist',
  'cardiologist', 'oncologist', 'neurologist', 'pediatrician', 'internist', 'midwife', 'doula', 'chaplain',
  'social', 'worker', 'case', 'secretary', 'clerk', 'assistant', 'admin', 'administrator', 'volunteer', 'ceo', 'cmo',
  'cno', 'president', 'team', 'staff', 'friend', 'co-fellow', 'co-fellows', 'fellows', 'residents', 'author', 'speaker',
  'moderator', 'panelist', 'host', 'keynote', '@', 'host', 'teacher', 'preceptor', 'instructor', 'educator',
];

// Words for local news events: "the Granger Mill fire", "Saturday's crash".
export const EVENT_WORDS: readonly string[] = [
  'fire', 'fires', 'blaze', 'crash', 'collision', 'wreck', 'pileup', 'pile-up', 'shooting', 'shootings', 'stabbing',
  'explosion', 'blast', 'collapse', 'attack', 'mauling', 'outbreak', 'cluster', 'storm', 'tornado', 'hurricane',
  'flood', 'flooding', 'derailment', 'spill', 'leak', 'riot', 'drowning', 'drownings', 'stampede', 'rampage',
  'standoff', 'rollover', 'overdoses', 'poisoning', 'poisonings', 'massacre', 'incident', 'accident', 'bombing',
  'earthquake', 'wildfire', 'landslide', 'avalanche', 'mudslide', 'heatwave', 'crush',
];
