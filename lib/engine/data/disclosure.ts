// Disclosures that make paid or industry content honest, and drug, device and supplement companies.
export const DISCLOSURES: readonly string[] = [
  '#ad', '#sponsored', '#paid', '#partner', '#coi', 'disclosure', 'disclosures', 'disclaimer', 'coi', 'conflict of interest',
  'conflicts of interest', 'i am a consultant', "i'm a consultant", 'i consult for', 'paid partnership', 'paid by',
  'i receive', 'i received', 'honoraria', 'honorarium', 'financial relationship', 'i have no conflicts', 'no conflicts',
  'nothing to disclose', 'i work for', 'i am employed by', "i'm employed by", 'advertisement',
];

/** Drug, device and supplement companies (no names that are also first names or surnames, e.g. Lilly, Abbott). */
export const COMPANIES: readonly string[] = [
  'pfizer', 'merck', 'msd', 'novartis', 'roche', 'genentech', 'astrazeneca', 'gsk', 'glaxosmithkline', 'sanofi', 'abbvie',
  'eli lilly', 'novo nordisk', 'bristol myers squibb', 'bms', 'amgen', 'gilead', 'johnson & johnson', 'janssen',
  'bayer', 'boehringer', 'boehringer ingelheim', 'takeda', 'biogen', 'regeneron', 'moderna', 'medtronic', 'abbott laboratories',
  'boston scientific', 'stryker', 'dexcom', 'teva', 'viatris', 'vertex', 'daiichi sankyo', 'astellas', 'eisai', 'otsuka',
  'ipsen', 'jazz pharmaceuticals', 'alnylam', 'biontech', 'seagen', 'incyte', 'exact sciences', 'illumina', 'edwards lifesciences', 'intuitive surgical', 'insulet', 'tandem diabetes', 'omnipod', 'noom',
  'athletic greens', 'ag1', 'hum nutrition',
];
