// Derogatory or stigmatising words about patients, with person-first or neutral alternatives.
export interface StigmaEntry {
  term: string;
  preferred: string;
}

export const STIGMA: readonly StigmaEntry[] = [
  { term: 'frequent flyer', preferred: 'patient with frequent visits' },
  { term: 'frequent flyers', preferred: 'patients with frequent visits' },
  { term: 'frequent flier', preferred: 'patient with frequent visits' },
  { term: 'frequent fliers', preferred: 'patients with frequent visits' },
  { term: 'drug seeker', preferred: 'patient asking for pain medicine' },
  { term: 'drug seekers', preferred: 'patients asking for pain medicine' },
  { term: 'drug-seeking', preferred: 'asking for pain medicine' },
  { term: 'drug seeking', preferred: 'asking for pain medicine' },
  { term: 'noncompliant', preferred: 'nonadherent' },
  { term: 'non-compliant', preferred: 'nonadherent' },
  { term: 'noncompliance', preferred: 'nonadherence' },
  { term: 'non-compliance', preferred: 'nonadherence' },
  { term: 'addict', preferred: 'person with a substance use disorder' },
  { term: 'addicts', preferred: 'people with a substance use disorder' },
  { term: 'junkie', preferred: 'person who uses drugs' },
  { term: 'junkies', preferred: 'people who use drugs' },
  { term: 'abuser', preferred: 'person with a substance use disorder' },
  { term: 'substance abuser', preferred: 'person with a substance use disorder' },
  { term: 'alcoholic', preferred: 'person with alcohol use disorder' },
  { term: 'alcoholics', preferred: 'people with alcohol use disorder' },
  { term: 'crackhead', preferred: 'person who uses drugs' },
  { term: 'druggie', preferred: 'person who uses drugs' },
  { term: 'druggies', preferred: 'people who use drugs' },
  { term: 'pill seeker', preferred: 'patient asking for pain medicine' },
  { term: 'pill seekers', preferred: 'patients asking for pain medicine' },
  { term: 'pisshead', preferred: 'person who was drunk' },
  { term: 'pissheads', preferred: 'people who were drunk' },
  { term: 'piss-heads', preferred: 'people who were drunk' },
  { term: 'noncompliants', preferred: 'nonadherent patients' },
  { term: 'hypochondriac', preferred: 'anxious patient' },
  { term: 'hypochondriacs', preferred: 'anxious patients' },
  { term: 'professional patient', preferred: 'patient with frequent visits' },
  { term: 'diabetics', preferred: 'people with diabetes' },
  { term: 'epileptics', preferred: 'people with epilepsy' },
  { term: 'schizophrenics', preferred: 'people with schizophrenia' },
  { term: 'the mentally ill', preferred: 'people with mental illness' },
  { term: 'psycho', preferred: 'person with a mental illness' },
  { term: 'crazy patient', preferred: 'patient in distress' },
  { term: 'gomer', preferred: 'older patient' },
  { term: 'gomers', preferred: 'older patients' },
  { term: 'train wreck', preferred: 'very sick patient' },
  { term: 'trainwreck', preferred: 'very sick patient' },
  { term: 'crock', preferred: 'patient with unexplained symptoms' },
  { term: 'bounceback', preferred: 'readmission' },
  { term: 'bounce-back', preferred: 'readmission' },
  { term: 'obese patient', preferred: 'patient with obesity' },
  { term: 'obese patients', preferred: 'patients with obesity' },
  { term: 'the obese', preferred: 'people with obesity' },
  { term: 'morbidly obese', preferred: 'with severe obesity' },
  { term: 'suffers from', preferred: 'has' },
  { term: 'suffering from', preferred: 'living with' },
  { term: 'wheelchair-bound', preferred: 'uses a wheelchair' },
  { term: 'wheelchair bound', preferred: 'uses a wheelchair' },
  { term: 'confined to a wheelchair', preferred: 'uses a wheelchair' },
  { term: 'committed suicide', preferred: 'died by suicide' },
  { term: 'successful suicide', preferred: 'death by suicide' },
  { term: 'dirty urine', preferred: 'positive urine test' },
  { term: 'illegal alien', preferred: 'immigrant' },
  { term: 'illegals', preferred: 'immigrants' },
  { term: 'hypochondriac', preferred: 'person with health anxiety' },
  { term: 'malingerer', preferred: 'patient whose symptoms are unexplained' },
  { term: 'malingering', preferred: 'with unexplained symptoms' },
  { term: 'sickler', preferred: 'person with sickle cell disease' },
  { term: 'sicklers', preferred: 'people with sickle cell disease' },
];


/**
 * Condition words that label a person when used as a noun ("a diabetic who…", "the epileptic in
 * bed 3") but are fine as adjectives ("diabetic foot care"). The rule checks the words around them.
 */
export const NOUN_LABELS: ReadonlyMap<string, string> = new Map([
  ['diabetic', 'person with diabetes'],
  ['epileptic', 'person with epilepsy'],
  ['schizophrenic', 'person with schizophrenia'],
  ['asthmatic', 'person with asthma'],
  ['anorexic', 'person with anorexia'],
  ['bulimic', 'person with bulimia'],
  ['paraplegic', 'person with paraplegia'],
  ['quadriplegic', 'person with quadriplegia'],
  ['hemophiliac', 'person with hemophilia'],
]);

/** Determiners before a noun label ("a diabetic"). */
export const LABEL_DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'this', 'that', 'every', 'our', 'my', 'another', 'one']);

/** Words after a label that show it is a noun ("a diabetic who…", "the diabetic in bed 3"). */
export const LABEL_NOUN_FOLLOWERS: ReadonlySet<string> = new Set([
  'who', 'is', 'was', 'with', 'in', 'on', 'at', 'and', 'or', 'comes', 'came', 'needs', 'has', 'had', 'should', 'will',
  'would', 'can', 'from', 'for', 'to', 'presents', 'presented', 'walks', 'walked', 'gets', 'got', 'but',
]);
