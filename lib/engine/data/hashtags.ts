// Supplement to the hashtag ontology (hashtag-communities.ts): broader trigger vocabularies
// (synonyms, abbreviations, drug classes, common conditions and procedures of each specialty).
// Which tags communities post together, the model learns from the hashtags in a draft. Data only; the suggester in
// ../hashtags/ merges it with the ontology at module load.

/** Canonical tag -> extra lower-case trigger words or short phrases. */
export const EXTRA_TRIGGERS: Record<string, readonly string[]> = {
  '#QuitSmoking': ['smoking', 'tobacco', 'vaping', 'e-cigarettes', 'e-cigarette', 'cessation', 'quit smoking', 'nicotine', 'cigarettes', 'pack-years'],
  '#Epilepsy': ['status epilepticus', 'epilepticus', 'benzo', 'benzos', 'lorazepam', 'levetiracetam', 'keppra', 'anti-seizure'],
  '#HemePath': ['reed-sternberg', 'bone marrow biopsy', 'blasts', 'flow cytometry', 'peripheral smear', 'blood smear', 'schistocytes', 'auer rods'],
  '#PatientSafety': ['never event', 'medication error', 'medication errors', 'near miss', 'wrong-site', 'wrong site', 'time-out', 'handoff', 'handoffs', 'sentinel event', 'preventable harm', 'diagnostic error', 'checklist', 'pressure injuries'],
  '#WoundCare': ['pressure injury', 'pressure injuries', 'pressure ulcer', 'pressure ulcers', 'bedsore', 'bedsores', 'wound vac', 'dressing change', 'debridement', 'offloading', 'chronic wound'],
  '#Preemie': ['preterm', 'premature', 'nicu grad'],
  '#ClimateHealth': ['heat illness', 'heat stroke', 'heat exhaustion', 'wildfire smoke', 'air quality', 'climate change', 'extreme heat'],
  '#OccMed': ['mesothelioma', 'asbestos', 'asbestosis', 'silica', 'silicosis', 'occupational exposure', 'workplace exposure', 'shipyard', 'lead poisoning', 'heat illness', 'heat stroke', 'heat exhaustion', 'outdoor workers', 'workers comp', "workers' compensation", 'return to work', 'fit for duty', 'osha', 'occupational medicine', 'needlestick'],
  '#MedTwitter': ['my patient', 'a patient', 'my patients', 'lab results', 'diagnosed', 'diagnosis', 'bedside', 'on call', 'post-call', 'admissions', 'rapid response', 'in clinic', 'my clinic'],
  '#RuralHealth': ['rural hospital', 'rural hospitals', 'rural clinic', 'critical access', 'hospital closures'],
  '#MaternalHealth': ['labor and delivery', 'maternity', 'maternal mortality', 'give birth', 'giving birth', 'postpartum'],
  // Cardiology
  '#CardioTwitter': [
    'stemi', 'nstemi', 'acs', 'mi', 'myocardial infarction', 'heart attack', 'troponin', 'cath lab', 'pci', 'stent',
    'cabg', 'angina', 'chest pain', 'echo', 'echocardiogram', 'ejection fraction', 'lvef', 'hfref', 'hfpef', 'afib',
    'atrial fibrillation', 'a-fib', 'anticoagulation', 'doac', 'doacs', 'apixaban', 'rivaroxaban', 'warfarin', 'statin',
    'statins', 'ldl', 'cholesterol', 'lipoprotein', 'pcsk9', 'arni', 'sacubitril', 'beta blocker', 'beta-blockers',
    'sglt2', 'sglt2i', 'sglt2 inhibitors', 'glp-1', 'cardiac', 'heart', 'cardiomyopathy', 'myocarditis', 'pericarditis',
    'arrhythmia', 'qtc', 'bradycardia', 'tachycardia', 'svt', 'pacemaker', 'icd', 'ablation', 'tavr', 'tavi',
    'aortic stenosis', 'mitral', 'valve', 'murmur', 'cardiologist', 'cardiology', 'cardiovascular', 'cvd', 'bnp',
    'heart failure', 'syncope', 'hypertension', 'blood pressure', 'ekg', 'ecg', 'st elevation', 'coronary',
  ],
  '#HeartFailure': ['hfref', 'hfpef', 'ejection fraction', 'lvef', 'bnp', 'diuresis', 'arni', 'sacubitril', 'gdmt', 'cardiomyopathy'],
  '#AFib': ['atrial fibrillation', 'a-fib', 'afib', 'anticoagulation', 'doac', 'apixaban', 'rivaroxaban', 'cha2ds2-vasc', 'ablation'],
  '#Hypertension': ['blood pressure', 'bp', 'hypertensive', 'antihypertensive', 'amlodipine', 'lisinopril', 'losartan'],
  // Oncology
  '#OncTwitter': ['scanxiety', 'scan was clear', 'clear scan', 'scans were clear', 'no evidence of disease', 
    'cancer', 'cancers', 'tumor', 'tumour', 'tumors', 'oncology', 'oncologist', 'chemo', 'chemotherapy', 'immunotherapy',
    'checkpoint inhibitor', 'pembrolizumab', 'nivolumab', 'car-t', 'car t', 'metastatic', 'metastases', 'mets',
    'carcinoma', 'malignancy', 'neoplasm', 'overall survival', 'progression-free', 'pfs', 'median os', 'phase 3',
    'phase iii', 'adjuvant', 'neoadjuvant', 'biopsy', 'staging', 'remission', 'relapse', 'survivorship', 'tki',
    'targeted therapy', 'her2', 'egfr mutation', 'alk', 'kras', 'brca', 'ctdna', 'infusion center', 'radiation',
  ],
  '#BCSM': ['breast cancer', 'mammogram', 'mammography', 'mastectomy', 'lumpectomy', 'her2', 'tamoxifen', 'brca', 'triple negative', 'tnbc', 'dcis'],
  '#LCSM': ['lung cancer', 'nsclc', 'sclc', 'lung nodule', 'osimertinib', 'egfr mutation', 'alk', 'low-dose ct', 'ldct', 'lung screening'],
  '#CRCSM': ['colorectal cancer', 'colon cancer', 'rectal cancer', 'fit test', 'cologuard', 'colonoscopy screening'],
  '#MMSM': ['multiple myeloma', 'myeloma', 'daratumumab', 'lenalidomide', 'bortezomib', 'm-protein', 'smoldering'],
  '#LymphomaSM': ['hodgkin lymphoma', 'reed-sternberg', 'bispecifics', 'bispecific', 'lymphoma', 'dlbcl', 'hodgkin', 'non-hodgkin', 'follicular lymphoma', 'r-chop'],
  '#HNCSM': ['head and neck cancer', 'oropharyngeal', 'laryngeal cancer', 'oral cancer', 'hpv-positive'],
  '#ProstateCancer': ['prostate cancer', 'psa test', 'psa testing', 'psa level', 'psa levels', 'psa screening', 'rising psa', 'psa doubling time', 'gleason', 'prostatectomy', 'adt', 'enzalutamide', 'abiraterone'],
  '#RadOnc': ['radiation oncology', 'radiotherapy', 'sbrt', 'srs', 'imrt', 'brachytherapy', 'proton', 'linac'],
  '#Melanoma': ['melanoma', 'mole', 'moles', 'abcde', 'nevus', 'nevi'],
  '#HemOnc': ['leukemia', 'aml', 'cll', 'cml', 'mds', 'transfusion', 'anemia', 'platelets', 'thrombocytopenia', 'bone marrow'],
  // Neurology
  '#NeuroTwitter': [
    'stroke', 'tpa', 'tnk', 'tenecteplase', 'thrombectomy', 'lvo', 'nihss', 'tia', 'seizure', 'seizures', 'epilepsy',
    'migraine', 'headache', 'multiple sclerosis', 'ms relapse', 'parkinson', "parkinson's", 'neuropathy', 'bell palsy',
    "bell's palsy", 'facial palsy', 'palsy', 'guillain-barre', 'myasthenia', 'als', 'dementia', 'neurologist', 'neurology',
    'neuro', 'eeg', 'mri brain', 'brain', 'spinal cord', 'concussion', 'tourette', "tourette's", 'tics', 'tic', 'vertigo',
    'encephalitis', 'meningitis', 'aphasia', 'hemiparesis', 'neurological', 'tremor', 'ataxia',
  ],
  '#Stroke': ['tpa', 'tnk', 'tenecteplase', 'thrombectomy', 'lvo', 'nihss', 'tia', 'befast', 'be fast', 'time is brain', 'facial droop'],
  '#Dementia': ["alzheimer's", 'alzheimer’s', 'cognitive decline', 'mci', 'forgetting', 'sundowning', 'memory care'],
  '#Caregivers': ['caregiving', 'caring for my', 'my dad', 'my mom', 'my father', 'my mother', 'family caregiver'],
  '#TouretteAwareness': ['tourette', "tourette's", 'tics', 'coprolalia'],
  // Pediatrics
  '#PedsTwitter': [
    'toddler', 'toddlers', 'preschool', 'preschooler', 'well-child', 'well child', 'milestones', 'vaccine schedule',
    'bronchiolitis', 'croup', 'otitis', 'ear infection', 'kawasaki', 'febrile infant', 'febrile seizure', 'teen', 'teens',
    'teenager', 'parents', 'pediatric', 'paediatric', 'child abuse', 'growth chart',
    'tourette', 'tics', 'adhd', 'autism', 'colic', 'formula', 'breastfeeding',
  ],
  '#PedsCards': ['kawasaki', 'congenital heart', 'tetralogy', 'vsd', 'asd', 'pda', 'coarctation', 'fontan', 'hypoplastic left'],
  '#NICU': ['nicu', 'nicu nurses', 'preemie', 'preemies', 'micro-preemie', 'extubated to cpap', 'neonatal', 'neonate', 'bpd', 'rop', 'nec', 'kangaroo care', 'preemie', 'premature', 'preterm', 'weeks gestation', 'neonate', 'neonatal', 'surfactant'],
  // Emergency, critical care, resuscitation
  '#EMTwitter': ['dislocated', 'dislocation', 'reduction', 'foreign body', 'bead', 'stitches', 'sutured', 
    'emergency department', 'emergency room', 'triage', 'trauma bay', 'resus bay', 'ems', 'paramedic', 'paramedics',
    'ambulance', 'overdose', 'narcan', 'naloxone', 'laceration', 'fracture', 'smoke inhalation', 'burns', 'burn',
    'mvc', 'gsw', 'stabbing', 'poisoning', 'toxicology', 'tox', 'intubation', 'airway', 'ketamine', 'waiting room',
    'boarding', 'er doc', 'ed doc', 'emergency medicine', 'emergency physician', 'night shift', 'swallowed',
  ],
  '#FOAMed': [
    'pearl', 'clinical pearl', 'teaching point', 'mnemonic', 'tip', 'tips', 'pro tip', 'remember', 'don\'t miss',
    'do not miss', 'classic', 'textbook', 'criteria', 'ddx', 'differential', 'workup', 'management', 'approach to',
    'thread', 'tweetorial', 'case', 'quiz', 'answer', 'poll', 'smoke inhalation', 'carbon monoxide', 'cyanide',
  ],
  '#CritCare': ['coded', 'code blue', 'cardiac arrest', 'cpr', 'compressions', 'vasopressors', 'norepinephrine', 'levophed', 'ards', 'mechanical ventilation', 'sedation', 'crrt', 'rapid response'],
  '#Resus': ['coded', 'code', 'came back', 'shocked', 'defibrillation', 'epi', 'epinephrine', 'chest compressions', 'rosc', 'ecpr'],
  '#Sepsis': ['septic', 'septic shock', 'lactate', 'blood cultures', 'broad-spectrum', 'qsofa', 'sofa'],
  // Gastroenterology and hepatology
  '#GITwitter': [
    'gastroenterologist', 'gi bleed', 'upper gi', 'egd', 'scope', 'scoped', 'endoscopic', 'swallowed', 'ingested',
    'ingestion', 'coin', 'battery', 'esophagus', 'esophageal', 'stomach', 'gastric', 'pancreatitis', 'gallstones',
    'biliary', 'ercp', 'celiac', 'h. pylori', 'pylori', 'ulcer', 'ulcerative colitis', 'constipation', 'reflux', 'bowel',
    'colon', 'colonoscopies', 'fatty liver', 'nafld', 'masld', 'nash',
  ],
  '#LiverTwitter': ['wilson disease', "wilson's disease", 'kayser-fleischer', 'copper overload', 'cirrhosis', 'hepatitis', 'hep c', 'hcv', 'hbv', 'fatty liver', 'nafld', 'masld', 'mash', 'nash', 'ascites', 'varices', 'liver transplant', 'meld'],
  '#IBD': ["crohn's", 'crohn’s', 'ulcerative colitis', 'uc flare', 'biologics', 'infliximab', 'adalimumab', 'vedolizumab', 'ustekinumab'],
  // Nephrology
  '#NephTwitter': ['hyperkalemia', 'hyponatremia', 'sodium', 'electrolytes', 'gfr', 'proteinuria', 'albuminuria', 'nephrotic', 'glomerulonephritis', 'hemodialysis', 'peritoneal dialysis', 'fistula', 'acute kidney injury', 'kidney stones', 'nephrology'],
  '#Dialysis': ['hemodialysis', 'peritoneal dialysis', 'fistula', 'dialysis chair', 'mwf'],
  // Pulmonology
  '#PulmTwitter': ['copd', 'asthma', 'inhaler', 'inhalers', 'spirometry', 'pfts', 'pft', 'lung', 'lungs', 'pulmonary', 'pneumonia', 'pe', 'pulmonary embolism', 'ild', 'pulmonary fibrosis', 'oxygen', 'sleep apnea', 'osa', 'cpap', 'bronchoscopy', 'vaping', 'smoking', 'nodule'],
  // Endocrinology
  '#EndoTwitter': ['diabetes', 'a1c', 'hba1c', 'insulin', 'metformin', 'glp-1', 'glp1', 'semaglutide', 'tirzepatide', 'ozempic', 'mounjaro', 'sglt2i', 'thyroid', 'hypothyroidism', 'hyperthyroidism', 'levothyroxine', 'tsh', 'adrenal', 'cortisol', 'pituitary', 'osteoporosis', 'obesity', 'dka', 'hypoglycemia', 'cgm', 'pcos', 'testosterone'],
  '#Diabetes': ['a1c', 'hba1c', 'insulin', 'metformin', 'glp-1', 'semaglutide', 'tirzepatide', 'cgm', 'glucose', 'dka', 'hypoglycemia', 'type 2', 'type 1', 't2d', 't1d'],
  '#Obesity': ['semaglutide', 'tirzepatide', 'ozempic', 'wegovy', 'mounjaro', 'weight loss', 'bariatric', 'bmi', 'glp-1'],
  // Infectious disease
  '#IDTwitter': [
    'antibiotic', 'antibiotics', 'antimicrobial', 'infection', 'infections', 'infectious', 'bacteremia', 'endocarditis',
    'osteomyelitis', 'cellulitis', 'uti', 'mrsa', 'c diff', 'c. diff', 'cdiff', 'vancomycin', 'ceftriaxone', 'pip-tazo',
    'fungal', 'candida', 'tb', 'tuberculosis', 'hiv', 'prep', 'syphilis', 'std', 'sti', 'stis', 'malaria', 'lyme', 'tick',
    'whipple', "whipple's", 'measles', 'mpox', 'covid', 'influenza', 'flu', 'rsv', 'outbreak', 'cultures', 'stewardship',
  ],
  '#Vaccines': ['vaccine', 'vaccines', 'vaccinated', 'vaccination', 'vaccinate', 'immunization', 'immunizations', 'booster', 'flu shot', 'mmr', 'hpv vaccine', 'shots'],
  // Psychiatry
  '#PsychTwitter': ['depression', 'anxiety', 'bipolar', 'schizophrenia', 'psychosis', 'ssri', 'ssris', 'sertraline', 'fluoxetine', 'lithium', 'antipsychotic', 'antipsychotics', 'clozapine', 'ptsd', 'ocd', 'suicidal', 'suicide', 'self-harm', 'therapy', 'cbt', 'psychiatrist', 'psychiatry', 'mental illness', 'substance use', 'eating disorder'],
  '#MentalHealth': ['mental health', 'depression', 'anxiety', 'burnout', 'therapy', 'therapist', 'suicide', 'wellbeing', 'well-being', 'stigma'],
  // Dermatology
  '#DermTwitter': ['rash', 'eczema', 'atopic dermatitis', 'psoriasis', 'acne', 'isotretinoin', 'dermatitis', 'urticaria', 'hives', 'pemphigoid', 'pemphigus', 'blisters', 'bullous', 'lesion', 'lesions', 'biopsy', 'skin', 'sunscreen', 'spf', 'sunburn', 'mole', 'moles', 'melanoma', 'basal cell', 'squamous cell', 'rosacea', 'vitiligo', 'alopecia', 'dermatologist', 'dermatology', 'derm', 'dupilumab'],
  '#SkinCancer': ['sunscreen', 'spf', 'sunburn', 'tanning', 'basal cell', 'squamous cell', 'melanoma', 'skin check'],
  // Geriatrics and palliative care
  '#GeriTwitter': ['falls', 'fall', 'deprescribing', 'beers criteria', 'delirium', 'assisted living', 'long-term care', 'snf', 'octogenarian', 'centenarian', 'grandmother', 'grandfather', 'walker', 'retired', 'aging', 'ageing', 'older patients', 'older patient'],
  '#HPM': ['family meeting', 'family meetings', 'what matters most', 'at the end of life', 'symptom management', 'palliative', 'hospice', 'end of life', 'end-of-life', 'goals of care', 'dnr', 'comfort care', 'advance directive', 'code status', 'dying', 'grief', 'bereavement', 'serious illness', 'prognosis'],
  // Surgery and surgical specialties
  '#SoMe4Surgery': ['surgery', 'surgeon', 'surgeons', 'surgical', 'operating room', 'the or', 'laparoscopic', 'robotic', 'appendectomy', 'cholecystectomy', 'hernia', 'incision', 'sutures', 'post-op', 'postop', 'pre-op', 'anastomosis', 'scrubbed', 'case log'],
  '#OrthoTwitter': ['fracture', 'fractures', 'acl', 'meniscus', 'rotator cuff', 'knee replacement', 'hip replacement', 'arthroplasty', 'tka', 'tha', 'orif', 'cast', 'sprain', 'tendon', 'orthopedic', 'orthopaedic', 'ortho', 'spine', 'scoliosis'],
  '#Urology': ['prostate', 'psa test', 'psa testing', 'psa level', 'psa levels', 'psa screening', 'rising psa', 'psa doubling time', 'kidney stone', 'kidney stones', 'vasectomy', 'bladder', 'incontinence', 'erectile', 'bph', 'cystoscopy', 'urologist', 'hematuria'],
  '#OBGYN': ['labor and delivery', 'l&d', 'give birth', 'giving birth', 'gave birth', 'maternity', 'obstetrician', 'pregnancy', 'pregnant', 'prenatal', 'postpartum', 'labor', 'delivery', 'c-section', 'cesarean', 'preeclampsia', 'eclampsia', 'obstetric', 'obstetrics', 'gynecology', 'contraception', 'iud', 'menopause', 'endometriosis', 'fibroids', 'pap smear', 'miscarriage', 'ivf', 'fertility', 'abortion', 'maternal'],
  '#ENT': ['tonsillectomy', 'tonsils', 'sinusitis', 'hearing loss', 'tinnitus', 'cochlear', 'otitis media', 'ear', 'ears', 'throat', 'larynx', 'vocal cords', 'epistaxis', 'nosebleed'],
  '#OphthoTwitter': ['eye', 'eyes', 'retina', 'retinal', 'glaucoma', 'cataract', 'macular degeneration', 'vision loss', 'visual acuity', 'diabetic retinopathy', 'uveitis', 'intraocular'],
  '#AnesTwitter': ['anesthesia', 'anaesthesia', 'anesthesiologist', 'sedation', 'propofol', 'nerve block', 'epidural', 'airway', 'intubation', 'malignant hyperthermia', 'crna'],
  '#RadTwitter': ['ct', 'ct scan', 'mri', 'x-ray', 'xray', 'ultrasound', 'imaging', 'contrast', 'radiologist', 'radiology', 'read', 'incidentaloma', 'pet scan', 'mammogram'],
  '#PathTwitter': ['reed-sternberg', 'frozen section', 'histopathology', 'margins clear', 'pathology', 'pathologist', 'histology', 'slide', 'slides', 'h&e', 'frozen section', 'biopsy', 'cytology', 'specimen', 'autopsy', 'immunostain', 'microscope'],
  '#RheumTwitter': ['lupus', 'sle', 'rheumatoid', 'rheumatoid arthritis', 'gout', 'vasculitis', 'sjogren', 'scleroderma', 'ana', 'methotrexate', 'hydroxychloroquine', 'polymyalgia', 'giant cell arteritis', 'spondyloarthritis', 'rheumatologist'],
  '#AllergyTwitter': ['allergy', 'allergies', 'allergic', 'anaphylaxis', 'epipen', 'epinephrine auto-injector', 'peanut allergy', 'food allergy', 'hay fever', 'immunotherapy shots'],
  '#FamilyMedicine': ['primary care', 'family doctor', 'family physician', 'annual physical', 'checkup', 'check-up', 'preventive care', 'well visit', 'pcp'],
  '#IMTwitter': ['internal medicine', 'internist', 'hospitalist', 'wards', 'rounds', 'admitting', 'discharge', 'inpatient', 'morning report'],
  // Education and professional life
  '#MedEd': ['eponym', 'eponyms', 'eponym of the day', 'teaching rounds', 'morning report', 'noon conference', 'anion gap', 'acid-base', 'case conference', 'journal club', 'm&m', 
    'teaching', 'teach', 'taught', 'students', 'med student', 'med students', 'medical students', 'residents', 'residency',
    'interns', 'trainees', 'trainee', 'fellowship', 'boards', 'usmle', 'step 1', 'step 2', 'shelf', 'osce', 'rotation',
    'clerkship', 'mentor', 'mentorship', 'feedback', 'didactics', 'simulation', 'pearl', 'tip', 'tips', 'criteria',
    'mnemonic', 'remember', 'quiz', 'myth', 'myths', 'misconception', 'evidence', 'learned', 'lesson', 'lessons',
    'words matter', 'language matters', 'frequent flyers', 'frequent flyer',
  ],
  '#MedStudentTwitter': ['med student', 'medical student', 'med school', 'medical school', 'ms1', 'ms2', 'ms3', 'ms4', 'usmle', 'step 1', 'match day', 'white coat ceremony', 'anatomy lab'],
  '#hcsm': ['post', 'posting', 'posts', 'tweet', 'tweets', 'online', 'on here', 'this app', 'screenshot', 'crop', 'followers', 'hipaa', 'social media'],
  '#PhysicianBurnout': ['burnout', 'burned out', 'burnt out', 'exhausted', 'charting', 'pajama time', 'inbox', 'ehr', 'moral injury'],
  '#PriorAuth': ['prior authorization', 'denied for', 'denial', 'denials', 'health plan', 'appeal', 'approval', 'approved', 'waiting', 'step therapy', 'prior auth', 'pa denial', 'denied', 'insurer', 'insurance', 'peer-to-peer', 'peer to peer', 'formulary'],
  '#HealthPolicy': ['medicare', 'medicaid', 'cms', 'legislation', 'bill', 'congress', 'policy', 'reimbursement', 'payment', 'affordable care act', 'aca', 'uninsured'],
  '#PublicHealth': ['legionnaires', "legionnaires'", 'legionella', 'cooling towers', 'cases this week', 'health department', 'boil water', 'outbreak', 'exposure site', 'life expectancy', 'zip code', 'zip codes', 'mortality rate', 'death rate', 'death rates', 'smoking rates', 'vaccination rate', 'tobacco', 'e-cigarettes', 'e-cigarette', 'health disparities', 'social determinants', 'food insecurity', 'cases are up', 'cases are rising', 'incidence', 'prevalence', 'herd immunity', 'contact tracing', 'lead in the water', 'air pollution', 'public health', 'preventive care', 'preventive services', 'cost-sharing', 'coverage', 'access to care', 'outbreak', 'epidemic', 'pandemic', 'surveillance', 'population health', 'cdc', 'vaccination rates', 'screening rates', 'overdose deaths', 'firearm', 'gun violence', 'heat wave'],
  '#RareDisease': ['syndrome', 'first in', 'once in a career', 'rare case', 'zebras', 'orphan disease', 'genetic disorder', 'only the', 'case in'],
};

/**
 * Everyday words that also serve as triggers: they add to a tag's score once the draft is
 * medical, but never make a draft medical by themselves ("heart", "post", "fall", "delivery").
 */
export const CONTEXT_WORDS: readonly string[] = [
  'heart', 'brain', 'skin', 'ear', 'ears', 'eye', 'eyes', 'throat', 'lung', 'lungs', 'stomach', 'colon', 'bowel', 'spine',
  'fall', 'falls', 'walker', 'retired', 'grandmother', 'grandfather', 'aging', 'ageing', 'parents', 'teen', 'teens',
  'teenager', 'formula', 'milestones', 'case', 'answer', 'poll', 'quiz', 'thread', 'tip', 'tips', 'pro tip', 'remember',
  'classic', 'textbook', 'criteria', 'management', 'approach to', 'evidence', 'learned',
  'lesson', 'lessons', 'feedback', 'mentor', 'mentorship', 'teach', 'teaching', 'taught', 'students', 'rotation',
  'boards', 'shelf', 'residents', 'post', 'posting', 'posts', 'tweet', 'tweets', 'online', 'on here', 'this app',
  'screenshot', 'crop', 'followers', 'insurance', 'insurer', 'denied', 'payment', 'policy', 'bill', 'congress',
  'legislation', 'reimbursement', 'burn', 'burns', 'coin', 'battery', 'swallowed', 'scope', 'shots', 'booster', 'tick',
  'cast', 'sprain', 'read', 'slide', 'slides', 'specimen', 'microscope', 'contrast', 'oxygen', 'smoking', 'vaping',
  'therapy', 'therapist', 'stigma', 'wellbeing', 'well-being', 'exhausted', 'inbox', 'grief', 'dying', 'syndrome',
  'first in', 'only the', 'case in', 'mole', 'moles', 'delivery', 'labor', 'night shift', 'boarding', 'waiting room',
  'valve', 'echo', 'sodium', 'mwf', 'myth', 'myths', 'misconception', 'words matter', 'language matters',
  'frequent flyers', 'frequent flyer', 'robotic', 'the or', 'scrubbed', 'firearm', 'gun violence', 'heat wave',
  'my dad', 'my mom', 'my father', 'my mother', 'caring for my', 'forgetting', 'code', 'came back', 'shocked', 'epi',
  'mi', 'pe', 'ct', 'bp', 'ms', 'ana', 'acs', 'alk', 'asd', 'sti', 'tic', 'ent', 'lead', 'leads', 'guide', 'blog',
  'profile', 'privacy', 'families', 'hashtag', 'hashtags', 'flu', 'prep', 'fracture', 'fractures', 'fistula', 'imaging',
  'rash', 'pain', 'transplant', 'potassium', 'wards', 'rounds', 'discharge', 'admitting', 'mentor', 'checkup',
  'check-up', 'fertility', 'tox', 'airway', 'ingested', 'ingestion', 'radiation', 'proton', 'fungal', 'outbreak',
  'cms', 'aca', 'retina', 'allergies', 'allergy', 'simulation', 'didactics', 'residency',
  'bead', 'reduction', 'checklist', 'blasts', 'offloading', 'my patient', 'a patient', 'my patients', 'lab results', 'bedside', 'on call', 'in clinic', 'my clinic', 'diagnosed',
  'diagnosis', 'admissions', 'fellows', 'fellow', 'social media', 'weeks', 'born at', 'mri', 'waiting', 'health plan',
  'access', 'adc', 'advice', 'alt', 'app', 'appeal', 'appeals', 'approval', 'approved', 'apps', 'arrest', 'art',
  'ast', 'athlete', 'athletes', 'athletic', 'babies', 'baby', 'birth', 'block', 'bone', 'bones', 'breast', 'bundle',
  'camping', 'carrier', 'ceo', 'child', 'children', 'climate', 'cluster', 'comfort', 'complaint', 'cost',
  'cost-sharing', 'court', 'coverage', 'crash', 'cried', 'culture', 'cutting', 'death', 'delivered', 'denial',
  'denials', 'depressed', 'digital', 'diving', 'donate', 'donation', 'donor', 'drowning', 'enroll', 'enrolling',
  'equity', 'error', 'errors', 'farm', 'fatigue', 'film', 'finger', 'fingers', 'firearms', 'fraction', 'fractions',
  'gene', 'genes', 'global', 'gray', 'gun', 'guns', 'hallway', 'hand', 'hands', 'heat', 'helmet', 'hip', 'hydrate',
  'inherited', 'injuries', 'injury', 'innovation', 'isolation', 'kid', 'kids', 'knee', 'leadership', 'learn',
  'learning', 'lecture', 'live-tweeting', 'low-income', 'marathon', 'margins', 'match', 'matched', 'meatpacking',
  'mining', 'mom', 'neglect', 'net', 'owl-eye', 'pacer', 'path', 'peaceful', 'pet', 'pitcher', 'plastics', 'podcast',
  'point-of-care', 'pump', 'quick', 'quit', 'rare', 'reconstruction', 'representation', 'reps', 'resistance', 'rig',
  'rigs', 'rural', 'safety', 'scan', 'school', 'seatbelt', 'severed', 'shooting', 'shoulder', 'sinus', 'smoked',
  'spacer', 'stimulant', 'stool', 'struggling', 'surveillance', 'tired', 'tractor', 'trial', 'trials', 'twitter',
  'underserved', 'uninsured', 'unknown', 'unwinding', 'variant', 'venom', 'vision', 'waited', 'wearable', 'wellness',
  'wilson', 'workplace', 'worldwide', 'wound', 'wounds',
  // Academic career words: a post about one is not a medical topic by itself.
  'tenure', 'associate professor', 'full professor', 'r01', 'k award', 'promoted to',
];

/**
 * Words of clinical work that name no particular topic: they place a draft in medicine (so the
 * author's specialty community can be offered) but suggest no tag by themselves.
 */
export const CLINICAL_WORDS: readonly string[] = [
  'consult', 'consults', 'admitted', 'admit', 'admits', 'discharged', 'prescribed', 'prescription', 'labs', 'vitals',
  'meds', 'medication', 'medications', 'symptoms', 'diagnosis', 'diagnosed', 'diagnoses', 'prognosis', 'biopsy',
  'post-call', 'wards', 'charting', 'treatment', 'treatments', 'ultrasound', 'x-ray', 'mri', 'bloodwork',
  'referral', 'referrals', 'stitches', 'sutured', 'dislocated', 'workup', 'differential', 'inpatient', 'outpatient',
  'bedside', 'stethoscope', 'scrubs', 'intubated', 'extubated', 'sedated', 'triaged', 'febrile', 'afebrile',
  'injury', 'injuries', 'fracture', 'fractures', 'fractured', 'sprain', 'wound', 'wounds', 'transplant', 'transplanted',
  'bloods', 'ct', 'lung', 'lungs', 'bowel', 'spine', 'pancreas', 'spleen', 'admission', 'discharge', 'sats',
];
