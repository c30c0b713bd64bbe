import { ASSISTANT } from './assistant.ts';
import { PHYSICIAN } from './physician.ts';
import { TRAINER } from './trainer.ts';
import type { ChecklistItem, Track } from './types.ts';

export type { ChecklistItem, Track, TrackId } from './types.ts';

export const TRACKS: Track[] = [PHYSICIAN, TRAINER, ASSISTANT];

export const itemById = new Map<string, ChecklistItem>(TRACKS.flatMap((t) => t.items.map((i) => [i.id, i] as const)));
