// Cue classes the professionalism rules look for. Each list stands for a class of words (a medical
// action, a drug, a place of care, a slur for patients…); the fitted model weighs the classes, never
// the words of particular posts. Lower case; phrases are matched on word boundaries.

/** Verbs that tell someone what to do with a medicine, a dose or their care. */
export const ACTION_VERBS: readonly string[] = [
  'take', 'stop', 'skip', 'double', 'halve', 'ditch', 'give', 'try', 'drop', 'cancel', 'avoid', 'switch', 'start',
  'keep', 'cut', 'come off', 'quit', 'increase', 'decrease', 'reduce', 'lower', 'add', 'use', 'apply', 'put', 'rest',
  'wait', 'push', 'go with', 'retest', 'ignore', 'alternate', 'swap', 'stick with', 'crush', 'split', 'up', 'boost',
  'hold', 'restart', 'drink', 'eat', 'throw away', 'bin', 'wean', 'taper', 'get off', 'go off', 'stay off', 'stay home',
  'moisturise', 'moisturize', 'ice', 'elevate', 'hydrate', 'fast', 'stretch', 'massage', 'soak', 'rinse', 'gargle', 'sleep',
  'wait it out', 'ride it out', 'push through', 'walk it off', 'sweat it out', 'pop', 'chuck', 'flush', 'squeeze', 'lance',
  'drain', 'wean off', 'cut down', 'cut back', 'cut out', 'go cold turkey', 'double up', 'top up', 'load up', 'mix',
  'combine', 'inject', 'dose', 'self-medicate', 'treat it', 'leave it', 'sit tight', 'wait and see', 'insist on', 'demand',
  'ask for', 'get your gp to', 'tell your gp', 'refuse', 'decline', 'say no to', 'bump', 'tweak', 'titrate', 'trial',
  'go up', 'go down', 'bump up', 'come down',
];

/** Second-person modals and verdicts: "you can", "you don't need", "you're fine to". */
export const YOU_MODALS: readonly string[] = [
  'you can', 'you could', 'you should', 'you need', 'you must', 'you have to', "you don't need", 'you dont need',
  "you'll be fine", "you're fine", 'you are fine', "you won't", 'you will be fine', "you'd better", 'you might as well',
  "you're ok", "you're safe", 'you ought to', 'you may as well', 'you just need',
];

/** Verdicts that clear someone's own case or choice: "it's fine to", "no harm in", "carry on". */
export const VERDICTS: readonly string[] = [
  "it's fine to", "it's safe to", "it's ok to", "it's okay to", 'safe to', 'fine to', 'ok to', 'okay to', "won't hurt",
  'no harm in', 'should be fine', 'will be fine', "you'll be fine", "you're fine", 'is fine', 'are fine', 'totally fine',
  'perfectly fine', 'completely fine', 'absolutely fine', "isn't needed", 'not needed', "won't need", 'is plenty',
  'is enough', 'covers it', 'will do the job', 'does the job', 'carry on', 'keep it up', 'keep going', 'is good for your',
  'good for you', "won't harm", 'can wait', 'nothing to worry', 'totally safe', 'is safe', 'are safe together',
  'together is', 'will pass', 'will break', 'will settle', 'will clear', 'on its own', 'by itself', 'by morning',
];

/** A diagnosis offered on someone's own case: "sounds like", "probably just", "classic". */
export const DIAGNOSES: readonly string[] = [
  'sounds like', "that's just", "it's just", 'probably just', 'just a', 'classic', 'textbook', "you've got", 'you have got',
  'you have a', "it's a", "that's a", 'is normal', "that's normal", 'is benign', 'definitely a', 'definitely just',
];

/** The writer's own choice offered as the reader's: "I'd stop", "if I were you", "I'll write you". */
export const I_WOULD: readonly string[] = ["i'd", 'i would', 'if i were you', "i'll write you", 'i will write you', "i'll prescribe", 'trust me'];

/** Telling someone care is not needed: "no need to see anyone", "don't bother with A&E". */
export const SKIP_CARE: readonly string[] = [
  'no need to', 'no need for', "isn't worth it", 'is not worth it', 'not worth it', "don't bother", 'dont bother',
  "don't go", 'dont go', 'can wait', 'waste of your time', 'waste of time', 'overkill', "don't accept", 'avoid the',
  'skip the', 'cancel the', "don't need to see", 'no point seeing', 'no point in seeing', 'no need to go',
  'stay home', 'ride it out', 'wait it out', 'leave it', 'ignore', "won't help", 'pointless', 'a waste of', 'skip it',
  "doesn't need", "don't need", 'not necessary', 'unnecessary', 'avoid going', "don't waste",
];

/** Places and people of care, tests and procedures. */
export const CARE_WORDS: readonly string[] = [
  'ed', 'a&e', 'er', 'gp', 'doctor', 'doc', 'clinic', 'appt', 'appointment', 'referral', 'screening', 'triage', '999',
  '911', '111', 'hospital', 'urgent care', 'follow-up', 'follow up', 'ecg', 'ekg', 'scan', 'mri', 'ct', 'x-ray',
  'checkup', 'check-up', 'stent', 'surgery', 'operation', 'psychiatrist', 'dentist', 'midwife', 'physio', 'cardiologist',
  'dermatologist', 'specialist', 'consultant', 'nurse', 'pharmacist', 'the clinic', 'emergency', 'ambulance', 'biopsy',
  'colonoscopy', 'mammogram', 'smear', 'kit', 'jab', 'vaccine', 'booster', 'flu shot', 'therapy', 'therapist', 'rheum',
  'cardiology', 'dermatology', 'oncology', 'neurology', 'psych', 'bloods', 'blood test', 'ultrasound', 'endoscopy',
  'antenatal', 'postnatal', 'health visitor', 'walk-in', 'out of hours', 'ooh', 'nhs 111', 'paramedics', 'casualty', 'the er',
  'the ed', 'review', 'recheck', 'check', 'obs', 'monitoring', 'physiotherapy', 'counselling', 'counseling', 'rehab',
  'take him in', 'take her in', 'take them in', 'go in', 'go back in', 'come in', 'get seen', 'the private', 'private',
];

/** Medicine words that are not drug names. */
export const MEDICINE_WORDS: readonly string[] = [
  'dose', 'doses', 'dosage', 'med', 'meds', 'medication', 'medications', 'medicine', 'medicines', 'pill', 'pills', 'tablet',
  'tablets', 'tabs', 'capsule', 'capsules', 'inhaler', 'insulin', 'antibiotic', 'antibiotics', 'jab', 'vaccine', 'shot',
  'script', 'prescription', 'drops', 'cream', 'supplement', 'supplements', 'statin', 'statins', 'antidepressant', 'antidepressants',
  'ssris', 'ppis', 'nsaids', 'opioids', 'benzos', 'vitamins', 'lozenge', 'lozenges', 'ointment',
  // The abbreviations they go by: "vit D", "IV vitamin C", "B12 inj".
  'vit', 'vits', 'iv', 'inj',
  'painkiller', 'painkillers', 'steroid', 'steroids', 'patch', 'injection', 'injections', 'infusion', 'sachet', 'syrup',
  'the pill', 'morning after pill', 'bp tablets', 'blood thinner', 'blood thinners', 'leftover', 'leftovers', 'basal',
  'bolus', 'formula', 'juice', 'honey', 'oil', 'melatonin', 'magnesium', 'iron', 'vitamin', 'cycle', 'puffs',
  'ointment', 'ice', 'heat pack', 'bandage', 'splint', 'antacid', 'antacids', 'laxative', 'laxatives', 'probiotic',
  'probiotics', 'zinc', 'vitamin c', 'fish oil', 'garlic', 'apple cider vinegar', 'turmeric', 'cbd', 'kratom', 'weed',
  'alcohol', 'whisky', 'whiskey', 'herbal', 'herbs', 'remedy', 'remedies', 'drip', 'peptide', 'peptides', 'hrt', 'the coil',
  'implant', 'stitches', 'sling', 'cast', 'crutches', 'nebuliser', 'nebulizer', 'spray', 'nasal spray', 'eye drops',
];

/** Common drug names (generic and a few brands) that do not end in a drug-class suffix. */
export const DRUG_NAMES: readonly string[] = [
  'ibuprofen', 'paracetamol', 'acetaminophen', 'tylenol', 'advil', 'aspirin', 'naproxen', 'codeine', 'co-codamol', 'tramadol',
  'morphine', 'oxycodone', 'hydromorphone', 'fentanyl', 'metformin', 'insulin', 'warfarin', 'apixaban', 'rivaroxaban',
  'eliquis', 'xarelto', 'heparin', 'enoxaparin', 'clopidogrel', 'amlodipine', 'lisinopril', 'ramipril', 'losartan',
  'furosemide', 'bumetanide', 'spironolactone', 'digoxin', 'amiodarone', 'flecainide', 'sertraline', 'fluoxetine',
  'citalopram', 'escitalopram', 'paroxetine', 'venlafaxine', 'duloxetine', 'mirtazapine', 'amitriptyline', 'bupropion',
  'lithium', 'quetiapine', 'olanzapine', 'risperidone', 'aripiprazole', 'haloperidol', 'lorazepam', 'diazepam',
  'alprazolam', 'clonazepam', 'zopiclone', 'zolpidem', 'melatonin', 'propranolol', 'atenolol', 'bisoprolol', 'metoprolol',
  'prednisone', 'prednisolone', 'pred', 'dexamethasone', 'hydrocortisone', 'amoxicillin', 'co-amoxiclav', 'augmentin',
  'doxycycline', 'azithromycin', 'clarithromycin', 'nitrofurantoin', 'trimethoprim', 'ciprofloxacin', 'cephalexin',
  'colchicine', 'allopurinol', 'omeprazole', 'lansoprazole', 'levothyroxine', 'thyroxine', 'sumatriptan', 'gabapentin',
  'pregabalin', 'methotrexate', 'mtx', 'methylphenidate', 'adderall', 'ritalin', 'testosterone', 'test cyp', 'estrogen',
  'progesterone', 'semaglutide', 'ozempic', 'wegovy', 'tirzepatide', 'mounjaro', 'levonorgestrel', 'epipen', 'adrenaline',
  'epinephrine', 'naloxone', 'buprenorphine', 'methadone', 'ketamine', 'ivermectin', 'hydroxychloroquine', 'salbutamol',
  'albuterol', 'ventolin', 'montelukast', 'cetirizine', 'loratadine', 'antihistamine', 'antihistamines', 'rosuvastatin',
  'atorvastatin', 'simvastatin', 'finasteride', 'minoxidil', 'isotretinoin', 'accutane', 'tamoxifen', 'letrozole',
  "st john's wort", 'saffron', 'ashwagandha', 'cranberry', 'myo-inositol', 'inositol', 'tea tree', 'iron', 'folic acid', 'vitamin d',
  // Brand and generic names as the public writes them in a question to a doctor.
  'xanax', 'valium', 'ativan', 'klonopin', 'ambien', 'zoloft', 'prozac', 'lexapro', 'wellbutrin', 'seroquel', 'trazodone',
  'hydroxyzine', 'buspirone', 'lasix', 'coumadin', 'lipitor', 'crestor', 'synthroid', 'nexium', 'prilosec', 'pantoprazole',
  'famotidine', 'pepcid', 'zofran', 'ondansetron', 'flonase', 'sudafed', 'benadryl', 'diphenhydramine', 'zyrtec', 'claritin',
  'motrin', 'aleve', 'imodium', 'loperamide', 'miralax', 'tamiflu', 'oseltamivir', 'paxlovid', 'acyclovir', 'valacyclovir',
  'valtrex', 'keflex', 'cipro', 'bactrim', 'macrobid', 'metronidazole', 'flagyl', 'fluconazole', 'diflucan', 'clindamycin',
  'percocet', 'vicodin', 'norco', 'oxycontin', 'dilaudid', 'toradol', 'ketorolac', 'flexeril', 'cyclobenzaprine', 'suboxone',
  'narcan', 'topiramate', 'lamotrigine', 'keppra', 'levetiracetam', 'sildenafil', 'viagra', 'cialis', 'tadalafil', 'lantus',
  'jardiance', 'farxiga', 'empagliflozin', 'dapagliflozin', 'glipizide', 'hydrochlorothiazide', 'carvedilol', 'diltiazem',
  'nifedipine', 'clonidine', 'plaquenil', 'humira',
];

/** Word endings of drug classes: "-olol", "-pril", "-statin"… (checked on words of 6+ letters). */
export const DRUG_SUFFIXES: readonly string[] = [
  'olol', 'pril', 'sartan', 'statin', 'azole', 'prazole', 'tidine', 'cillin', 'mycin', 'floxacin', 'cycline', 'dipine',
  'gliptin', 'gliflozin', 'glutide', 'triptan', 'azepam', 'zolam', 'oxetine', 'aline', 'apine', 'idone', 'afil', 'mab',
  'nib', 'parin', 'xaban', 'semide', 'thiazide', 'profen', 'codone', 'morphone', 'sone', 'lone', 'terol', 'tropium',
  'vir', 'zepam', 'triptyline', 'pramine', 'setron', 'dronate', 'lukast', 'fenac', 'oxacin', 'caine', 'tadine', 'oxetine',
];

/** Replies that hand the question back to the person's own clinician, or say it is general. */
export const DEFERRALS: readonly string[] = [
  'your gp', 'your own doctor', 'your doctor', 'your prescriber', 'whoever prescribes', 'whoever prescribed',
  'whoever monitors', 'your own clinician', 'your clinician', 'your pharmacist', 'a pharmacist', 'your care team',
  'your team', 'your specialist', 'your consultant', 'your urologist', 'your cardiologist', 'your neurologist',
  'your midwife', 'your nurse', 'your dentist', 'your psychiatrist', 'your oncologist', 'your endocrinologist',
  "can't comment", 'cannot comment', "can't advise", 'cannot advise', "can't tell you", "can't give", 'not twitter',
  'not with twitter', 'get seen', 'getting seen', 'be seen', 'worth a call', 'worth asking', 'worth getting',
  'in general', 'general rule', 'second opinion', 'ask for a review', 'sexual health clinic', 'seek', 'talk you through',
  'the usual route', 'is a question for', 'a chat with', 'one for you and', 'plan it with', 'not medical advice',
];

/** Words of the general public-education register: "many people", "often", "usually". */
export const GENERAL_WORDS: readonly string[] = [
  'many people', 'some people', 'most people', 'often', 'usually', 'in general', 'generally', 'typically', 'commonly',
  'can cause', 'may', 'might', 'depends', 'varies', 'vary', 'for most', 'for many', 'some',
];

/** Family members and others whose care the reader decides: "your mum", "give him". */
export const THIRD_PARTY: readonly string[] = [
  'your mum', 'your mom', 'your dad', 'your son', 'your daughter', 'your kid', 'your kids', 'your child', 'your baby',
  'your partner', 'your wife', 'your husband', 'your nan', 'your gran', 'your grandma', "your partner's", "your mum's",
  'give him', 'give her', 'keep her', 'keep him', 'let him', 'let her',
];

// ---- stigma ----

/** Slurs and slang for patients (on top of data/stigma.ts, which also offers the preferred words). */
export const PATIENT_SLURS: readonly string[] = [
  'junkie', 'junkies', 'crackhead', 'crackheads', 'methhead', 'methheads', 'meth head', 'meth heads', 'druggie', 'druggies',
  'nutter', 'nutters', 'psycho', 'psychos', 'schizo', 'schizos', 'fatty', 'fatties', 'fatso', 'whale', 'whales',
  'land whale', 'gomer', 'gomers', 'sickler', 'sicklers', 'faker', 'fakers', 'cutter', 'cutters', 'screamer', 'screamers',
  'attention seeker', 'attention seekers', 'attention-seeking', 'attention seeking', 'heartsink', 'heartsinks', 'a drunk',
  'the drunk', 'drunks', 'the borderlines', 'borderlines', 'hypochondriac', 'hypochondriacs', 'frequent flyer', 'frequent flyers',
  'frequent flier', 'frequent fliers', 'drug seeker', 'drug seekers', 'professional patient', 'professional patients',
  'karens', 'flk', 'lol in nad', 'pumpkin positive', 'bed blocker', 'bed blockers', 'bed-blocker', 'bed-blockers',
  'lunatic', 'lunatics', 'loony', 'loonies', 'vegetable', 'zombies', 'walking dead', 'timewaster',
  'timewasters', 'time-waster', 'time-wasters', 'time waster', 'time wasters', 'crock', 'crocks', 'dirtbag', 'dirtbags',
  'scrote', 'scrotes', 'chav', 'chavs', 'pikey', 'pikeys', 'bariatric whale', 'blubber', 'lard', 'tub of lard',
  'addict', 'addicts', 'alcoholic', 'alcoholics', 'abuser', 'abusers', 'dosser', 'dossers', 'bum', 'bums', 'tramp', 'tramps',
  'retard', 'retards', 'cripple', 'cripples', 'midget', 'midgets', 'the mentally ill', 'faking', 'malingerer', 'malingerers',
  'granny dumping', 'crumble', 'crumbles', 'oxygen thief', 'waste of space', 'munchausen mum', 'munchausen mom',
  'pita', 'pain in the ass', 'pain in the arse', 'nightmare patient', 'whingers', 'moaners', 'whiners', 'complainers',
  'wrinklies', 'coffin dodger', 'coffin dodgers', 'old biddy', 'old biddies', 'old codger', 'circling the drain',
  'size of a house', 'porker', 'alkie', 'alkies', 'alky', 'dope fiend', 'pothead', 'potheads', 'hobo', 'hobos', 'vagrant',
  'vagrants', 'bag lady', 'health tourist', 'health tourists', 'mongoloid', 'crazies', 'the crazies', 'spastic',
  'crumbly', 'crumblies', 'the regulars', 'our regular', 'our regulars', 'cabbage', 'cabbages', 'beached whale', 'hippo', 'hippos',
  'brain cell', 'brain cells', 'room temperature iq', 'allergic to everything', 'lardass', 'lard-ass', 'piggy',
  'oinker', 'heifer', 'landwhale', 'trolley dodger', 'benefit scrounger', 'scroungers', 'scrounger', 'freeloader',
  'freeloaders', 'wino', 'winos', 'crackwhore', 'smackhead', 'smackheads', 'pillhead', 'pillheads', 'pill popper',
  'pill poppers', 'tweaker', 'tweakers', 'stoner', 'stoners', 'psych case', 'psych cases', 'head case', 'headcase',
  'nutjob', 'nutjobs', 'nutcase', 'nutcases', 'weirdo', 'weirdos', 'freak', 'freaks', 'mental case', 'loon', 'loons',
  'bag of bones', 'gork', 'gorked', 'dirtball', 'sh*tbag', 'shpos', 'gpo', 'turf', 'status dramaticus', 'status hystericus',
  // The rest of the slang for people who drink or use drugs, for bodies and for old age.
  'alco', 'alcos', 'boozer', 'boozers', 'drunkard', 'drunkards', 'dipso', 'dipsos', 'lush', 'lushes', 'cokehead', 'cokeheads',
  'glue sniffer', 'glue sniffers', 'huffer', 'huffers', 'meth mouth', 'meth-mouth', 'junky', 'dopehead', 'dopeheads',
  'slob', 'slobs', 'couch potato', 'couch potatoes', 'fatass', 'fat ass', 'lardo', 'pie eater', 'pie-eater',
  "god's waiting room", 'old fogey', 'old fogeys', 'geezer', 'geezers', 'old coot', 'old bat', 'old bats',
];

/** Adjectives of contempt that, next to a word for a person, mock a patient ("the crazy lady"). */
export const MOCKING_ADJECTIVES: readonly string[] = [
  'crazy', 'hysterical', 'lazy', 'stupid', 'dumb', 'braindead', 'brain-dead', 'entitled', 'enormous', 'fat', 'stinking',
  'smelly', 'filthy', 'demented', 'mental', 'nuts', 'disgusting', 'pathetic', 'whiny', 'whingeing', 'needy', 'obese',
  'confused', 'batty', 'mad', 'thick', 'feral', 'manipulative', 'dramatic', 'drunken', 'homeless', 'difficult',
  'noncompliant', 'non-compliant', 'the obese', 'useless', 'delusional', 'idiotic', 'ignorant', 'moronic',
];

/** Words for people (and groups) that a mocking adjective or a label can attach to. */
export const PERSON_NOUNS: readonly string[] = [
  'lady', 'ladies', 'woman', 'women', 'man', 'men', 'guy', 'guys', 'bloke', 'blokes', 'patient', 'patients', 'pt', 'pts',
  'mum', 'mums', 'mom', 'moms', 'dad', 'dads', 'parent', 'parents', 'ones', 'people', 'lot', 'family', 'families', 'kid',
  'kids', 'teen', 'teens', 'granny', 'grannies', 'grandad', 'old man', 'old lady', 'old dear', 'girl', 'girls', 'boy',
  'boys', 'person', 'folk', 'folks', 'types', 'type', 'one', 'diabetic', 'diabetics', 'dude', 'chick',
];

/** Phrases of contempt or disbelief aimed at patients ("can't fix stupid", "let him rot"). */
export const CONTEMPT_PHRASES: readonly string[] = [
  "can't fix stupid", 'cant fix stupid', 'put the fork down', 'lay off the', 'let him rot', 'let her rot', 'let them rot',
  'why do we even bother', 'why do we bother', 'why bother', 'making it all up', 'making it up', 'faking it', 'always faking',
  'faking symptoms', 'not a hotel', 'we all know the type', 'oscar-worthy', 'oscar worthy', 'too fat to',   'dumpster fire of a human', 'waste of oxygen', 'waste of a bed', 'get off the sofa', 'off the sofa', 'zero pain tolerance',
  'brought it on', 'serves him right', 'stinks', 'reeks', 'stinking', 'demanding oxy',
  'demanding morphine', 'demanding dilaudid', 'demanding opioids', 'demanding opiates', 'begging for', 'sure, your pain',
  'your pain is 1', 'so-called pain', 'mystery pain', 'of course he does', 'of course she does', 'surprise surprise', 'had it coming', 'asked for it', 'put down the',
  'push away from the table', 'step away from the', 'eat less', "can't spell", 'cannot spell', 'iq of', 'brain cells',
  'not the sharpest', 'thick as', 'dumb as', 'allergic to everything but', 'miraculous recovery', 'miraculously cured',
  'magically', 'suddenly better when', 'serves her right', 'their own fault',
  'his own fault', 'her own fault', 'gene pool',   'walking dead', 'drama queen',
  'stuffing your face', 'stuffing their faces', 'stuffing their face', 'stuffing his face', 'stuffing her face', 'stuff your face',
  // Contempt for a kind of patient as a group: "you know the type", "some ppl just want to be sick".
  'you know the type', 'these people', 'ces gens-là', 'some people just', 'some ppl just', "some people shouldn't",
  "some ppl shouldn't", "shouldn't breed", 'should not breed', 'you stop caring', 'always the worst', "won't help themselves",
  'just want to be sick', 'free hotel', "it's in your head", 'all in their head', 'all in her head', 'all in his head',
  'darwin award', 'basically a zoo',
];

/** Contempt said of a person: "she's mental", "they're animals", "he's a waste of a bed". */
export const CONTEMPT_PREDICATES: readonly string[] = [
  'crazy', 'nuts', 'mental', 'insane', 'psycho', 'lazy', 'stupid', 'thick', 'fat', 'disgusting', 'hysterical', 'dramatic',
  'manipulative', 'faking', 'faking it', 'a faker', 'attention seeking', 'attention-seeking', 'drug seeking', 'drug-seeking',
  'a nightmare', 'a joke', 'a waste', 'useless', 'pathetic', 'feral', 'animals', 'vile', 'gross', 'filthy', 'feckless',
  'a drain', 'a burden', 'hopeless', 'a lost cause', 'beyond help', 'putting it on', 'making it up', 'a liar', 'liars',
  'lying', 'so dumb', 'morons', 'idiots', 'a moron', 'an idiot', 'delusional', 'demented', 'dumb', 'a headcase',
];

/** Words that place a patient on a ward: "the diabetic in bed 4", "junkie in 6". */
export const WARD_PLACES: readonly string[] = ['bed', 'bay', 'cubicle', 'room', 'side room', 'resus', 'cube', 'majors', 'minors', 'corridor', 'cubby', 'hallway bed'];

/** Phrases that quote a label to criticise it ("stop calling", "instead of", "not '…'"). */
export const STIGMA_CRITIQUE: readonly string[] = [
  'stop calling', 'stop saying', 'stop using', "don't call", 'dont call', "don't say", 'do not call', 'never call',
  'instead of', 'rather than', 'words matter', 'language matters', 'language shapes', 'is a dangerous label', 'label',
  'labels', 'labelling', 'labeling', 'calling patients', 'calling a patient', 'call a patient', 'calls a patient', 'code for',
  'is not', "isn't", "aren't", 'are not', 'not', 'person with', 'people with', 'person who', 'people who', 'drop from',
  'dated term', 'reported it', 'say something', 'tells me nothing', 'tells you nothing', 'stigma', 'stigmatising',
  'stigmatizing', 'treat her like', 'treat him like', 'treat them like', 'like a', 'person-first', 'identity-first',
];

// ---- profanity and insults ----

/** Abbreviated and minced swearing. */
export const SWEAR_ABBREVIATIONS: readonly string[] = [
  'wtf', 'ffs', 'fml', 'jfc', 'stfu', 'gtfo', 'omfg', 'wtaf', 'fk', 'fkn', 'fking', 'fkin', 'fck', 'fcking', 'fcuk', 'dafuq',
  'effing', 'f-ing', "f'ing", 'f-ing', 'frigging', 'friggin', 'feck', 'fecking', 'sh*t', 'bs', 'af', 'lmfao', 'mf', 'mofo',
  'pissing', 'piss take', 'piss-take', 'pissed off', 'sod off', 'sod it', 'bloody hell', 'arsed', 'shite', 'shitshow',
  'bollocks', 'bugger', 'buggered', 'tosser', 'tossers', 'wanker', 'wankers', 'goddam', 'effin', 'fuk', 'fukn',
  'go to hell', 'screw this', 'screw you', 'screw them', 'screw it', 'sucks balls', 'fecking', 'shat', 'shitting',
];

/** Nouns that insult a person. */
export const INSULT_NOUNS: readonly string[] = [
  'moron', 'morons', 'idiot', 'idiots', 'clown', 'clowns', 'prick', 'pricks', 'twat', 'twats', 'hack', 'hacks', 'imbecile',
  'imbeciles', 'cretin', 'cretins', 'muppet', 'muppets', 'numpty', 'numpties', 'loser', 'losers', 'jerk', 'jerks',
  'dumbass', 'dumbasses', 'dickhead', 'dickheads', 'douche', 'douchebag', 'douchebags', 'tosser', 'tossers', 'scumbag',
  'scumbags', 'parasite', 'parasites', 'dinosaur', 'dinosaurs', 'shill', 'shills', 'halfwit', 'halfwits', 'nitwit',
  'dimwit', 'dimwits', 'buffoon', 'buffoons', 'quack', 'quacks', 'snake oil salesman', 'grifter',
  'grifters', 'charlatan', 'charlatans', 'sheeple', 'simpleton', 'bellend', 'bellends', 'knobhead', 'knob',
  'plonker', 'pillock', 'airhead', 'bonehead', 'meathead', 'weasel', 'weasels', 'coward', 'cowards',
  // The same in other Englishes (Australian, Irish, Scottish).
  'drongo', 'drongos', 'galah', 'galahs', 'dropkick', 'dropkicks', 'eejit', 'eejits', 'gobshite', 'gobshites', 'bampot',
  'bampots', 'tosspot', 'tosspots', 'prat', 'prats',
  // More of the same, and insults made of a simile ("dumb as rocks", "thick as two short planks").
  'meatheads', 'boneheads', 'scum', 'scammer', 'scammers', 'cowboys', 'tit', 'dumb as rocks', 'dumb as a rock',
  'dumb as a box of rocks', 'dumb as dirt', 'thick as two short planks', 'thick as mince', 'piece of work',
];

/** Words that aim an insult at someone ("you absolute moron", "what a clown", "bunch of…"). */
export const INSULT_TARGETS: readonly string[] = [
  'you', "you're", 'youre', 'you are', 'ur', 'what a', 'what an', 'bunch of', 'such a', 'such an', 'these', 'those',
  'absolute', 'total', 'utter', 'complete', 'useless', 'greedy', 'arrogant', 'brainless', 'lazy', 'stupid', 'washed-up',
  'pathetic', 'incompetent', 'is a', 'is an', 'are', 'are all', 'the lot of them', 'every one of them', 'scamming',
];

// ---- claims ----

/** Verbs of cure and reversal ("cures", "reverses", "eliminates"). */
export const CURE_VERBS: readonly string[] = [
  'cure', 'cures', 'cured', 'curing', 'reverse', 'reverses', 'reversed', 'reversing', 'eliminate', 'eliminates',
  'eradicate', 'eradicates', 'heal', 'heals', 'healed', 'regrow', 'regrows', 'melts', 'melt', 'flushes out', 'flush out',
  'removes all', 'kills every', 'kills all', 'wipes out', 'detoxes', 'boosts', 'prevents', 'fixes', 'boost', 'restores', 'cancer-free', 'cancer free', 'pain-free', 'pain free', 'disease-free',
];

/** Words that make a statement universal or permanent ("never", "every", "forever", "100%"). */
export const ABSOLUTE_WORDS: readonly string[] = [
  'never', 'always', 'every', 'everyone', 'everybody', 'everything', 'any', 'anything', 'all', 'forever', 'permanently', 'completely', 'totally',
  'entirely', '100%', '100 percent', 'zero', 'no', 'guaranteed', 'guarantee', 'guarantees', 'only', 'literally', 'for life',
  'for good', 'once and for all', 'ever', 'instantly', 'overnight', 'fully',
];

/** Safety and efficacy promises ("no side effects", "100% safe", "risk-free"). */
export const PROMISES: readonly string[] = [
  'no side effects', 'zero side effects', 'without side effects', 'no side-effects', 'zero side-effects', 'no risks',
  'no risk', 'zero risk', 'risk-free', 'risk free', 'completely safe', 'totally safe', 'perfectly safe', '100% safe',
  '100% effective', '100% accurate', '100% natural', '100% of', 'never fails', 'never fail', 'never seen it fail',
  'never had it fail', 'works every time', 'works for everyone', 'worked for everyone', 'works 100%', 'always works',
  'never get sick', 'guaranteed', 'guarantee', 'guarantees', 'clinically proven', 'scientifically proven', 'proven to',
  'miracle', 'miracle cure', 'wonder drug', 'magic bullet', 'fountain of youth', 'breakthrough cure', 'for good',
  'will clear', 'clears up', 'clear your', 'is poison', 'are poison', 'nobody needs', 'no one needs',
  'is a cure', 'the cure', 'a cure for', 'secret cure', 'instant results', 'no downtime', 'never fails', 'works every time', 'zero dependence',
  'no dependence', 'money back', 'your money back', 'for life', 'forever', 'permanently', 'memories back', 'walking away',
  'cancer-free', 'the only thing that', 'only thing that works', 'actually works', 'no more', 'never have another',
  '100%', '100 percent', 'never get', 'never had', 'never seen', 'guaranteed to', 'not respond', 'nothing works better',
  'works for all', '100% success', 'zero risk', 'totally harmless', 'completely harmless', 'harmless', 'no downside',
  'no downsides', "can't go wrong", 'only cure', 'best cure', 'cure-all', 'cure all', 'heals anything', 'heals everything',
  'prevents all', 'stops ageing', 'stops aging', 'anti-aging miracle', 'never need', 'no more pain', 'permanent results',
  'safe for everyone', 'safe for everybody', 'safe for all', 'without any risk', 'perfect results', 'works instantly',
  'instant relief', 'instant cure', 'for all patients', 'in every patient', 'every single patient',
  'foolproof', 'fool-proof', 'no exceptions', 'without exception', 'in every case', 'every single case', 'permanent fix', 'bulletproof',
  'every patient', 'nothing else works', 'the answer', 'the solution', 'better than any', 'more effective than any',
  'safer than', 'no reason not to',
];

/** Words that qualify or deny an absolute ("not", "no drug is", "some", "about 20%"). */
export const CLAIM_HEDGES: readonly string[] = [
  'may', 'might', 'can help', 'could', 'some', 'many', 'most', 'often', 'about', 'around', 'roughly', 'modest', 'trials',
  'trial', 'study', 'studies', 'evidence', 'data', 'placebo', 'rct', 'meta-analysis', 'average', 'median', 'risk of',
  'not', 'no', "isn't", "aren't", "can't", 'cannot', "won't", 'nothing', 'nobody', 'no one', 'never a', 'if only',
  'says', 'claims', 'claiming', 'advertising', 'advertises', 'headline', 'promises', 'promising', 'snake oil', 'wish',
];

// ---- promotion ----

/** A referral code or scheme, not a patient's referral to a clinic ("Referral required"): a call to action and a price word. */
const REFERRAL_SCHEMES = ['referral code', 'referral link', 'referral bonus', 'referral discount'];

/** Calls to action that sell: "link in bio", "DM me for", "book through", "register now". */
export const CALLS_TO_ACTION: readonly string[] = [
  'link in bio', 'link in my bio', 'in bio', 'link below', 'linked below', 'my link', 'the link', 'tap the link',
  'dm me for', 'dm me', "i'll send the link", 'send the link', 'book through', 'book now', 'book your', 'sign up with',
  'order now', 'to order', 'shop now', 'grab one', 'grab yours', 'download now', 'register now', 'mention my name', 'sent you', 'use my', 'use code', 'my code', 'with code', 'with my code', 'promo code',
  'discount code', ...REFERRAL_SCHEMES, 'affiliate', 'come see us', 'visit us', 'booth', 'checkout', 'check out', 'spots filling',
  'seats go', 'this week only', 'today only', 'first order', 'first month', 'first session',
  'free trial', 'swipe up', 'buy now', 'get yours', 'pre-order', 'preorder', 'ambassador programme',
  'ambassador program', 'passive income', 'my followers get',
  // Selling one's own service or product: "booking now open", "join my cohort", "tag a friend" (not a
  // clinic's "call to book" or "now offers", which its notices say of its hours and vaccines).
  'booking now open', 'booking is open', 'now booking', 'dm to book', 'join my', 'waitlist', 'tag a friend', 'slots go',
  'spots left', 'instant download', 'just launched', 'early bird', 'comment below', 'to win', 'giveaway',
];

/** Praise that sells a product outright ("can't recommend … enough", "switching all my patients"). */
export const STRONG_PRAISE: readonly string[] = [
  "can't recommend", 'cant recommend', "couldn't recommend", 'highly recommend', 'swear by', 'switching all my',
  'recommend to every', 'game changer', 'game-changer', 'incredible drug', 'honestly the best', 'the best', 'best on',
  'best in', 'out there', 'only thing that helps', 'only one i', 'i only trust', 'the only', 'i trust', 'what are you doing',
  'not using', 'you need this', 'life-changing', 'life changing', 'worth every penny', 'obsessed with', 'my go-to',
  'loving my', 'first-line', 'first line', 'should be using', 'all my patients', 'all my statin', 'every patient',
];

/** Milder praise, common in honest posts too ("amazing", "I use"). */
export const PRODUCT_PRAISE: readonly string[] = [
  'my favourite', 'my favorite', 'best', 'i use', 'what i use', 'what i take', 'everything i take', 'amazing', 'unreal',
  'thrilled', 'proud to be part', 'part of the', 'trust me', 'incredible', 'love', 'loving', 'fantastic', 'brilliant',
];

/** Industry settings where praise for a product is often paid: dinners, booths, symposia, talks. */
export const INDUSTRY_EVENTS: readonly string[] = [
  'dinner', 'booth', 'symposium', 'satellite', 'speaker', 'speaking at', 'talk', 'presenting', 'presented', 'launch',
  'launching', 'rep', 'reps', 'sponsored', 'lunch', 'advisory', 'webinar', 'demo', 'stand', 'partner', 'family!',
  'team at', 'thanks to', 'huge thanks', 'grateful to', 'proud to be part', 'part of the',
];

/** Discount and price words. */
export const DISCOUNT_WORDS: readonly string[] = [
  'off', 'discount', 'free', 'save', 'deal', 'price', 'pricing', 'promo', 'coupon', 'voucher', 'sale', 'special offer',
  'cashback', 'commission', 'refer', ...REFERRAL_SCHEMES, '$', '£', '€',
];

/** Phrases in a post that speak of industry critically or as news, not as its voice. */
export const INDUSTRY_CRITIQUE: readonly string[] = [
  "isn't free", 'is not free', 'drug reps', 'drug rep', 'pharma rep', 'serum ads', 'ads', 'no affiliations',
  'not sponsored', 'not an ad', 'no sponsorship', 'unpaid', 'bring your own', 'hard pass', 'funding', 'press release',
];
