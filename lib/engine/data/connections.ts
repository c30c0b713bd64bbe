// People a patient can be told by, whom the readers know (lower case): community roles besides
// the staff roles (staff-roles.ts) and relatives (relatives.ts). "The pastor's granddaughter" names
// a patient to the whole congregation.
export const COMMUNITY_ROLES: readonly string[] = [
  'pastor', 'priest', 'vicar', 'rabbi', 'imam', 'deacon', 'minister', 'reverend', 'bishop', 'elder', 'principal',
  'headteacher', 'headmaster', 'headmistress', 'teacher', 'coach', 'bride', 'groom', 'landlord', 'landlady', 'sheriff',
  'neighbor', 'neighbour', 'babysitter', 'nanny', 'boss', 'barber', 'hairdresser', 'mechanic', 'mailman', 'postman',
  'bartender', 'librarian', 'scoutmaster', 'councillor', 'councilor', 'alderman', 'chief',
  // Local office-holders: the town knows them and their families.
  'mayor', 'judge', 'magistrate', 'councilman', 'councilwoman', 'commissioner', 'superintendent', 'selectman', 'constable',
  'mp', 'mla', 'senator', 'governor', 'congressman', 'congresswoman',
];

/**
 * Roles that, as the author's own ("my 4th grade teacher", "our pastor"), make the patient someone
 * the author's whole community knows (the staff roles, "my attending", do not: they are colleagues).
 */
export const OWN_COMMUNITY_ROLES: readonly string[] = [
  'pastor', 'priest', 'vicar', 'rabbi', 'imam', 'minister', 'principal', 'headteacher', 'headmaster', 'headmistress',
  'teacher', 'coach', 'landlord', 'landlady', 'neighbor', 'neighbour', 'babysitter', 'nanny', 'barber', 'hairdresser',
  'mechanic', 'mailman', 'postman', 'bartender', 'librarian', 'scoutmaster', 'mayor', 'mp', 'councillor', 'councilor',
  // The family's own providers: "my kid's orthodontist".
  'orthodontist', 'dentist', 'tutor',
];
