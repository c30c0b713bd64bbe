import type { Track } from './types.ts';

export const ASSISTANT: Track = {
  id: 'assistant',
  title: 'Assistant / reviewer',
  audience: 'For the practice assistant who reviews or schedules posts.',
  items: [
    { id: 'asst-proofread', text: 'Proofread each post for accuracy and one consistent voice.', why: 'Errors and shifts in tone undermine a physician’s credibility.', showMe: 'jargon' },
    { id: 'asst-privacy-first', text: 'Check privacy before anything else.', why: 'A post that identifies a patient cannot be taken back once it is seen.', showMe: 'patient-name' },
    { id: 'asst-access', text: 'Keep account access to few people.', why: 'Every extra login is another way the account can be misused or hacked.' },
    { id: 'asst-schedule', text: 'Keep a rotating posting schedule.', why: 'Steady, planned posting beats bursts and silences.' },
    { id: 'asst-general', text: 'Answer patient questions in general terms only.', why: 'Specific answers in public are medical advice and may reveal who is a patient.', showMe: 'medical-advice' },
  ],
};
