// The specialty names a user can pick (keys of the hashtag ontology), sorted for display.
import { SPECIALTIES } from '../data/hashtag-communities.ts';

export const SPECIALTY_NAMES: readonly string[] = Object.keys(SPECIALTIES).sort();
