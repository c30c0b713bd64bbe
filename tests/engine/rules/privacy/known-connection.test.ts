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
    // A colleague's relative in a post about no patient: her cooking, not her care.
    'Happy Diwali! The night team got gulab jamun from Dr. Mehta’s mom and it was the highlight of my month.',
    // A title and a possessive with no relative after it: a colleague's own patient.
    'My patient came in today and asked after Dr. Ibekwe’s clinic hours.',
    // The author's child's teacher in a post about no patient.
    "My son's teacher asked me to talk at his school about genetic counselling.",
    // "from my own" before no group: the author's own thing.
    'Saw a patient today who asked for a note from my own clinic, of all places.',
    // "your" as the reader's own, not a relative's.
    'Saw a patient today: tell your teacher, your coach and your pastor to get their flu shots.',
    // Outside a story, anyone's relative: no one in particular.
    "Thanksgiving shift report: cafeteria closed, a resident's mom sent 3 pies.",
    // A role's role, outside a story: no one's family.
    "re: the senator's doctors are overpaid take: the average PCP earns less per hour than my plumber.",
    // A proverb.
    "My own kid has strep again and I'm the pediatrician. The cobbler's children have no shoes.",
    // A plain word before a role that owns nothing.
    'Saw a patient today; the school principal called about the flu clinic.',
  ],
  invalid: [
    // Someone known by a role, and their family, told as a story or not.
    { text: "Tonight's highlight: the mayor's mother-in-law complaining about the wait.", errors: [{ text: "the mayor's mother-in-law" }] },
    { text: "The tribal chairman's daughter is the first from our community to match into surgery. I delivered her 26 years ago.", errors: [{ text: "The tribal chairman's daughter" }] },
    { text: "The hospital CEO's mother was on my floor this week with a GI bleed.", errors: [{ text: "The hospital CEO's mother" }] },
    // A colleague as the patient.
    { text: 'O.A., one of our own theatre nurses, is now a patient in Bay 2.', errors: [{ text: 'one of our own theatre nurses' }] },
    { text: 'Our own charge nurse from Ward 12, 33 weeks pregnant, admitted to our ICU with eclampsia tonight.', errors: [{ text: 'Our own charge nurse' }] },
    { text: 'Admitted to bed 4 tonight with a STEMI: one of our own. Please be kind on the unit.', errors: [{ text: 'one of our own' }] },
    // A school year before the role.
    { text: 'Admitted my year 9 maths teacher with chest pain this morning.', errors: [{ text: 'my year 9 maths teacher' }] },
    // From the author's own church or club.
    {
      text: 'Ran the Half Sunday, then on Monday a 71yo from my own running club came in with a STEMI.',
      errors: [{ text: 'from my own running club' }],
    },
    // The author's family's coach, teacher or orthodontist.
    {
      text: "My kid's Little League coach came in with chest pain yesterday.",
      errors: [{ text: "My kid's Little League coach" }],
    },
    {
      text: "ENT: peritonsillar abscess in my son's soccer coach. Drained in clinic.",
      errors: [{ text: "my son's soccer coach" }],
    },
    {
      text: "Dr. Ibekwe's mum came in for her hip today and the whole team was terrified.",
      errors: [{ text: "Dr. Ibekwe's mum" }],
    },
    {
      text: 'Prayers for Prof Khanna’s wife, admitted to our ICU last night.',
      errors: [{ text: 'Prof Khanna’s wife' }],
    },
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
