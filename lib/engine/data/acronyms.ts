// Acronyms that are not shouting when written in capitals: organisations, journals, exams, tests,
// infections. Clinical abbreviations in data/jargon.ts count too. Upper case, as written. Words that
// are also common English in capitals (DO, NICE, CHEST, PET) are left out on purpose.
export const ACRONYMS: readonly string[] = [
  'CDC', 'WHO', 'FDA', 'NIH', 'CMS', 'HHS', 'NHS', 'AMA', 'ACP', 'AAP', 'AAFP', 'ACOG', 'ACC', 'AHA', 'ASA',
  'ASCO', 'ESMO', 'AACR', 'NCCN', 'NCI', 'USPSTF', 'ACGME', 'ABIM', 'ABFM', 'ABEM', 'ABMS', 'MOC', 'AAMC', 'NRMP',
  'ERAS', 'USMLE', 'COMLEX', 'MCAT', 'NBME', 'CME', 'ACEP', 'SAEM', 'ATS', 'IDSA', 'ADA', 'APA', 'AAN', 'ACR',
  'RSNA', 'ASTRO', 'SGIM', 'SHM', 'AGS', 'AUA', 'ACS', 'ESC', 'EASL', 'AASLD', 'DDW', 'ACG', 'AGA', 'KDIGO', 'ASN',
  'NEJM', 'JAMA', 'BMJ', 'JCO', 'NCBI', 'PMC', 'EHR', 'EMR', 'HIPAA', 'GDPR', 'PHI', 'PPE', 'RSV', 'COVID', 'SARS',
  'HIV', 'AIDS', 'HPV', 'MRSA', 'VRE', 'TB', 'STI', 'STD', 'UTI', 'MRI', 'ECG', 'EKG', 'EEG', 'EMG', 'CBC', 'BMP',
  'CMP', 'ICU', 'NICU', 'PICU', 'CCU', 'PACU', 'EMS', 'EMT', 'CPR', 'AED', 'BLS', 'ACLS', 'PALS', 'ATLS', 'DNR', 'DNI',
  'POLST', 'IVF', 'OBGYN', 'ENT', 'GYN', 'NSAID', 'NSAIDS', 'SSRI', 'SSRIS', 'ARB', 'GLP', 'SGLT', 'DEI',
  'LGBTQ', 'LGBTQIA', 'BIPOC', 'USA', 'NYC', 'UK', 'EU', 'RN', 'NP', 'PA', 'CRNA', 'MD', 'PHD', 'MPH', 'MBA', 'MBBS',
  'FACP', 'FACS', 'FAAP', 'FRCP', 'FRCS', 'CEO', 'CMO', 'FAQ', 'PSA', 'RSVP', 'ASAP', 'AKA', 'FYI', 'TBD', 'TLDR',
  'NASA', 'UNICEF', 'MSF', 'ICD', 'CPT', 'RVU', 'RVUS', 'MIPS', 'ACO', 'HMO', 'PPO', 'VA', 'DOD', 'NATO', 'ADHD', 'PTSD',
  'OCD', 'ALS', 'COPD', 'CHF', 'CKD', 'ESRD', 'IBD', 'IBS', 'GERD', 'PCOS', 'SIDS', 'SUID', 'LASIK', 'BRCA', 'DNA', 'RNA',
  'MRNA', 'PCR', 'CRISPR', 'ASCVD', 'LDL', 'HDL', 'BMI', 'AI', 'LLM', 'GPT', 'API', 'PDF', 'URL', 'IRB', 'RCT', 'RCTS',
];

// The clinical abbreviations of data/jargon.ts that fit an acronym's shape (3–6 capitals) and are not
// above, upper-cased: the privacy rules read these without loading the jargon list and its plain words
// (tests/engine/data/acronyms.test.ts keeps the two in step).
export const CLINICAL_ABBREVIATIONS: readonly string[] = [
  'ABX', 'ACEI', 'ADR', 'AFIB', 'AKI', 'AMS', 'APPY', 'BENIGN', 'BIBA', 'BID', 'BPH', 'BRBPR', 'CABG', 'CAD', 'CAP',
  'CATH', 'CTA', 'CVA', 'CXR', 'DAPT', 'DDX', 'DOAC', 'DOACS', 'DOE', 'DVT', 'ECMO', 'EDEMA', 'EGD', 'EGFR', 'EMESIS',
  'ERCP', 'FXN', 'GCS', 'GOC', 'HFPEF', 'HFREF', 'HGB', 'HLD', 'HPI', 'HTN', 'ICH', 'KUB', 'LAC', 'LFTS', 'LOC',
  'LOS', 'MICU', 'MRA', 'NAD', 'NKDA', 'NPO', 'NSTEMI', 'ORIF', 'OSA', 'OTC', 'PCI', 'PCP', 'PLT', 'PMH', 'PNA',
  'POD', 'PPI', 'PRN', 'PTS', 'QAM', 'QHS', 'QID', 'ROS', 'ROSC', 'RTC', 'SAH', 'SBO', 'SIRS', 'SLE', 'SNF', 'SOB',
  'STEMI', 'SVD', 'TAVR', 'TBI', 'TEE', 'TIA', 'TID', 'TTE', 'URI', 'VTE', 'WBC', 'WNL'
];
