import type { Track } from './types.ts';

export const PHYSICIAN: Track = {
  id: 'physician',
  title: 'Physician',
  audience: 'For the physician who will post.',
  items: [
    { id: 'phys-profile', text: 'Set up a professional profile: a clear photo, a bio with your specialty, and “views are my own”.', why: 'Colleagues and patients decide in seconds whether to trust and follow you.' },
    { id: 'phys-2fa', text: 'Turn on two-factor authentication.', why: 'A hijacked physician account can spread harm under your name.' },
    { id: 'phys-privacy', text: 'Review privacy and safety settings: who can tag you, find you by email or phone, and send you DMs.', why: 'You choose what is public before a post goes viral, not after.' },
    { id: 'phys-post', text: 'Write a post, reply to one, repost one and quote one.', why: 'The four verbs of X: knowing them makes every other feature easy.' },
    { id: 'phys-mention', text: 'Mention a colleague with @ and use a hashtag.', why: 'Mentions start conversations; hashtags put your post in front of a community.', showMe: 'hashtag-suggestion' },
    { id: 'phys-lists', text: 'Make a list, bookmark a post, and mute or block an account.', why: 'Lists and mutes keep your timeline useful; bookmarks keep what you want to read later.' },
    { id: 'phys-thread', text: 'Write a short thread, and know where DMs and notifications are.', why: 'A thread carries a teaching point that will not fit in one post.', showMe: 'length-overflow' },
    { id: 'phys-phi', text: 'Never post anything that could identify a patient, even a “de-identified” story.', why: 'Dates, ages, places and rare details together can point to one person.', showMe: 'quasi-combination' },
    { id: 'phys-advice', text: 'Give no individual medical advice online; point people to their own clinician.', why: 'Advice without an exam or a relationship can harm, and creates a duty of care.', showMe: 'medical-advice' },
    { id: 'phys-coi', text: 'Disclose conflicts of interest when you post about a product, drug or company.', why: 'Readers weigh your words by who pays you; hiding it costs trust.', showMe: 'undisclosed-promotion' },
    { id: 'phys-five', text: 'Be social, be yourself, be nice, be helpful, be careful.', why: 'Five rules that cover most of what goes right and wrong on X.', showMe: 'stigmatizing-language' },
    { id: 'phys-community', text: 'Follow your specialty’s hashtags and join a tweet chat.', why: 'Communities form around hashtags; a chat is the quickest way to meet yours.', showMe: 'hashtag-suggestion' },
    { id: 'phys-conference', text: 'Live-post a conference with its hashtag.', why: 'Sharing key findings builds your voice and brings the meeting to colleagues who could not go.', showMe: 'clean-conference' },
  ],
};
