// TEMPORARY STUB (replaced by the curated ontology).
export type HashtagKind = 'specialty' | 'disease' | 'chat' | 'education' | 'topic' | 'advocacy';
export interface HashtagEntry {
  tag: string;
  kind: HashtagKind;
  specialties: string[];
  triggers: string[];
}
export const SPECIALTIES: Record<string, string[]> = { oncology: ['oncologist', 'heme/onc'], 'medical education': [] };
export const HASHTAGS: readonly HashtagEntry[] = [
  { tag: '#OncTwitter', kind: 'specialty', specialties: ['oncology'], triggers: ['cancer', 'chemo', 'oncology'] },
  { tag: '#BreastCancer', kind: 'disease', specialties: ['oncology'], triggers: ['breast cancer', 'mammogram'] },
  { tag: '#MedEd', kind: 'education', specialties: ['medical education'], triggers: ['pearl', 'teaching'] },
  { tag: '#hcsm', kind: 'chat', specialties: ['medical education'], triggers: ['social media'] },
];
