// Cue words of the patient-name rule (lib/engine/rules/privacy/patient-name.ts).
import { RANK_ABBREVIATIONS } from './ranks.ts';

/** Words before a name that make it a patient's (or their family's) name even if it is also a word. */
export const STRONG_BEFORE_WORDS: readonly string[] = ['patient', 'pt', 'named', 'called', 'little', 'baby', 'sweet', 'brave', 'young', 'mister'];

/** Greetings and thanks address a colleague or staff member ("Hi Deb,", "Thanks Sarah"). */
export const ADDRESS_BEFORE_WORDS: readonly string[] = ['hi', 'hey', 'hello', 'thanks', 'thank', 'congrats', 'congratulations', 'welcome', 'cc', 'via', 'w/'];

/** Praise words that, outside a patient story, address colleagues ("Shoutout to Maria"). */
export const PRAISE_BEFORE_WORDS: readonly string[] = ['shoutout', 'shout-out', 'kudos', 'props', 'grateful', 'proud'];

/** Titles written as abbreviations may be followed by a period ("Dr. Lee"). */
export const ABBREVIATED_TITLES_WORDS: readonly string[] = ['dr', 'dra', 'dre', 'prof', 'rev', 'gov', 'rep', 'sen', ...RANK_ABBREVIATIONS];

/** Initialisms that are not a person's initials. */
export const INITIALS_NOT_NAMES_WORDS: readonly string[] = ['U.S.', 'U.K.', 'D.C.', 'A.M.', 'P.M.', 'M.D.', 'D.O.', 'R.N.', 'N.P.', 'P.A.', 'B.S.', 'M.S.', 'E.R.', 'I.V.', 'O.R.', 'E.G.', 'I.E.', 'P.S.', 'L.A.', 'N.Y.', 'U.N.', 'E.U.', 'Ph.D.', 'B.A.', 'M.A.', 'R.I.P.', 'A.D.', 'B.C.', 'Q.I.', 'N.B.', 'O.K.', 'T.V.', 'D.J.', 'S.O.S.', 'F.A.Q.'];

/** Titles that mark a colleague, not a patient: the words after them are skipped. */
export const PROFESSIONAL_TITLE_WORDS: readonly string[] = ['dr', 'dra', 'dre', 'doctor', 'doctora', 'docteur', 'doutor', 'doutora', 'prof', 'professor', 'dean', 'chief', 'nurse', 'sister', 'father', 'rev', 'reverend', 'pastor', 'judge', 'senator', 'rep', 'gov', 'president', 'secretary', 'surgeon', 'general'];

/** Titles that introduce a (lay) person: in a clinician's post, almost always a patient. As written. */
export const PATIENT_TITLE_WORDS: readonly string[] = [
  'Mr', 'Mrs', 'Ms', 'Miss', 'Mx', 'Mister', 'MR', 'MRS', 'MS',
  // The same courtesy titles as clinicians abroad write them (Singapore and Malaysia, French, Spanish,
  // German, Italian, Filipino, Indian). Ambiguous ones ("Don", "Sr", "Uncle") are left out.
  'Mdm', 'Madam', 'Mme', 'Mlle', 'Señor', 'Señora', 'Sra', 'Srta', 'Doña', 'Dona', 'Senhor', 'Senhora', 'Herr', 'Frau', 'Signor', 'Signora',
  'Mang', 'Aling', 'Smt', 'Shri', 'Shrimati', 'Encik', 'Puan',
];

/**
 * Placeholder names that stand for no one (lower case, punctuation dropped): the unidentified
 * patient's "John Doe" or "Doe, Jane", the form's "Joe Bloggs", the textbook's "Max Mustermann", the quiz's "Mr. X".
 */
export const PLACEHOLDER_NAMES: readonly string[] = [
  'john doe', 'jane doe', 'baby doe', 'baby boy doe', 'baby girl doe', 'doe john', 'doe jane', 'john q public',
  'jane q public', 'joe bloggs', 'jane bloggs', 'fred bloggs', 'max mustermann', 'erika mustermann', 'fulano de tal',
  // A letter at the end of the alphabet for the name: "Mr. X", "Patient Y".
  ...['mr', 'mrs', 'ms', 'mx', 'patient', 'pt', 'baby', 'mme', 'mlle', 'sr', 'sra', 'herr', 'frau', 'paciente', 'patiente'].flatMap((t) => ['x', 'y', 'z'].map((l) => `${t} ${l}`)),
];

/**
 * Words only a journal's title holds ("Annals of Surgery", "the Lancet", "BMJ Case Reports"): a
 * publication, not a person. Not a newspaper's: "the Yarrowby Gazette" names the patient's town.
 * Words that also fill other runs (Review, Reports, Letters) are left out; "Case Reports" is read as a pair.
 */
export const PUBLICATION_WORDS: readonly string[] = ['journal', 'annals', 'proceedings', 'lancet', 'cureus'];

/** Animals a name follows in "our cat Mango", "station dog Biscuit", "a horse named Duke": a pet's name, not a patient's. */
export const PET_WORDS: readonly string[] = [
  'dog', 'cat', 'puppy', 'pup', 'kitten', 'kitty', 'horse', 'pony', 'parrot', 'rabbit', 'bunny', 'hamster', 'goldfish', 'tortoise', 'k9',
  'retriever', 'labrador', 'poodle', 'terrier',
];
