import { rule as room } from '../../../../lib/engine/rules/privacy/room-number.ts';
import { testRule } from '../../rule-tester.ts';

testRule(room, {
  valid: [
    // A year after a name, however old, is no room.
    'Phineas Gage in 1848 took an iron rod through his frontal lobe.',
    // A meeting room in a notice.
    "Tomorrow's Surgery Grand Rounds is hybrid: 7am, Room 2-140 or Zoom. Presenting Tuesday 2:15pm, Room 204B. Come say hi!",'Session in Room 6C at the conference, 2pm. Come moderate with us at our poster session.', 'Cancer Center Conf Rm 3 at noon for the workshop session.',
    // A year after "in" is a year, even after a capitalised name.
    'Children tested in Marlow County in 2023 had higher lead levels than in 2019.'],
  invalid: [
    // A poster or a notice can still place a patient: the rule proposes, the model weighs the notice.
    { text: 'New QI poster up: the woman in room 508 got heparin twice in one night.', errors: [{ text: 'room 508', fix: '' }] },
    { text: 'He came in to room 412 with chest pain.', errors: [{ text: 'room 412', fix: 'the ward' }] },
    // Beds and rooms in other languages.
    { text: 'La signora Assunta, letto 5 di Geriatria, mi ha chiesto se sono sposato.', errors: [{ text: 'letto 5', fix: '' }] },
    { text: 'Dona Maria, do leito 12, recebeu alta hoje depois de 40 dias de UTI.', errors: [{ text: 'leito 12' }] },
    { text: 'Unser Patient aus Zimmer 12 wollte heute das Derby sehen.', errors: [{ text: 'Zimmer 12' }] },
    // A bed or a bay numbered letter first.
    { text: 'The lady in hallway bed H3 sang all night.', errors: [{ text: 'hallway bed H3', fix: '' }] },
    { text: 'Theo in bed 3 asked me this morning about his echo.', errors: [{ text: 'bed 3', severity: 'block', fix: '' }] },
    { text: 'Mrs. X (MICU bed 7) finally extubated.', errors: [{ text: 'MICU bed 7' }] },
    { text: 'Mr. Halvard Brenneman in 412 just told me he smokes.', errors: [{ text: 'in 412' }] },
    { text: 'Room 5 in our ED has been waiting 19 hours for a psych bed.', errors: [{ text: 'Room 5' }] },
    // Hallway spots and stretchers are where a boarded patient is found.
    { text: 'Pt in hallway spot 3 has been waiting 19 hours for a bed.', errors: [{ text: 'hallway spot 3' }] },
  ],
});
