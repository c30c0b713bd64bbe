// The draft-level context the privacy rules read: whether a post is a notice or an event.
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../lib/engine/document.ts';
import { resolveSettings, STANDARD_LIMIT } from '../../lib/engine/settings.ts';

const contextOf = (text: string) => buildDocument(text, resolveSettings({}), Date.parse('2026-06-01T12:00:00Z'), STANDARD_LIMIT).context;

describe('detectContext', () => {
  it('reads a meetup as an event', () => {
    expect(contextOf("who's at #AANP this weekend?? NP meetup Sat June 21, 5pm at the hotel bar").announcement).toBe(true);
  });
  it('reads a service open to the public, or a clinic that moves, as a notice', () => {
    expect(contextOf('Warming centres open 24/7 at 425 Main St. If you see someone sleeping rough, call 311.').announcement).toBe(true);
    expect(contextOf('Our Family Clinic is moving! From Monday, March 3, find us at 410 Cedar Ave, Suite 200.').announcement).toBe(true);
  });
  it('reads a story as a case, not an event', () => {
    expect(contextOf('Saw a 44yo from Stellhaven with silicosis this week.')).toEqual({ patientCase: true, announcement: false, selfStory: false });
  });
  it('reads a case in the other languages clinicians post in', () => {
    expect(contextOf('Pompier à Chamonix, admis le 12/02 après l’avalanche.').patientCase).toBe(true);
    expect(contextOf('Paciente ingresó anoche con disnea.').patientCase).toBe(true);
    expect(contextOf("Mon patient m'a apporté du sirop d'érable de sa cabane à sucre.").patientCase).toBe(true);
    expect(contextOf('Home visit today, and the beagle ate my stethoscope tubing.').patientCase).toBe(true);
    // Caring for one person, as British and American posts say it.
    expect(contextOf("Looked after the local MP's husband on nights this week.").patientCase).toBe(true);
    expect(contextOf('Took care of a trucker with a crush injury last night.').patientCase).toBe(true);
  });
  it('reads a bed or a room by its number as a case, outside a notice', () => {
    expect(contextOf('Rm 5 is a retired librarian who quizzes every resident on novels.')).toEqual({ patientCase: true, announcement: false, selfStory: false });
    expect(contextOf('Our lactation support group meets on the 2nd floor, Room 218, partners welcome!')).toEqual({ patientCase: false, announcement: true, selfStory: false });
  });
  it("reads one person's age as a case, and the end of a notice's age range as no one", () => {
    expect(contextOf('Una niña de 4 años con fiebre de tres días.').patientCase).toBe(true);
    expect(contextOf('Our 58 y/o gentleman with chest pain.').patientCase).toBe(true);
    expect(contextOf('Mamografia gratuita para mulheres de 50 a 69 anos, sábado 19/10.').patientCase).toBe(false);
    expect(contextOf('Vacunación para niños entre 2 y 5 años en todos los centros.').patientCase).toBe(false);
    expect(contextOf('Free screening for adults aged 50 to 74 years old.').patientCase).toBe(false);
  });
  it('reads a name beside a number as an age, an address unit beside one as no one', () => {
    expect(contextOf('Seen today: Ruth, 96, still gardening.').patientCase).toBe(true);
    expect(contextOf('New address from 2 September: Shop 4, 18 Beach Rd. Same phone, (02) 5550 7788.')).toEqual({ patientCase: false, announcement: true, selfStory: false });
  });
});
