// Family and household words (lower case): Safe Harbor covers relatives' names too. With the words for
// grandparents, parents, aunts and uncles in the languages colleagues abroad post in (nani, dadi, abbu,
// halmoni, tita, yiayia, babcia, ouma, vovó, mamie, kuia…), for "my nani turned 90".
export const RELATIVE_WORDS: readonly string[] = [
  'abbu', 'abuela', 'abuelita', 'abuelito', 'abuelo', 'adoptive mom', 'adoptive parent', 'amma', 'ammi', 'ammu',
  'appa', 'aunt', 'auntie', 'aunts', 'aunty', 'avó', 'avô', 'baba', 'babcia', 'babushka', 'baby', 'baby daddy',
  'baby mama', 'best friend', 'bestie', 'bf', 'bff', 'bio dad', 'biological father', 'birth mom', 'birth mother',
  'boarder', 'boss', 'boyfriend', 'bro', 'brother', 'brother-in-law', 'brothers', 'bubbe', 'buddy', 'caregiver',
  'chacha', 'chachi', 'child', 'childhood friend', 'children', 'cousin', 'cousins', 'coworker', 'cuz', 'dad', 'dada',
  'daddy', 'dadi', 'dadu', 'daughter', 'daughter-in-law', 'daughters', 'dedushka', 'dziadek', 'employer', 'ex',
  'ex-boyfriend', 'ex-girlfriend', 'ex-husband', 'ex-partner', 'ex-wife', 'father', 'father-in-law', 'fiance',
  'fiancé', 'fiancee', 'fiancée', 'flatmate', 'foster child', 'foster dad', 'foster kid', 'foster mom',
  'foster parent', 'friend', 'gf', 'girlfriend', 'godchild', 'goddaughter', 'godfather', 'godmother', 'godson',
  'gran', 'grandad', 'grandbaby', 'grandchild', 'grandchildren', 'granddad', 'granddaughter', 'granddaughters',
  'grandfather', 'grandkid', 'grandkids', 'grandma', 'grandmom', 'grandmother', 'grandpa', 'grandparent',
  'grandparents', 'grandpop', 'grandson', 'grandsons', 'granny', 'great grandma', 'great grandpa',
  'great-granddaughter', 'great-grandfather', 'great-grandma', 'great-grandmother', 'great-grandpa',
  'great-grandson', 'guardian', 'half brother', 'half sister', 'half-brother', 'half-sister', 'halmoni', 'harabeoji',
  'health care proxy', 'healthcare proxy', 'housemate', 'hubby', 'husband', 'husbands', 'in-law', 'in-laws', 'khala',
  'khalu', 'kid', 'kids', 'kuia', 'kuya', 'laolao', 'lodger', 'lola', 'lolo', 'mama', 'mamie', 'mamma', 'meemaw',
  'memaw', 'mémé', 'mimi', 'mom', 'momma', 'mommy', 'mother', 'mother-in-law', 'mum', 'nainai', 'nana', 'nani',
  'nanna', 'nanu', 'neighbor', 'neighbour', 'nephew', 'nephews', 'next of kin', 'niece', 'nieces', 'nok', 'nonna',
  'nonno', 'obaachan', 'ojiichan', 'oma', 'opa', 'ouma', 'oupa', 'pal', 'papa', 'papou', 'pappou', 'papy', 'parent',
  'parents', 'partner', 'pawpaw', 'pépé', 'poa', 'pop-pop', 'popo', 'pops', 'relatives', 'roommate', 'sib',
  'sibling', 'siblings', 'significant other', 'sis', 'sister', 'sister-in-law', 'sisters', 'son', 'son-in-law',
  'sons', 'spouse', 'stepbrother', 'stepchild', 'stepdad', 'stepdaughter', 'stepfamily', 'stepfather', 'stepkids',
  'stepmom', 'stepmother', 'stepsister', 'stepson', 'teen', 'teenager', 'tia', 'tía', 'tio', 'tío', 'tita', 'tito',
  'toddler', 'tutu', 'twin', 'twin brother', 'twin sister', 'twins', 'uncle', 'uncles', 'vovó', 'vovô', 'widow',
  'widower', 'wife', 'wifey', 'wives', 'yaya', 'yeye', 'yiayia', 'zayde',
];

// Capitalised words that introduce a patient's nickname: "Nana Bea", "Big Earl", "Coach B".
export const NICKNAME_PREFIXES: readonly string[] = [
  'Abuela', 'Abuelita', 'Abuelito', 'Abuelo', 'Amma', 'Ate', 'Aunt', 'Auntie', 'Aunty', 'Baba', 'Babcia', 'Babushka',
  'Baby', 'Bapak', 'Bhaiya', 'Bibi', 'Big', 'Brother', 'Bubbe', 'Cap', 'Captain', 'Chacha', 'Chachi', 'Chief',
  'Coach', 'Cousin', 'Dadi', 'Deacon', 'Deputy', 'Didi', 'Elder', 'Gigi', 'Gramma', 'Grammy', 'Gramps', 'Gran',
  'Grandad', 'Granddad', 'Grandma', 'Grandpa', 'Grandpop', 'Granny', 'Haji', 'Hajjah', 'Ibu', 'Khala', 'Khalu',
  'Kuya', 'Lil', 'Little', 'Lola', 'Lolo', 'Makcik', 'Mama', 'Mamaw', 'Mawmaw', 'Mbak', 'Meemaw', 'Memaw', 'Mimi', 'Miss',
  'Mister', 'Mzee', 'Nalongo', 'Nana', 'Nani', 'Nonna', 'Nonno', 'Officer', 'Oma', 'Opa', 'Pak', 'Pakcik', 'Papa',
  'Papaw', 'Pappy', 'Pastor', 'Pawpaw', 'Pop', 'Pop-Pop', 'Pops', 'Preacher', 'Sarge', 'Sergeant', 'Seu', 'Sheriff',
  'Sister', 'Ssalongo', 'Tanty', 'Tia', 'Tía', 'Tio', 'Tío', 'Tita', 'Tito', 'Trooper', 'Unc', 'Uncle', 'Venerable', 'Yaya', 'Yiayia',
  'Zayde',
];

/** Nickname prefixes that are also ordinary words: they make a nickname only before a given name or an unknown word. */
export const WEAK_NICKNAME_WORDS: readonly string[] = ['big', 'little', 'lil', 'miss', 'sister', 'brother', 'chief', 'captain', 'officer', 'ate', 'pak', 'mbak'];
