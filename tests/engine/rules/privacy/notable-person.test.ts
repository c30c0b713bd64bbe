import { rule as notable } from '../../../../lib/engine/rules/privacy/notable-person.ts';
import { testRule } from '../../rule-tester.ts';

testRule(notable, {
  valid: ["I'm a paramedic turned doctor.", 'Join us: the mayor opens our new vaccine clinic downtown on Friday.'],
  invalid: [
    // Only mentioned: still a candidate; the candidate model keeps it below a warning (analyze.test.ts).
    { text: 'The mayor announced a new vaccine clinic downtown.', errors: [{ text: 'mayor' }] },
    { text: 'Treated the Marlow Bend mayor for a kidney stone. He asked me not to tell.', errors: [{ text: 'mayor' }] },
    // An athlete of a known team or level: a level word before a sport's role.
    { text: "can't say much but the Riverhawks' starting QB was on my table tonight.", errors: [{ text: 'starting QB' }] },
    { text: "yes it's the Olympic gymnast's Lisfranc, and no I can't say more", errors: [{ text: "Olympic gymnast's" }] },
    { text: 'Saw a patient yesterday who is the only professional alpaca shearer in the area.', errors: [{ text: 'alpaca shearer', severity: 'info' }] },
    { text: "Local councillor's husband in with a GI bleed since Tuesday and half the town has rung the ward.", errors: [{ text: "councillor's" }] },
  ],
});
