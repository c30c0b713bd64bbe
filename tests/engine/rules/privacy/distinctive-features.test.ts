import { rule as features } from '../../../../lib/engine/rules/privacy/distinctive-features.ts';
import { testRule } from '../../rule-tester.ts';

testRule(features, {
  valid: [
    'Tattoo removal is a growing field.',
    // A person described by nothing particular: size, age, sameness.
    'The little guy from this morning came back with his mum.',
    'It was the same lady again, and the wrong kid on the fax.',
    // A superlative without a place is praise, not a record.
    'RIP to the kindest man I ever admitted, and the bravest woman I know.',
  ],
  invalid: [
    { text: "Pt with the 'MOM' heart tattoo on his left forearm came back.", errors: [{ text: 'tattoo', severity: 'warn' }] },
    // Known by one detail of their life, or by a record in a place.
    { text: 'Priya from bed 3 (the pottery lady!!) came back with a mug she made me.', errors: [{ text: 'the pottery lady' }] },
    { text: 'Cared for the lollipop lady from St Bride’s Primary today.', errors: [{ text: 'the lollipop lady' }] },
    { text: 'The tallest man in Jasper County has a cold.', errors: [{ text: 'The tallest man' }] },
  ],
});
