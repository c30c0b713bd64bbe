import { rule as notable } from '../../../../lib/engine/rules/privacy/notable-person.ts';
import { testRule } from '../../rule-tester.ts';

testRule(notable, {
  valid: [
    // A vet in a post about a pet is its veterinarian.
    'Saw a patient today, then RIP to my childhood cat Mr. Pickens, who bit every vet who touched him.',
    "I'm a paramedic turned doctor.",
    // The author's team at work, and "works for" an idea.
    'Our team worked in the relief camps for weeks after the landslide; I saw patients every day.',
    // The author's own family's former trade.
    'Took my dad (a retired GP himself) to his cardiology appt today. My patient later was fine.',
    // A public figure's word as a verb.
    "Pearls from M&M: don't anchor on the first diagnosis, re-examine the abdomen.",
    'Best pizza in town is at the corner place.',
    "I'm the only pharmacist in town and I love it.",
    'Join us: the mayor opens our new vaccine clinic downtown on Friday.',
    // The author, a way or a time, and a place that is no small place's name.
    "I'm the only midwife on Inis Caorach this winter.",
    'The only way in March is through the snow.',
    'She is the only patient on my list today.',
    'We only treat kids in our county.',
    // A trade's word as a name's first: a hospital.
    'Interview for the ICU fellowship at Royal Kestrel next week, any tips?',
  ],
  invalid: [
    // Someone who holds a place in a group (to the group's last word before "in for").
    { text: 'Just had the deputy head of our local primary in for her first ever detox appointment.', errors: [{ text: 'the deputy head of our local primary' }] },
    { text: 'The captain of the Mallee Rovers netball side will be fine, folks. Stop messaging me.', errors: [{ text: 'The captain of the Mallee Rovers netball side' }] },
    // An unusual trade in the possessive; a rugby position at a level; what someone has done for years in a small place.
    { text: "Super Bowl halftime and the linebacker's wife in our L&D started pushing.", errors: [{ text: "linebacker's" }] },
    { text: "Pre-season: our county's starting hooker, 24, came in 3 weeks after a tackle with a carotid dissection.", errors: [{ text: 'starting hooker' }] },
    { text: 'Fixed the hip of the lady who has played organ at every funeral in our town since 1971.', errors: [{ text: 'the lady who has played organ at every funeral in our' }] },
    // Where someone works, in a patient's story.
    { text: 'Saw a 7yo with a dog bite to the face last nite. Mom works at the dollar general on 3rd, came straight from her shift.', errors: [{ text: 'works at the dollar general' }] },
    // Trades as they are named abroad, and a singer's voice.
    { text: 'Saw a 52yo autorickshaw driver with dengue today.', errors: [{ text: 'autorickshaw driver' }] },
    { text: 'Put a professional opera soprano to sleep for her thyroidectomy this morning.', errors: [{ text: 'opera soprano' }] },
    // A former trade, in a patient's story.
    { text: 'Ward 42 today: K. Piyadasa, 68, the retired bus conductor from Moratuwa, has been with us 3 weeks.', errors: [{ text: 'retired bus conductor' }] },
    { text: 'Dialysis chair 3 at 6am is the retired Army colonel with the Purple Heart hat; he was admitted last night.', errors: [{ text: 'retired Army colonel' }] },
    // A member of parliament, a television contestant, a rugby playmaker, the winner of an event.
    { text: 'Not saying who, but the MP for our patch was on our ward this weekend.', errors: [{ text: 'the MP' }] },
    { text: "You'll never guess which Love Island contestant I glued tonight", errors: [{ text: 'contestant' }] },
    { text: "Patched up the Cwmgarw fly-half's eyebrow at half-time.", errors: [{ text: "fly-half's" }] },
    // Only mentioned: still a candidate; the candidate model keeps it below a warning (analyze.test.ts).
    { text: 'The mayor announced a new vaccine clinic downtown.', errors: [{ text: 'mayor' }] },
    { text: 'Treated the Marlow Bend mayor for a kidney stone. He asked me not to tell.', errors: [{ text: 'mayor' }] },
    // An athlete of a known team or level: a level word before a sport's role.
    { text: "can't say much but the Riverhawks' starting QB was on my table tonight.", errors: [{ text: 'starting QB' }] },
    { text: "yes it's the Olympic gymnast's Lisfranc, and no I can't say more", errors: [{ text: "Olympic gymnast's" }] },
    { text: 'Saw a patient yesterday who is the only professional alpaca shearer in the area.', errors: [{ text: 'alpaca shearer', severity: 'info' }] },
    { text: "Local councillor's husband in with a GI bleed since Tuesday and half the town has rung the ward.", errors: [{ text: "councillor's" }] },
    // The only one of their trade in a place.
    { text: "Our county's only female firefighter came in after the grain elevator rescue.", errors: [{ text: 'firefighter' }] },
    { text: 'Rural FM life: the only vet in our town came in with a cow-kick tib fracture.', errors: [{ text: 'vet' }] },
    { text: 'The Lutheran pastor in town had his colonoscopy with me today.', errors: [{ text: 'pastor' }] },
    // Known by what they run, or the only one of a kind in a place: the words up to the punctuation.
    { text: 'The guy who runs the taco truck outside Station 9 came by with birria.', errors: [{ text: 'The guy who runs the taco truck outside Station 9', severity: 'warn' }] },
    { text: "Saw a man who's driven the only taxi in our village for 40 years, finally talking about his grief.", errors: [{ text: "a man who's driven the only taxi in our village" }] },
    { text: 'Had the honor of caring for the only patient in Vermont with FOP this week.', errors: [{ text: 'the only patient in Vermont' }] },
    { text: 'Rx filled today for the only pt in our town on Strensiq.', errors: [{ text: 'the only pt in our town' }] },
    // A sentence may open on "only"; elsewhere a bare "only" limits what the author does ("we only treat kids in our county").
    { text: 'Proud of this kid. Only pediatric MS case in our county this year.', errors: [{ text: 'Only pediatric MS case in our county' }] },
  ],
});
