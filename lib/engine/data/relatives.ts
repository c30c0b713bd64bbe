// Family and household words: Safe Harbor covers relatives' names too.
export const RELATIVE_WORDS: readonly string[] = [
  'wife', 'husband', 'spouse', 'partner', 'son', 'daughter', 'mom', 'mother', 'mum', 'mama', 'dad', 'father', 'papa',
  'grandma', 'grandpa', 'grandmother', 'grandfather', 'granny', 'nana', 'grandson', 'granddaughter', 'grandkid',
  'grandchild', 'brother', 'sister', 'aunt', 'uncle', 'cousin', 'niece', 'nephew', 'fiancé', 'fiance', 'fiancée',
  'fiancee', 'boyfriend', 'girlfriend', 'neighbor', 'neighbour', 'roommate', 'caregiver', 'guardian', 'stepmom',
  'stepdad', 'stepson', 'stepdaughter', 'twin', 'baby', 'kid', 'child', 'toddler', 'teen', 'teenager', 'widow',
  'widower', 'in-law', 'mother-in-law', 'father-in-law', 'sister-in-law', 'brother-in-law', 'godson', 'goddaughter',
  'friend', 'bestie', 'coworker', 'boss', 'employer',
];

// Capitalised words that introduce a patient's nickname: "Nana Bea", "Big Earl", "Coach B".
export const NICKNAME_PREFIXES: readonly string[] = [
  'nana', 'papa', 'grandma', 'grandpa', 'granny', 'gramps', 'pops', 'mama', 'baby', 'big', 'little', 'lil', 'coach',
  'aunt', 'auntie', 'uncle', 'miss', 'mister', 'sister', 'brother', 'pastor', 'deacon', 'officer', 'sarge', 'captain',
  'chief', 'abuela', 'abuelo', 'tia', 'tio', 'mimi', 'meemaw', 'pawpaw', 'nonna', 'nonno', 'babcia', 'oma', 'opa',
];
