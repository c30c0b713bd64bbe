import { rule } from '../../../../lib/engine/rules/privacy/mention.ts';
import { testRule } from '../../rule-tester.ts';

testRule(rule, {
  valid: [
    'Great talk by @DrSmithMD at #ACC25',
    'Thanks @MayoClinic and @CDCgov for the update.',
    // An institution's handle.
    'Thank you @StJudeResearch for the work on pediatric ALL; my patient is proof.',
    // A clinical word or a credential in the handle: a colleague's or an organisation's.
    '@ana_cardio_r2 the way our attending draws the Frank-Starling curve on a napkin',
    'Thanks @nursejamie and @NSWAmbulance for a cracking trauma call tonight.',
    '@katie_md_peds lol the "I googled it" face.',
    '@GIdoc_Rosa agree, and @ERdocMags too: scope them early.',
    '@medic_momma lol same call again. And @ThornvaleCouncil, fix the level crossing.',
  ],
  invalid: [
    { text: 'shoutout to @RunningWithRosie who finished cardiac rehab!', errors: [{ text: '@RunningWithRosie', fix: '' }] },
    // A clinical word hidden in an ordinary one ("heme" in "themechanic") is no colleague.
    { text: 'Hey @markthemechanic you left your reading glasses at your cardiology follow-up today', errors: [{ text: '@markthemechanic' }] },
    { text: 'Congrats @haddock_fan_88 on finishing cardiac rehab!', errors: [{ text: '@haddock_fan_88' }] },
  ],
});
