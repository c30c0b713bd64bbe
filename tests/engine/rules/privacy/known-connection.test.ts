import { rule } from '../../../../lib/engine/rules/privacy/known-connection.ts';
import { testRule } from '../../rule-tester.ts';

testRule(rule, {
  valid: [
    // No patient in the post: a colleague's family news.
    'Congrats to our CMO’s daughter on graduating from nursing school!',
    // The patient's own family is no tie to someone the readers know.
    'Saw a 4yo today with croup; the kid’s mom handled it like a pro.',
    'My patient came in with her husband’s sister for the biopsy results today.',
    // A role held by nobody in particular.
    'Saw a patient today whose sister of course was a nurse.',
    // The author's colleagues are no one the community knows by them.
    'My patient today was charming; my attending was not, and our charge nurse saw it.',
    // A plain word before a role that owns nothing.
    'Saw a patient today; the school principal called about the flu clinic.',
  ],
  invalid: [
    {
      text: 'I know the pregnant 15yo I saw today is the pastor’s granddaughter.',
      errors: [{ text: 'the pastor’s granddaughter' }],
    },
    {
      text: 'Pre-op today: my patient is allergic to all the -caines, and the sister of our CMO.',
      errors: [{ text: 'the sister of our CMO' }],
    },
    {
      text: 'The pt in 22 today is the ex-husband of one of our nurses. Reassigned.',
      errors: [{ text: 'the ex-husband of one of our nurses' }],
    },
    {
      text: 'My niece’s best friend’s grandma turned out to be my pt today.',
      errors: [{ text: 'My niece’s best friend’s grandma' }],
    },
    {
      text: 'Did a skin check last week on my patient, who turned out to be the mother of the bride.',
      errors: [{ text: 'the mother of the bride' }],
    },
    {
      text: 'Had the mayor’s mother-in-law as a patient today. She made sure I knew.',
      errors: [{ text: 'the mayor’s mother-in-law' }],
    },
    {
      text: 'Saw the school principal’s daughter in clinic this morning; the whole town will know by lunch.',
      errors: [{ text: 'the school principal’s daughter' }],
    },
    {
      text: 'Pretty sure I just diagnosed the high school principal’s kid with mono.',
      errors: [{ text: 'the high school principal’s kid' }],
    },
    {
      text: 'Taking care of my 4th grade teacher in the ICU tonight. She does not remember me.',
      errors: [{ text: 'my 4th grade teacher' }],
    },
    {
      text: 'Looked after the local MP’s husband on nights this week. Nicest patient, worst security detail.',
      errors: [{ text: 'the local MP’s husband' }],
    },
    {
      text: 'Admitted my kid’s teacher with chest pain today. Small town medicine.',
      errors: [{ text: 'my kid’s teacher' }],
    },
  ],
});
