// Absolute or miracle claims: a post by a physician should not promise what medicine can't.
export const ABSOLUTE_CLAIMS: readonly string[] = [
  'cures', 'cure for', 'cured my', 'will cure', 'can cure', 'proven to cure', 'miracle', 'miracle cure',
  'miracle drug', 'wonder drug', 'magic bullet', '100% safe', '100% effective', '100 percent safe', 'completely safe',
  'totally safe', 'perfectly safe', 'no side effects', 'zero side effects', 'without side effects', 'risk-free',
  'risk free', 'guaranteed', 'guarantee', 'guarantees', 'never fails', 'always works', 'works every time',
  'works for everyone', 'instant results', 'detox tea', 'detox your body', 'detoxes your', 'reverses aging', 'reverse diabetes', 'reverses diabetes',
  'boosts your immune system', 'boost your immunity', 'clinically proven', 'scientifically proven', 'breakthrough cure',
  'eliminates cancer', 'kills cancer', 'cancer-fighting', 'all natural', 'all-natural', 'secret cure', 'doctors hate',
];
