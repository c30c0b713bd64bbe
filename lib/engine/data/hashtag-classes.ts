// Trigger vocabularies by class, added to the ontology's triggers (../hashtags/index-build.ts):
// the names a specialty's posts use that are not its headline words (lab tests, decision scores,
// drugs, infections, procedures, ward scenes), and the words of vaccine and public-health
// messages in the languages clinicians outside the US post in. Each list is a class of words
// from the field, not the words of particular drafts. Data only.

/** Canonical tag -> lower-case trigger words or short phrases. */
export const CLASS_TRIGGERS: Record<string, readonly string[]> = {
  // Vaccine-preventable diseases and the vaccines' own names.
  '#VaccinesWork': [
    'pertussis', 'whooping cough', 'tetanus', 'diphtheria', 'polio', 'poliomyelitis', 'mumps', 'rubella', 'varicella',
    'chickenpox', 'shingles', 'rotavirus', 'pneumococcal', 'meningococcal', 'hib', 'tdap', 'dtap', 'dtp', 'dtpa', 'mmr',
    'bcg', 'opv', 'ipv', 'hpv vaccine', 'flu vaccine', 'flu jab', 'jab', 'jabs', 'immunisation', 'vaccination',
    'vaccinated', 'unvaccinated', 'vaccinate', 'catch-up', 
    // Spanish, Portuguese, French, Italian, German, Dutch/Afrikaans, Swahili, Welsh, Māori, Filipino, Malay/Indonesian,
    // Yoruba, Hindi, Urdu/Arabic, Chinese/Japanese.
    'vacuna', 'vacunas', 'vacunación', 'vacunarse', 'sarampión', 'vacina', 'vacinas', 'vacinação', 'sarampo', 'vaccin',
    'vaccins', 'rougeole', 'vaccino', 'vaccini', 'morbillo', 'impfung', 'impfen', 'masern', 'inenting', 'entstof',
    'inspuiting', 'griepinspuiting', 'masels', 'chanjo', 'surua', 'brechlyn', 'brechu', 'werohanga', 'bakuna',
    'pagbabakuna', 'vaksin', 'vaksinasi', 'imunisasi', 'àjẹsára', 'टीका', 'टीकाकरण', 'वैक्सीन', 'خسرہ', 'ویکسین',
    'لقاح', 'تطعيم', '疫苗', 'ワクチン', '予防接種',
  ],
  // Infections by name: organisms, tropical and zoonotic diseases, resistant bugs.
  '#IDTwitter': [
    'dengue', 'rabies', 'cholera', 'typhoid', 'ebola', 'zika', 'chikungunya', 'leptospirosis', 'scabies', 'lice',
    'hepatitis a', 'hepatitis b', 'hepatitis c', 'hep b', 'hep c', 'candida auris', 'c auris', 'aspergillosis',
    'aspergillus', 'cryptococcal', 'histoplasmosis', 'meningitis', 'encephalitis', 'esbl', 'cre', 'carbapenem',
    'carbapenemase', 'mdr', 'xdr', 'antifungal', 'antiviral', 'shigella', 'salmonella', 'e coli', 'norovirus',
    'giardia', 'hookworm', 'schistosomiasis', 'leishmaniasis', 'chagas', 'typhus', 'brucellosis', 'q fever',
    'tularemia', 'plague', 'anthrax', 'botulism', 'listeria', 'toxoplasmosis', 'strongyloides', 'helminths', 'worms',
    'mosquito', 'mosquitoes', 'bat', 'bitten', 'tick bite', 'bullseye', 'erythema migrans', 'ivermectin', 'doxycycline',
    'azithromycin', 'cefazolin', 'meropenem', 'gentamicin', 'metronidazole', 'fluconazole', 'oseltamivir', 'tamiflu',
    'paxlovid', 'sars-cov-2', 'pathogen', 'pathogens', 'septic', 'abscess', 'culture', 'cultures',
    'blood cultures', 'gram stain', 'gram-negative', 'gram-positive', 'strep', 'staph', 'pseudomonas', 'klebsiella',
    'pneumonia', 'empyema', 'endocarditis', 'janeway', 'osler nodes', 'splinter hemorrhages', 'leprosy', 'hansen',
  ],
  // Public-health messages: agencies, counts, campaigns, in English and the languages above.
  '#PublicHealth': [
    'health dept', 'ministry of health', 'health ministry', 'the ministry', 'notifications', 'notifiable', 'cases',
    'confirmed cases', 'suspected cases', 'case count', 'per 100,000', 'serosurvey', 'seroprevalence', 'cohort',
    'surveillance', 'heatwave', 'heatstroke', 'fogging', 'breeding sites', 'stagnant water', 'clean water',
    'sanitation', 'handwashing', 'mmwr', 'unicef', 'nhs', 'ukhsa', 'phac', 'campaign', 'free of charge',
    'free', 'clinic near you', 'health centre', 'health center', 'health centres', 'health centers',
    'salud', 'salud pública', 'centro de salud', 'saúde', 'unidade básica de saúde', 'ubs', 'santé', 'santé publique',
    'gesundheit', 'afya', 'kituo cha afya', 'kliniek', 'iechyd', 'hauora', 'kalusugan', 'kesehatan', 'puskesmas',
    'स्वास्थ्य', 'अस्पताल', 'डेंगू', 'बुखार', 'صحت', 'ہسپتال', 'ڈینگی', 'بخار', 'صحة', 'مستشفى', 'டெங்கு',
    'காய்ச்சல்', 'மருத்துவமனை', '保健所', '公衆衛生', '卫生', '健康',
  ],
  // Kidney: electrolytes and lab names, as written in notes ("Na 128", "K 7.1").
  '#NephTwitter': [
    'na', 'k', 'hyperk', 'hypok', 'hypernatremia', 'hypokalemia', 'hypercalcemia', 'hypocalcemia', 'hypomagnesemia',
    'bicarb', 'bicarbonate', 'acidosis', 'alkalosis', 'anion gap', 'osmolality', 'siadh', 'ods', 'osmotic demyelination',
    'cr', 'bun', 'urea', 'hematuria', 'glomerular', 'iga nephropathy', 'psgn', 'alport', 'goodpasture', 'hus',
    'rhabdo', 'rhabdomyolysis', 'nephritis', 'nephropathy', 'gitelman', 'bartter', 'thiazide', 'furosemide', 'loop diuretic',
    'diuretic', 'diuretics', 'renal failure', 'kidney injury', 'kidney failure', 'transplant nephrology', 'uremia',
  ],
  '#HemOnc': [
    'hb', 'hgb', 'haemoglobin', 'hemoglobin', 'platelets', 'plt', 'inr', 'ferritin', 'iron deficiency', 'b12',
    'hemolysis', 'schistocytes', 'ttp', 'itp', 'dic', 'heparin', 'hit', 'dvt', 'clot', 'clots', 'coagulopathy',
    'neutropenia', 'neutropenic', 'sickle cell', 'thalassemia', 'hemophilia', 'myeloma', 'leukaemia', 'lymphoma',
  ],
  '#Hepatology': [
    'lfts', 'alt', 'ast', 'bilirubin', 'jaundice', 'ascites', 'varices', 'encephalopathy', 'meld', 'child-pugh',
    'paracentesis', 'hcc', 'fatty liver', 'nafld', 'masld', 'nash', 'alcoholic hepatitis', 'acetaminophen',
    'paracetamol', 'acute liver failure', 'liver transplant', 'hepatitis',
  ],
  '#CardioTwitter': [
    'qt', 'long qt', 'brugada', 'wpw', 'vf', 'vt', 'torsades', 'av block', 'heart block', 'lbbb', 'rbbb', 
    'st depression', 'wellens', 'de winter', 'sgarbossa', 'chads', 'has-bled', 'timi', 'grace score',
    'heart score', 'dissection', 'aortic dissection', 'tamponade', 'pericardial', 'endocarditis', 'digoxin',
    'amiodarone', 'adenosine', 'cardioversion', 'defibrillation', 'hcm', 'hocm', 'stethoscope', 'auscultation',
  ],
  '#EMTwitter': [
    'ed', 'resus', 'bay', 'triage', 'ambo', 'ambos', 'medics', 'ems', 'c-collar', 'c-collars', 'cervical spine',
    'c-spine', 'nexus', 'canadian ct head', 'pecarn', 'perc', 'wells', 'd-dimer', 'ottawa', 'foreign body',
    'ingestion', 'ingested', 'bitten', 'snakebite', 'anaphylaxis', 'hypothermia', 'frostbite', 'drowning', 'seized',
    'status', 'tox', 'toxidrome', 'overdose', 'od', 'lac', 'lac repair', 'splint', 'reduction', 'x-ray', 'walk-in',
    'hemorrhage control', 'tourniquet', 'massive transfusion', 'golden hour', 'trauma', 'gcs', 'ct head', 'mva', 'rta',
  ],
  '#FOAMcc': [
    'ttm', 'targeted temperature', 'normothermia', 'fluids', 'restrictive fluids', 'vasopressin', 'lactate',
    'mean arterial pressure', 'map', 'peep', 'fio2', 'tidal volume', 'ards', 'proning', 'prone', 'ecmo', 'rosc',
    'post-arrest', 'sofa', 'qsofa', 'apache', 'septic shock', 'shock', 'pressors', 'a-line', 'central line', 'vent',
    'ventilated', 'sedation', 'delirium', 'icu', 'itu', 'hdu', 'critical care', 'intensive care', 'bypass', 
  ],
  '#CritCare': [
    'ttm', 'normothermia', 'lactate', 'peep', 'fio2', 'ards', 'proning', 'rosc', 'sofa', 'qsofa', 'apache', 'itu', 'hdu',
    'septic shock', 'vasopressin', 'central line', 'a-line', 'mechanical ventilation', 'ventilated', 'flail chest',
  ],
  '#Pediatrics': [
    'toddler', 'infant', 'infants', 'newborn', 'newborns', 'baby', 'babies', 'kid', 'child', 'paeds', 'peds', 'paediatric',
    'paediatrics', 'croup', 'bronchiolitis', 'kawasaki', 'febrile seizure', 'intussusception', 'pyloric stenosis',
    'well-child', 'school physicals', 'sports physicals', 'safe sleep', 'sids', 'car seat', 'car seats',
    'growth', 'milestones', 'teething', 'colic', 'nappy', 'diaper', 'pediatra', 'pédiatre', 'niños', 'crianças', 'enfants',
    'mg/kg', 'jaundice', 'formula', 'breastfeeding', 'kids',
  ],
  '#Geriatrics': [
    'elderly', 'older adult', 'older adults', 'older patients', 'frail', 'frailty', 'falls', 'fall', 'delirium',
    'dementia', 'memory care', 'nursing home', 'care home', 'assisted living', 'long-term care', 'polypharmacy',
    'deprescribing', 'beers criteria', 'centenarian', 'nonagenarian', 'octogenarian', 'grandmother', 'grandfather',
    'retired', 'aged care', 'hip fracture', 'sarcopenia', 
  ],
  '#Nursing': [
    'nurse', 'nurses', 'nursing', 'rn', 'rns', 'lpn', 'np', 'charge nurse', 'night nurse', 'ward sister', 'sister',
    'matron', 'midwife', 'midwives', 'bedside nurse', 'shift handover', 'handover', 
    'rounding', 'nurse line', 'nurse practitioner', 'cna', 'nursing student', 'nursing students',
  ],
  '#HPM': [
    'died', 'passed', 'passed away', 'dying', 'death', 'end of life', 'comfort', 'comfort care',
    'hospice', 'palliative', 'goals of care', 'dnr', 'dnacpr', 'family meeting', 'bereavement', 'grief', 'morphine',
    'terminal', 'terminally ill', 'prognosis', 'advance directive', 'serious illness', 
  ],
  '#SurgTwitter': [
    'surgeon', 'surgeons', 'surgical', 'theatre', 'theatres', 'operating room', 'the or', 'scrubbed', 'scrub',
    'laparotomy', 'laparoscopy', 'laparoscopic', 'appendectomy', 'appendicectomy', 'cholecystectomy', 'colectomy',
    'hernia', 'stoma', 'anastomosis', 'whipple procedure', 'resection', 'flail chest',
    'rib fixation', 'ssrf', 'post-op', 'postop', 'pre-op', 
    'necrotizing fasciitis', 'debridement', 'amputation', 'trauma surgeon', 'general surgery', 'acute abdomen',
  ],
  '#GITwitter': [
    'oesophagus', 'esophagus', 'esophageal', 'oesophageal', 'dysphagia', 'food bolus', 'scope', 'scoped',
    'ogd', 'egd', 'upper gi', 'gi bleed', 'melena', 'hematemesis', 'constipation', 'fiber', 'fibre', 'bowel',
    'pancreatitis', 'gallstones', 'celiac', 'coeliac', 'h pylori', 'ulcer', 'peptic ulcer', 'ppi', 'colon', 'ibd',
  ],
  '#SportsMedicine': [
    'athlete', 'athletes', 'sport', 'sports', 'marathon', 'runner', 'runners', 'running', 'football', 'soccer',
    'rugby', 'volleyball', 'basketball', 'hockey', 'olympic', 'olympian', 
    'injury rates', 'return to play', 'acl', 'rotator cuff', 'shoulder surgery', 'sprain', 'concussion', 'rehab',
  ],
  '#MentalHealth': [
    '988', 'helpline', 'crisis line', 'lifeline', 'samaritans', 'suicide', 'suicidal',
    'self-harm', 'depression', 'anxiety', 'sober', 'sobriety', 'recovery', 'addiction', 'counselling', 'counseling',
  ],
  '#SuicidePrevention': ['988', 'helpline', 'crisis line', 'lifeline', 'samaritans', 'suicide', 'suicidal', 'self-harm'],
  '#PatientSafety': [
    'datix', 'incident report', 'duty of candour', 'duty of candor', 'never event', 'wrong site',
    'medication error', 'near miss', 'm&m', 'root cause', 'rca', 'falls', 'handwashing', 'hand hygiene',
  ],
  '#Dermatology': [
    'rash', 'vesicles', 'dyshidrotic', 'contact dermatitis', 'eczema', 'psoriasis', 'molluscum', 'impetigo', 'scabies',
    'hidradenitis', 'acne', 'rosacea', 'urticaria', 'heliotrope', 'nevus', 'skin', 'derm', 'biopsy', 'lesion',
  ],
  '#Ophthalmology': [
    'pupil', 'pupils', 'light-near dissociation', 'argyll robertson', 'adie', 'fundoscopy', 'papilledema', 'retinal',
    'red eye', 'vision', 'visual', 'glaucoma', 'cataract', 'conjunctivitis', 'uveitis', 'optic neuritis',
  ],
  '#MedStudentTwitter': [
    'm1', 'm2', 'm3', 'm4', 'ms3', 'ms4', 'med student', 'med students', 'medical student', 'medical students',
    'clerkship', 'rotation', 'sub-i', 'shelf', 'shelf exam', 'viva', 'osce', 'finals', 'match', 'the match',
    'anatomy', 'cadaver', 'study', 'studying',
  ],
  '#HealthPolicy': [
    'senator', 'senate', 'congress', 'parliament', 'mp', 'minister', 'legislation', 'bill', 'law', 'policy',
    'reimbursement', 'medicare', 'medicaid', 'payment', 'fee schedule', 'coding', 'billing', 'insurers',
    'salary', 'pay', 'funding', 'budget', 'nhs funding', 'waiting list', 'waiting lists',
  ],
  '#PrimaryCare': [
    'gp', 'gps', 'general practice', 'family doctor', 'pcp', 'primary care', 'annual physical', 'well visit',
    'surgery hours', 'appointment', 'appointments', 'sore throat', 'centor', 'mcisaac', 'feverpain', 'referral',
  ],
  '#MedEd': [
    'sens', 'spec', 'sensitivity', 'specificity', 'ppv', 'npv', 'likelihood ratio', 'pretest', 'pre-test', 'nnt', 'nnh',
    'kaplan-meier', 'forest plot', 'hazard ratio', 'odds ratio', 'relative risk', 'absolute risk', 'confidence interval',
    'heterogeneity', 'bias', 'lead-time bias', 'confounding', 'censored', 'rmst', 'intention-to-treat', 'ebm', 'pmid',
    'sim', 'sim centre', 'sim center', 'mannequin', 'manikin', 'recert', 'acls', 'bls', 
    'pathognomonic', 'classic', 'vs', 'versus', 'pearl', 'quiz', 'history of medicine', 'named after',
  ],
  '#FOAMed': [
    'sens', 'spec', 'ppv', 'npv', 'likelihood ratio', 'kaplan-meier', 'forest plot', 'hazard ratio', 'confidence interval',
    'age-adjusted', 'cutoff', 'rule out', 'rule in', 'pathognomonic', 'thiamine', 'wernicke', 'triad', 'perc', 'wells',
    'ddx', 'don\'t anchor', 'anchoring', 'next step', 'dose', 'mg/kg',
  ],
  '#WomenInMedicine': [
    'first woman', 'first female', 'first women', 'women in medicine', 'international women\'s day', 'female physicians',
    'woman physician', 'gender gap', 'pay gap', 
  ],
};

/**
 * Words of the lists above that are everyday words too: they add to a tag once the draft is
 * medical, but never make a draft medical by themselves.
 */
export const CLASS_CONTEXT_WORDS: readonly string[] = [
  'jab', 'jabs', 'free', 'cases', 'campaign', 'notifications', 'cohort', 'the ministry', 'catch-up', 
  'free of charge', 'clinic near you', 'k', 'na', 'cr', 'bay', 'status', 'seized', 'map', 'prone', 'bypass', 'fluids',
  'hit', 'clot', 'clots', 'passed', 'passed away', 'died', 'death', 'comfort', 
  'terminal', 'scope', 'scoped', 'fiber', 'fibre', 'colon', 'ulcer', 'sport', 'sports', 'marathon', 'runner', 'runners',
  'running', 'football', 'soccer', 'rugby', 'volleyball', 'basketball', 'hockey', 'olympic', 'olympian', 
  'rehab', 'recovery', 'sober', 'sobriety', 'm1', 'm2', 'm3', 'm4', 'match', 'the match',
  'study', 'studying', 'anatomy', 'finals', 'senator', 'senate', 'congress',
  'parliament', 'mp', 'minister', 'legislation', 'bill', 'law', 'policy', 'salary', 'pay', 'funding',
  'budget', 'coding', 'billing', 'appointment', 'appointments', 'waiting list', 'waiting lists', 'surgery hours',
  'referral', 'sens', 'spec', 'bias', 'sim', 'classic', 'vs', 'versus', 'named after', 
  'dose', 'next step', 'cutoff', 'rule out', 'rule in', 'first woman', 'first female', 'first women', 'pay gap',
  'gender gap', 'bat', 'bitten', 'mosquito', 'mosquitoes', 'worms', 'lice', 'plague', 'culture', 'fever', 'kid',
  'child', 'baby', 'babies', 'growth', 'formula', 'kids', 'car seat', 'car seats', 'infant', 'infants', 'newborn',
  'newborns', 'elderly', 'fall', 'falls', 'retired', 'grandmother', 'grandfather', 'sister', 'matron', 'rounding',
  'handover', 'scrub', 'theatre', 'theatres', 'vision', 'visual', 'skin', 'rash', 'lesion',
  'bowel', 'od', 'lac', 'pupil', 'pupils', 'tox', 'medics', 'ambo', 'ambos', 'walk-in', 'trauma',
  'sport', 'np', 'rn', 'rns', 'triad', 'anchoring', "don't anchor", 'health centre',
  'health center', 'health centres', 'health centers', 'clean water', 'sanitation', 'handwashing', 'surveillance',
  'salud', 'saúde', 'santé', 'gesundheit', 'afya', 'kliniek', 'iechyd', 'hauora', 'kalusugan', 'kesehatan', 'स्वास्थ्य',
  'अस्पताल', 'صحت', 'ہسپتال', 'صحة', 'مستشفى', 'மருத்துவமனை', '健康', '卫生', 'nhs', 'ubs', 'stethoscope', 'audit', 'levels', 'interaction', 'interactions', 'dex', 'acr', 'spacer', 'ors', 'pps', 'mse',
  'cfs', 'saps', 'katz', 'plex', 'dsm', 'ctg', 'iop', 'percentile', 'dosing', 'trough', 'rig', 'dispatch', 'dispatched',
  'scene', 'on scene', 'crew', 'transport', 'transported', 'eta', 'stretcher', 'field', 'lights and sirens', 'operative',
  'first assist', 'in the or', 'step by step', 'scrub in', 'walk through', 'step 1', 'part 1', 'a thread', 'thread',
  'first day', 'first week', 'first night', 'changeover', 'advice for', 'tip for', 'tips for', "don't be afraid",
  'ask for help', 'call your senior', 'call your attending', 'doc', 'docs', 'colleague', 'colleagues', 'healthcare',
  'health care', 'clinic today', 'our patients', 'narrow', 'duration', 'shorter course', 'viral', 'resistance', 'majors',
  'minors', 'casualty', 'trolley', 'trolleys', 'the take', 'boarders', 'outliers', 'intern', 'internship', 'sister', 'obs',
  'sats', 'bank shift', 'bank shifts', 'mmi', 'septic', 'heatwave', 'unicef', 'bun', 'nash', 'meld', 'vt', 'chads', 'nexus', 'wells', 'ottawa', 'golden hour', 'diaper', 'nappy', '988', 'lifeline', 'viva', 'gps', 'mannequin', 'censored', 'international women\'s day', 'moca', 'epworth', 'rockall', 'ranson', 'west haven', 'sofa', 'apache', 'sirs', 'pews', 'tanner', 'westley', 'beers', 'padua', 'stage 4', 'braden', 'mews', 'alvarado', 'fitzpatrick', 'surprise question', 'compounding', 'framingham', 'caprini', 'bcg', 'cancer', 'gratis', 'gratuito', 'gratuita', 'gratuit', 'bure', 'campaña',
  'campanha', 'campagne', 'kinga', 'मुफ़्त', 'मुफ्त', 'niño', 'niña', 'bebé', 'bebê', 'criança', 'enfant', 'bébé', 'watoto',
  'mtoto', 'बच्चे', 'बच्चों', 'homa', 'sukari', 'corazón', 'coração', 'cœur', 'हृदय', 'casos', 'brote', 'grippe',
];

/**
 * Decision scores, staging systems and named tests, by the community that uses them: a post that
 * names one is about that field even when it names no disease.
 */
export const SCORE_TRIGGERS: Record<string, readonly string[]> = {
  '#CardioTwitter': ['cha2ds2-vasc', 'chads2', 'has-bled', 'heart score', 'timi', 'killip', 'nyha', 'duke criteria', 'framingham', 'ascvd', 'qrisk', 'sgarbossa'],
  '#EMTwitter': ['wells score', 'perc', 'geneva score', 'nexus', 'canadian c-spine', 'canadian ct head', 'ottawa ankle', 'ottawa knee', 'pecarn', 'gcs', 'glasgow coma scale', 'san francisco syncope', 'abcd2', 'hear score', 'fast exam', 'efast', 'revised trauma score'],
  '#NeuroTwitter': ['nihss', 'abcd2', 'modified rankin', 'edss', 'gcs', 'moca', 'mmse', 'hunt and hess', 'fisher grade', 'ich score'],
  '#PulmTwitter': ['curb-65', 'crb-65', 'pesi', 'spesi', 'mmrc', 'cat score', 'gold stage', 'fev1', 'fvc', 'dlco', 'stop-bang', 'epworth'],
  '#GITwitter': ['glasgow-blatchford', 'blatchford', 'rockall', 'ranson', 'bisap', 'mayo score', 'harvey-bradshaw', 'rome iv', 'bristol stool'],
  '#Hepatology': ['meld', 'meld-na', 'child-pugh', 'maddrey', 'fib-4', 'fibroscan', 'west haven', 'lille score'],
  '#CritCare': ['sofa', 'qsofa', 'apache', 'apache ii', 'saps', 'rass', 'cam-icu', 'sirs', 'news2', 'pews', 'lactate clearance'],
  '#OBGYN': ['apgar', 'bishop score', 'ctg', 'nst', 'biophysical profile', 'gravida', 'g1p0', 'g2p1', 'efw', 'bpp'],
  '#Pediatrics': ['apgar', 'tanner', 'pews', 'westley', 'growth chart', 'percentile', 'mg/kg', 'weight-based'],
  '#PsychTwitter': ['phq-9', 'phq9', 'gad-7', 'gad7', 'audit-c', 'ciwa', 'c-ssrs', 'mse', 'dsm-5', 'dsm'],
  '#Geriatrics': ['mmse', 'moca', 'clinical frailty scale', 'cfs', 'timed up and go', 'katz', 'adls', 'iadls', 'beers'],
  '#Thrombosis': ['caprini', 'padua', 'wells score', 'khorana', 'd-dimer', '4ts', 'hit'],
  '#NephTwitter': ['kdigo', 'egfr', 'acr', 'uacr', 'fena', 'feurea', 'ckd-epi', 'urine sodium', 'urine osm'],
  '#OncTwitter': ['ecog', 'recist', 'tnm', 'karnofsky', 'oncotype', 'stage iv', 'stage 4', 'stage iii'],
  '#RheumTwitter': ['das28', 'cdai', 'sledai', 'eular', 'acr criteria', 'schober', 'anti-ccp', 'anti-dsdna', 'esr', 'crp'],
  '#AnesTwitter': ['asa class', 'asa grade', 'mallampati', 'cormack-lehane', 'stop-bang', 'bis'],
  '#Nursing': ['braden', 'braden scale', 'early warning score', 'mews'],
  '#PrimaryCare': ['centor', 'mcisaac', 'feverpain', 'qrisk', 'ascvd', 'phq-9', 'audit'],
  '#SurgTwitter': ['alvarado', 'air score', 'clavien-dindo', 'asa class', 'aast grade'],
  '#Ophthalmology': ['snellen', 'visual acuity', 'iop', 'slit lamp', 'fundoscopy'],
  '#Dermatology': ['pasi', 'easi', 'scorad', 'abcde', 'breslow', 'fitzpatrick'],
  '#HPM': ['ppsv2', 'pps', 'spict', 'surprise question', 'esas'],
};

/** Drugs by the community whose posts name them (generic names; brand names where common). */
export const DRUG_TRIGGERS: Record<string, readonly string[]> = {
  '#CardioTwitter': ['aspirin', 'clopidogrel', 'ticagrelor', 'prasugrel', 'atorvastatin', 'rosuvastatin', 'metoprolol', 'bisoprolol', 'carvedilol', 'spironolactone', 'eplerenone', 'entresto', 'dapagliflozin', 'empagliflozin', 'ivabradine', 'digoxin', 'amiodarone', 'dofetilide', 'flecainide', 'nitroglycerin', 'gtn', 'heparin', 'dabigatran', 'edoxaban'],
  '#EMTwitter': ['ketamine', 'etomidate', 'rocuronium', 'succinylcholine', 'sux', 'naloxone', 'narcan', 'activated charcoal', 'txa', 'tranexamic acid', 'epinephrine', 'adrenaline', 'droperidol', 'haloperidol', 'lorazepam', 'midazolam'],
  '#CritCare': ['norepinephrine', 'noradrenaline', 'vasopressin', 'phenylephrine', 'dobutamine', 'milrinone', 'propofol', 'dexmedetomidine', 'precedex', 'fentanyl', 'cisatracurium', 'hydrocortisone', 'albumin', 'balanced crystalloids', 'lactated ringer', 'normal saline'],
  '#IDTwitter': ['amoxicillin', 'augmentin', 'co-amoxiclav', 'cephalexin', 'ceftriaxone', 'cefepime', 'zosyn', 'pip-tazo', 'piperacillin', 'linezolid', 'daptomycin', 'nitrofurantoin', 'trimethoprim', 'bactrim', 'ciprofloxacin', 'levofloxacin', 'clindamycin', 'rifampin', 'isoniazid', 'acyclovir', 'valacyclovir', 'remdesivir', 'antiretroviral', 'biktarvy', 'truvada', 'cabotegravir'],
  '#EndoTwitter': ['levothyroxine', 'methimazole', 'carbimazole', 'hydrocortisone', 'fludrocortisone', 'insulin glargine', 'glargine', 'lispro', 'aspart', 'degludec', 'sitagliptin', 'gliclazide', 'glipizide', 'pioglitazone', 'liraglutide', 'dulaglutide', 'denosumab', 'alendronate', 'zoledronic acid'],
  '#PsychTwitter': ['escitalopram', 'citalopram', 'paroxetine', 'venlafaxine', 'duloxetine', 'mirtazapine', 'bupropion', 'trazodone', 'quetiapine', 'olanzapine', 'risperidone', 'aripiprazole', 'haloperidol', 'lamotrigine', 'valproate', 'buprenorphine', 'methadone', 'naltrexone', 'ketamine', 'esketamine', 'adderall', 'methylphenidate'],
  '#NeuroTwitter': ['levetiracetam', 'phenytoin', 'fosphenytoin', 'carbamazepine', 'lamotrigine', 'valproate', 'lacosamide', 'sumatriptan', 'triptans', 'cgrp', 'levodopa', 'carbidopa', 'donepezil', 'memantine', 'lecanemab', 'donanemab', 'ocrelizumab', 'natalizumab', 'ivig', 'plasmapheresis', 'plex', 'alteplase'],
  '#RheumTwitter': ['prednisone', 'prednisolone', 'colchicine', 'allopurinol', 'febuxostat', 'sulfasalazine', 'leflunomide', 'adalimumab', 'humira', 'etanercept', 'infliximab', 'rituximab', 'tocilizumab', 'tofacitinib', 'baricitinib', 'upadacitinib', 'belimumab', 'anifrolumab', 'mycophenolate', 'azathioprine', 'cyclophosphamide'],
  '#GITwitter': ['omeprazole', 'pantoprazole', 'ppi', 'ppis', 'lactulose', 'rifaximin', 'mesalamine', 'vedolizumab', 'ustekinumab', 'budesonide', 'loperamide', 'ondansetron', 'linaclotide', 'polyethylene glycol', 'miralax'],
  '#OncTwitter': ['atezolizumab', 'durvalumab', 'ipilimumab', 'trastuzumab', 'pertuzumab', 'enhertu', 'bevacizumab', 'cetuximab', 'osimertinib', 'carboplatin', 'cisplatin', 'paclitaxel', 'docetaxel', 'folfox', 'folfirinox', 'capecitabine', '5-fu', 'olaparib', 'palbociclib', 'ribociclib', 'letrozole', 'anastrozole', 'venetoclax', 'ibrutinib', 'blinatumomab', 'teclistamab'],
  '#PulmTwitter': ['albuterol', 'ipratropium', 'tiotropium', 'budesonide-formoterol', 'symbicort', 'fluticasone', 'montelukast', 'ics', 'laba', 'lama', 'nintedanib', 'pirfenidone', 'dupilumab', 'mepolizumab', 'benralizumab', 'azithromycin'],
  '#NephTwitter': ['furosemide', 'bumetanide', 'torsemide', 'acetazolamide', 'metolazone', 'patiromer', 'lokelma', 'kayexalate', 'calcium gluconate', 'sodium bicarbonate', 'tolvaptan', 'finerenone', 'epo', 'erythropoietin', 'sevelamer', 'tacrolimus', 'cyclosporine'],
  '#OBGYN': ['oxytocin', 'pitocin', 'misoprostol', 'mifepristone', 'magnesium sulfate', 'mag sulfate', 'labetalol', 'nifedipine', 'betamethasone', 'progesterone', 'letrozole', 'clomiphene', 'levonorgestrel', 'folic acid'],
  '#Pediatrics': ['amoxicillin suspension', 'dexamethasone', 'dex', 'ors', 'oral rehydration', 'vitamin d drops', 'iron drops', 'nebulizer', 'spacer', 'epipen jr'],
  '#HPM': ['morphine', 'hydromorphone', 'oxycodone', 'glycopyrrolate', 'haloperidol', 'midazolam', 'syringe driver', 'subcut', 'pca', 'methadone'],
  '#AnesTwitter': ['propofol', 'sevoflurane', 'desflurane', 'sugammadex', 'neostigmine', 'rocuronium', 'bupivacaine', 'lidocaine', 'ropivacaine', 'spinal', 'epidural', 'ett', 'lma', 'glidescope', 'videolaryngoscope'],
  '#PharmTwitter': ['pharmacist', 'pharmacists', 'pharmacy', 'dispensing', 'formulary', 'drug shortage', 'drug shortages', 'interaction', 'interactions', 'dosing', 'renal dosing', 'tdm', 'levels', 'trough', 'vanc trough', 'compounding', 'med rec', 'medication reconciliation'],
};

/** More words of a few tags the ontology lists only by their headline words. */
export const FIELD_TRIGGERS: Record<string, readonly string[]> = {
  '#FOAMems': [
    'ems', 'paramedic', 'paramedics', 'prehospital', 'pre-hospital', 'medic', 'medics', 'ambulance', 'ambulances', 'rig',
    'dispatch', 'dispatched', '911 call', 'on scene', 'scene', 'crew', 'extrication', 'transport', 'transported', 'eta',
    'emt', 'emts', 'first responder', 'first responders', 'bls', 'stretcher', 'lights and sirens', 'field',
  ],
  '#SurgEd': [
    'surgical resident', 'surgical residents', 'surgery residents', 'surgical training', 'surgical education', 'operative',
    'skills lab', 'suturing', 'knot tying', 'laparoscopic skills', 'case log', 'case logs', 'chief resident', 'pgy',
    'scrub in', 'first assist', 'attending surgeon', 'in the or', 'step by step',
  ],
  '#Tweetorial': ['a thread', 'thread', 'tweetorial', 'let\'s walk through', 'walk through', 'step 1', 'part 1'],
  '#TipsForNewDocs': [
    'new interns', 'intern year', 'new doctors', 'new docs', 'first day', 'first week', 'first night', 'first on-call',
    'foundation doctors', 'fy1', 'fy1s', 'pgy-1', 'pgy1', 'july 1', 'august changeover', 'changeover', 'starting residency',
    'advice for', 'tip for', 'tips for', 'don\'t be afraid', 'ask for help', 'call your senior', 'call your attending',
  ],
  '#MedTwitter': [
    'on call', 'post-call', 'night shift', 'the wards', 'clinic today', 'my patient', 'my patients', 'our patients',
    'colleague', 'colleagues', 'doc', 'docs', 'doctor', 'physician', 'hospital', 'medicine', 'healthcare', 'health care',
  ],
  // Hospital words of the UK, Ireland, India, Africa and Australia/NZ for the same fields.
  '#EMTwitter': ['majors', 'minors', 'casualty', 'resus bay', 'paeds ed', 'ed consultant', 'ed reg', 'em reg', 'ambo', 'ambos', 'trolley', 'trolleys', 'corridor care', '4-hour target', 'four-hour target', 'triage nurse'],
  '#HospitalMedicine': ['on-take', 'on take', 'medical take', 'the take', 'post-take', 'ward round', 'ward rounds', 'clerking', 'clerked', 'tto', 'ttos', 'discharge letter', 'bed manager', 'bed crisis', 'boarders', 'outliers', 'acute medicine', 'amu', 'mau'],
  '#MedStudentTwitter': ['mbbs', 'neet', 'neet pg', 'usmle step', 'plab', 'med school', 'medical school', 'houseman', 'housemanship', 'internship', 'intern', 'fy1', 'ukmla', 'ucat', 'mmi'],
  '#PrimaryCare': ['gp surgery', 'general practitioner', 'practice nurse', 'opd', 'outpatient department', 'bulk-billing', 'bulk billing', 'family doc', 'family physician', 'ohip', 'qof', 'ten-minute appointment', '10-minute appointment'],
  '#Nursing': ['staff nurse', 'ward nurse', 'sister', 'charge nurse', 'nhs nurses', 'agency nurse', 'bank shift', 'bank shifts', 'obs', 'sats', 'cannula', 'cannulas', 'pressure area care'],
  '#AntimicrobialStewardship': [
    'stewardship', 'antibiotic stewardship', 'antimicrobial stewardship', 'de-escalate', 'de-escalation', 'iv to po',
    'iv-to-po', 'narrow', 'narrow-spectrum', 'broad-spectrum', 'duration', 'shorter course', 'days of therapy',
    'antibiotic duration', 'resistance', 'amr', 'c diff', 'unnecessary antibiotics', 'viral', 'antibiogram',
  ],
};

/**
 * Health words of Spanish, Portuguese, French, Swahili and Hindi posts (clinic and public-health
 * accounts post in the local language), by the tag of their field.
 */
export const LOCAL_LANGUAGE_TRIGGERS: Record<string, readonly string[]> = {
  '#MaternalHealth': ['embarazo', 'embarazada', 'embarazadas', 'prenatal', 'control prenatal', 'gestante', 'gestantes', 'gestação', 'pré-natal', 'grossesse', 'enceinte', 'enceintes', 'ujauzito', 'mjamzito', 'wajawazito', 'गर्भवती', 'प्रसव'],
  '#BreastCancer': ['cáncer de mama', 'mamografía', 'mamografia', 'câncer de mama', 'cancer du sein', 'mammographie', 'outubro rosa', 'octubre rosa', 'octobre rose', 'स्तन कैंसर'],
  '#OncTwitter': ['cáncer', 'câncer', 'cancer', 'saratani', 'कैंसर', 'oncología', 'oncologia', 'oncologie'],
  '#Diabetes': ['diabetes', 'diabète', 'diabético', 'diabética', 'kisukari', 'मधुमेह', 'sukari'],
  '#CardioTwitter': ['corazón', 'coração', 'cœur', 'infarto', 'hipertensión', 'hipertensão', 'हृदय', 'दिल का दौरा'],
  '#MentalHealth': ['salud mental', 'saúde mental', 'santé mentale', 'afya ya akili', 'मानसिक स्वास्थ्य', 'depresión', 'depressão', 'ansiedad', 'ansiedade'],
  '#IDTwitter': ['paludismo', 'malaria', 'paludisme', 'tuberculosis', 'tuberculose', 'kifua kikuu', 'टीबी', 'तपेदिक', 'vih', 'ukimwi', 'virusi vya ukimwi', 'dengue', 'fièvre', 'fiebre', 'febre', 'homa'],
  '#Pediatrics': ['niño', 'niña', 'bebé', 'bebê', 'criança', 'enfant', 'bébé', 'watoto', 'mtoto', 'बच्चे', 'बच्चों', 'शिशु', 'pediatría', 'pediatria', 'pédiatrie'],
  '#PublicHealth': ['prevención', 'prevenção', 'prévention', 'dépistage', 'tamizaje', 'rastreio', 'campaña', 'campanha', 'campagne', 'kinga', 'मुफ़्त', 'मुफ्त', 'gratis', 'gratuito', 'gratuita', 'gratuit', 'bure'],
  // The fields' own words in Spanish, Portuguese and French (ward and clinic posts, not only notices),
  // none spelled as an English word ("rim", "rein").
  '#HeartFailure': ['insuficiencia cardíaca', 'insuficiência cardíaca', 'insuffisance cardiaque', 'icfer', 'edema agudo de pulmón', 'edema agudo de pulmão'],
  '#AFib': ['fibrilación auricular', 'fibrilação atrial', 'fibrillation auriculaire'],
  '#PulmTwitter': ['neumonía', 'pneumonie', 'epoc', 'dpoc', 'bpco', 'derrame pleural', 'épanchement pleural', 'exsudat pleural', 'insuficiencia respiratoria', 'insuficiência respiratória'],
  '#NephTwitter': ['insuficiencia renal', 'insuficiência renal', 'insuffisance rénale', 'enfermedad renal', 'doença renal', 'hemodiálisis', 'diálisis', 'hemodiálise', 'diálise', 'dialyse', 'riñón'],
  '#Stroke': ['acv', 'avc', 'ictus', 'derrame cerebral', 'accidente cerebrovascular', 'acidente vascular cerebral', 'accident vasculaire cérébral'],
  '#Epilepsy': ['epilepsia', 'épilepsie', 'convulsión', 'convulsões'],
  '#Hepatology': ['cirrosis', 'cirrose', 'cirrhose', 'hígado', 'fígado', 'foie', 'hepatite', 'hépatite'],
  '#SurgTwitter': ['cirugía', 'cirurgia', 'chirurgie', 'quirófano', 'bloco operatório', 'bloc opératoire', 'cirujano', 'cirurgião', 'chirurgien'],
  '#EMTwitter': ['urgencias', 'urgência', 'urgences', 'pronto-socorro', 'emergencias', 'emergência'],
  '#Geriatrics': ['anciano', 'ancianos', 'adulto mayor', 'adultos mayores', 'idoso', 'idosos', 'personnes âgées', 'personne âgée'],
  '#EndoTwitter': ['tiroides', 'tireoide', 'tiroide', 'thyroïde', 'glucemia', 'glicemia', 'glycémie'],
};

/** Public-health words of Spanish and French posts, for those languages' public-health tags. */
export const LOCAL_PUBLIC_HEALTH_TRIGGERS: Record<string, readonly string[]> = {
  '#SaludPública': ['salud', 'salud pública', 'vacuna', 'vacunas', 'vacunación', 'sarampión', 'prevención', 'campaña', 'centro de salud', 'secretaría de salud', 'ministerio de salud', 'brote', 'casos', 'gratuito', 'gratuita', 'gratis'],
  '#SantéPublique': ['santé', 'santé publique', 'vaccin', 'vaccins', 'vaccination', 'rougeole', 'dépistage', 'prévention', 'grippe', 'campagne', 'gratuit', 'gratuite', 'épidémie'],
};
