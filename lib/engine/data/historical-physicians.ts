// Famous historical physicians and scientists: naming them is history, not a patient.
export const HISTORICAL_PHYSICIANS: readonly string[] = [
  'apgar', 'avicenna', 'banting', 'barnard', 'barton', 'best', 'blackwell', 'blalock', 'bright', 'cabot', 'charcot',
  'crick', 'curie', 'cushing', 'darwin', 'dekruif', 'drew', 'ehrlich', 'einthoven', 'fauci', 'farmer', 'fleming',
  'florey', 'forssmann', 'franklin', 'freud', 'galen', 'gawande', 'halsted', 'harvey', 'hippocrates', 'hunter', 'imhotep',
  'jenner', 'koch', 'koop', 'kubler-ross', 'laennec', 'lister', 'long', 'maimonides', 'mayo', 'nightingale', 'osler',
  'paracelsus', 'pasteur', 'pavlov', 'rush', 'sabin', 'salk', 'saunders', 'semmelweis', 'snow', 'starzl', 'sydenham',
  'taussig', 'thomas', 'vesalius', 'virchow', 'watson', 'williams', 'wilkins', 'harveian', 'oslerian', 'hahnemann',
  'seacole', 'cicely', 'kübler-ross', 'addison', 'huntington', 'alzheimer', 'tesla', 'einstein', 'lacks', 'cabot',
  'banting', 'macleod', 'collip', 'ramon', 'cajal', 'golgi', 'morgagni', 'auenbrugger', 'rontgen', 'röntgen', 'roentgen',
];

export const HISTORICAL_FULL_NAMES: readonly string[] = [
  'william osler', 'florence nightingale', 'virginia apgar', 'elizabeth blackwell', 'jonas salk', 'albert sabin',
  'edward jenner', 'louis pasteur', 'robert koch', 'joseph lister', 'john snow', 'ignaz semmelweis', 'harvey cushing',
  'william halsted', 'charles drew', 'helen taussig', 'cicely saunders', 'paul farmer', 'henrietta lacks', 'marie curie',
  'alexander fleming', 'christiaan barnard', 'frederick banting', 'mary seacole', 'sigmund freud', 'rudolf virchow',
];
