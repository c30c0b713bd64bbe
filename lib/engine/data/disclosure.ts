// Cues of paid or industry content, and the disclosures that make it honest.
export const PROMOTION_CUES: readonly string[] = [
  'sponsored', 'sponsored by', 'paid partnership', 'partnered with', 'in partnership with', 'promo code',
  'discount code', 'use my code', 'use code', 'affiliate link', 'link in bio', 'giveaway',
  'thanks to', 'grateful to', 'proud to partner', 'brand ambassador', 'ambassador for', 'speaker for', 'speakers bureau',
  'advisory board', 'consultant for', 'check out', 'try', 'buy', 'order now', 'shop', 'discount', 'free trial',
];

/** A post names a product or company when one of these appears near a cue. */
export const COMPANY_WORDS: readonly string[] = [
  'pharma', 'pharmaceuticals', 'therapeutics', 'biotech', 'inc', 'labs', 'health', 'medical', 'supplements', 'supplement',
  'vitamins', 'app', 'device', 'company', 'brand', 'product', 'products', 'drug', 'formula', 'shake', 'tea', 'gummies',
];

export const DISCLOSURES: readonly string[] = [
  '#ad', '#sponsored', '#paid', '#partner', '#coi', 'disclosure', 'disclosures', 'disclaimer', 'coi', 'conflict of interest',
  'conflicts of interest', 'i am a consultant', "i'm a consultant", 'i consult for', 'paid partnership', 'paid by',
  'i receive', 'i received', 'honoraria', 'honorarium', 'financial relationship', 'i have no conflicts', 'no conflicts',
  'nothing to disclose', 'i work for', 'i am employed by', "i'm employed by", 'advertisement',
];

/** Drug, device and supplement companies (no names that are also first names or surnames, e.g. Lilly, Abbott): "thanks to <company> for…" or "check out <brand>" is promotion. */
export const COMPANIES: readonly string[] = [
  'pfizer', 'merck', 'msd', 'novartis', 'roche', 'genentech', 'astrazeneca', 'gsk', 'glaxosmithkline', 'sanofi', 'abbvie',
  'eli lilly', 'novo nordisk', 'bristol myers squibb', 'bms', 'amgen', 'gilead', 'johnson & johnson', 'janssen',
  'bayer', 'boehringer', 'boehringer ingelheim', 'takeda', 'biogen', 'regeneron', 'moderna', 'medtronic', 'abbott laboratories',
  'boston scientific', 'stryker', 'dexcom', 'teva', 'viatris', 'vertex', 'daiichi sankyo', 'astellas', 'eisai', 'otsuka',
  'ipsen', 'jazz pharmaceuticals', 'alnylam', 'biontech', 'seagen', 'incyte', 'exact sciences', 'illumina', 'edwards lifesciences', 'intuitive surgical', 'insulet', 'tandem diabetes', 'omnipod', 'noom',
  'athletic greens', 'ag1', 'hum nutrition',
];

/** Weak cues that are promotion beside a company name ("thanks to Pfizer for…", "check out Dexcom's…"). */
export const COMPANY_CUES: readonly string[] = ['thanks to', 'thank you to', 'grateful to', 'check out', 'shoutout to', 'shout out to'];
