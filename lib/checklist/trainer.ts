import type { Track } from './types.ts';

/** The eight lessons of running a physician social-media training programme. */
export const TRAINER: Track = {
  id: 'trainer',
  title: 'Trainer',
  audience: 'For the social-media team member who trains physicians.',
  items: [
    { id: 'trainer-market', text: 'Market the training by word of mouth and strategic one-to-one invitations.', why: 'Physicians come because a trusted colleague asked, not because of a flyer.' },
    { id: 'trainer-listen', text: 'Start by listening to the trainee’s goals.', why: 'A session built on their reasons to post is one they will act on.' },
    { id: 'trainer-stats', text: 'Share the statistics that answer “why does this matter”.', why: 'Numbers on how patients and peers use social media win over sceptics.' },
    { id: 'trainer-basics', text: 'Teach the basics, but adapt to what they already know.', why: 'Repeating what they know loses them; skipping what they lack loses them too.' },
    { id: 'trainer-demo', text: 'Customise the demo with examples from their specialty.', why: 'Their own hashtags and leaders make the platform feel relevant at once.', showMe: 'hashtag-suggestion' },
    { id: 'trainer-groups', text: 'Keep groups to two or three.', why: 'Small groups let everyone try things hands-on and ask questions.' },
    { id: 'trainer-assistant', text: 'Invite their assistant.', why: 'The assistant often schedules, proofreads and keeps the account going.' },
    { id: 'trainer-follow-up', text: 'Follow up: send suggested posts, and the conference hashtag ahead of a meeting.', why: 'Follow-up matters more than the training: it turns a session into a habit.' },
  ],
};
