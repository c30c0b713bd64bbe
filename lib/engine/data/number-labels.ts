// Words before a number that make it a room's, a shop's, a crew's, a step's or a poster's ("Bed 4", "Shop 4", "Medic 9",
// "Stage 3", "Board 112"): a number, not an age. Read by the age finder and by the case test.
export const NUMBER_LABELS: readonly string[] = [
  'Room', 'Rm', 'Bed', 'Bay', 'Suite', 'Ward', 'Unit', 'Pod', 'Floor', 'Level', 'Building', 'Bldg', 'Site', 'Zone', 'Hall',
  'Apt', 'Shop', 'Office', 'Block', 'Wing', 'Tower', 'Lot', 'Route', 'Hwy', 'Exit', 'Gate', 'Station', 'Medic', 'Engine', 'Ladder', 'Truck', 'Rescue', 'Squad',
  'Ambulance', 'Team', 'Phase', 'Grade', 'Stage', 'Step', 'Part', 'Day', 'Week', 'Year', 'Table', 'Figure', 'Fig',
  'Board', 'Poster', 'Booth', 'Abstract', 'Session', 'Track', 'Platform', 'Seat', 'Row', 'Section', 'Chapter', 'Page',
  'Slide', 'Cohort', 'Arm', 'Band',
  // A helpline's number and its menu ("Línea 113, opción 5").
  'Line', 'Línea', 'Hotline', 'Helpline', 'Option', 'Opción',
];
