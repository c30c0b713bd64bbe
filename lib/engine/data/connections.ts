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
];
