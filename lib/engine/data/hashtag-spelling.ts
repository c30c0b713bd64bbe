// Spelling variants the hashtag suggester folds together before it matches a word, so a UK,
// Irish, Indian or Australian draft reads like a US one: classes of variants (ae -> e, -our ->
// -or, -tre -> -ter, -ise -> -ize), then a table of abbreviations and regional terms. Data only;
// ../hashtags/normalize.ts applies it. Both the draft and the model's vocabulary pass through it.

/**
 * Substrings rewritten in a word: the Greek and Latin digraphs of British medical spelling.
 * `inner`: only after the word's first letter, so an acronym keeps its letters ("AED" is no "ED").
 */
export const DIGRAPHS: ReadonlyArray<readonly [from: string, to: string, inner?: boolean]> = [
  ['ae', 'e', true], // haemoglobin, anaemia, paediatric, hyperkalaemia, gynaecology, caesarean
  ['oesoph', 'esoph'], // oesophageal
  ['oedem', 'edem'], // oedema
  ['oestr', 'estr'], // oestrogen
  ['oea', 'ea'], // diarrhoea, dyspnoea, apnoea, gonorrhoea
  ['foet', 'fet'], // foetal
  ['coeli', 'celi'], // coeliac
  ['oeuvre', 'euver'], // manoeuvre
];

/** Word endings rewritten when the stem before them is long enough and not an exception. */
export interface EndingRule {
  from: string;
  to: string;
  /** Shortest stem (letters before `from`) the rule applies to. */
  minStem: number;
  /** Whole words the rule leaves alone ("hour", "exercise"). */
  except: readonly string[];
}

export const ENDINGS: readonly EndingRule[] = [
  // tumour, colour, behaviour, labour, favour (hour, four, your, tour, flour are not variants)
  { from: 'ours', to: 'ors', minStem: 3, except: ['detours', 'contours', 'devours'] },
  { from: 'our', to: 'or', minStem: 3, except: ['detour', 'contour', 'devour'] },
  { from: 'ourable', to: 'orable', minStem: 2, except: [] },
  { from: 'ourite', to: 'orite', minStem: 2, except: [] },
  { from: 'oural', to: 'oral', minStem: 3, except: [] },
  // centre, litre, theatre, fibre, calibre
  { from: 'tres', to: 'ters', minStem: 2, except: [] },
  { from: 'tre', to: 'ter', minStem: 2, except: [] },
  { from: 'bre', to: 'ber', minStem: 2, except: [] },
  // randomised, hospitalisation, immunise, analyse, catalogue, programme
  { from: 'isation', to: 'ization', minStem: 2, except: [] },
  { from: 'isations', to: 'izations', minStem: 2, except: [] },
  { from: 'ising', to: 'izing', minStem: 3, except: ['advertising', 'exercising', 'rising', 'surprising', 'promising', 'supervising', 'revising', 'raising', 'praising', 'comprising', 'improvising', 'compromising', 'bruising', 'cruising', 'arising', 'uprising', 'franchising', 'merchandising', 'disguising', 'despising', 'advising', 'devising', 'televising', 'circumcising', 'excising', 'incising'] },
  { from: 'ised', to: 'ized', minStem: 3, except: ['advertised', 'exercised', 'surprised', 'promised', 'supervised', 'revised', 'raised', 'praised', 'comprised', 'improvised', 'compromised', 'bruised', 'cruised', 'poised', 'franchised', 'disguised', 'despised', 'advised', 'devised', 'televised', 'circumcised', 'excised', 'incised', 'premised', 'noised', 'apprised'] },
  { from: 'ises', to: 'izes', minStem: 3, except: ['advertises', 'exercises', 'surprises', 'promises', 'supervises', 'revises', 'raises', 'praises', 'comprises', 'improvises', 'compromises', 'bruises', 'cruises', 'premises', 'noises', 'enterprises', 'franchises', 'disguises', 'despises', 'advises', 'devises', 'expertises', 'excises', 'incises', 'chemises', 'crises', 'arises'] },
  { from: 'ise', to: 'ize', minStem: 3, except: ['advertise', 'exercise', 'surprise', 'promise', 'supervise', 'revise', 'raise', 'praise', 'comprise', 'improvise', 'compromise', 'bruise', 'cruise', 'poise', 'premise', 'noise', 'enterprise', 'franchise', 'merchandise', 'disguise', 'despise', 'advise', 'devise', 'televise', 'expertise', 'otherwise', 'likewise', 'clockwise', 'concise', 'precise', 'excise', 'incise', 'circumcise', 'chemise', 'arise', 'treatise', 'paradise', 'demise', 'reprise'] },
  { from: 'yse', to: 'yze', minStem: 3, except: [] },
  { from: 'ysed', to: 'yzed', minStem: 3, except: [] },
  { from: 'ysing', to: 'yzing', minStem: 3, except: [] },
  { from: 'ogue', to: 'og', minStem: 3, except: ['vogue', 'rogue', 'brogue', 'morgue', 'league', 'fatigue', 'plague', 'tongue', 'vague', 'intrigue', 'synagogue', 'demagogue'] },
  { from: 'ogues', to: 'ogs', minStem: 3, except: ['rogues', 'leagues', 'tongues', 'plagues', 'synagogues'] },
  { from: 'amme', to: 'am', minStem: 3, except: [] },
  { from: 'ammes', to: 'ams', minStem: 3, except: [] },
];

/**
 * Abbreviations, shorthand and regional terms -> the words the ontology and the model use.
 * Keys are single lower-case tokens as the tokenizer gives them; "a&e"-style keys are matched
 * on two letters joined by "&".
 */
export const TERMS: Readonly<Record<string, string>> = {
  // Electrolytes and labs written as shorthand
  hyperk: 'hyperkalemia', hypok: 'hypokalemia', hyperna: 'hypernatremia', hypona: 'hyponatremia',
  hyperca: 'hypercalcemia', hypoca: 'hypocalcemia', hypomag: 'hypomagnesemia', hypophos: 'hypophosphatemia',
  hypoglyc: 'hypoglycemia', hypo: 'hypoglycemia', hgb: 'hemoglobin', hb: 'hemoglobin', trop: 'troponin', trops: 'troponin',
  // Conditions by their abbreviation
  afib: 'atrial fibrillation', 'a-fib': 'atrial fibrillation', af: 'atrial fibrillation', aflutter: 'atrial flutter',
  aki: 'acute kidney injury', ckd: 'chronic kidney disease', esrd: 'end-stage kidney disease', eskd: 'end-stage kidney disease',
  dka: 'diabetic ketoacidosis', hhs: 'hyperosmolar hyperglycemic state', htn: 'hypertension', t2dm: 'type 2 diabetes',
  t1dm: 'type 1 diabetes', dm2: 'type 2 diabetes', t2d: 'type 2 diabetes', t1d: 'type 1 diabetes',
  chf: 'heart failure', hf: 'heart failure', dvt: 'deep vein thrombosis', vte: 'venous thromboembolism',
  uti: 'urinary tract infection', utis: 'urinary tract infection',
  gord: 'gerd', gerd: 'gerd', ibs: 'irritable bowel syndrome', ards: 'acute respiratory distress syndrome',
  sah: 'subarachnoid hemorrhage', ich: 'intracranial hemorrhage', tbi: 'traumatic brain injury', ohca: 'cardiac arrest',
  cva: 'stroke', mi: 'myocardial infarction', acs: 'acute coronary syndrome', copd: 'copd', cxr: 'chest x-ray',
  abx: 'antibiotics', ppi: 'proton pump inhibitor', ppis: 'proton pump inhibitor', nsaid: 'nsaids', bp: 'blood pressure',
  // UK, Irish and Commonwealth words for US ones
  'a&e': 'emergency department', ae: 'emergency department', ed: 'emergency department', er: 'emergency department',
  casualty: 'emergency department', resus: 'resuscitation', theatre: 'operating room', theatres: 'operating room',
  gp: 'primary care', gps: 'primary care', paracetamol: 'acetaminophen', adrenaline: 'epinephrine',
  noradrenaline: 'norepinephrine', salbutamol: 'albuterol', frusemide: 'furosemide', lignocaine: 'lidocaine',
  pethidine: 'meperidine', glibenclamide: 'glyburide', 'co-amoxiclav': 'amoxicillin-clavulanate', mum: 'mom', mums: 'moms',
  nappy: 'diaper', nappies: 'diapers', registrar: 'resident', reg: 'resident', sho: 'resident', fy1: 'intern',
  fy2: 'intern', consultant: 'attending', consultants: 'attending', paeds: 'peds',
  gynae: 'gynecology', 'o&g': 'obgyn', 'l&d': 'labor and delivery', 'ob/gyn': 'obgyn', 'm&m': 'morbidity and mortality',
  'i&d': 'incision and drainage', 'h&p': 'history and physical',
};
