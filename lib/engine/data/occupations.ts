// Roles that make a patient stand out in a small community.
export const UNUSUAL_OCCUPATIONS: readonly string[] = [
  'glassblower', 'beekeeper', 'lighthouse keeper', 'alpaca shearer', 'sheep shearer', 'human cannonball', 'blacksmith',
  'farrier', 'falconer', 'taxidermist', 'chimney sweep', 'circus performer', 'trapeze artist', 'tightrope walker',
  'fire eater', 'sword swallower', 'lion tamer', 'clown', 'rodeo clown', 'bull rider', 'rodeo rider', 'jockey',
  'stuntman', 'stuntwoman', 'stunt double', 'astronaut', 'deep sea diver', 'commercial diver', 'saturation diver',
  'smokejumper', 'smoke jumper', 'lumberjack', 'logger', 'crab fisherman', 'lobsterman', 'whaler', 'oyster farmer',
  'goat farmer', 'alpaca farmer', 'llama farmer', 'mink farmer', 'snake handler', 'reptile keeper', 'zookeeper',
  'elephant keeper', 'puppeteer', 'ventriloquist', 'magician', 'organ grinder', 'bagpiper', 'harpist', 'opera singer',
  'ballerina', 'prima ballerina', 'professional wrestler', 'sumo wrestler', 'bodybuilder', 'strongman', 'tattoo artist',
  'bell ringer', 'gravedigger', 'undertaker', 'embalmer', 'coroner', 'hangman', 'bounty hunter', 'private investigator',
  'storm chaser', 'volcanologist', 'glaciologist', 'shepherd', 'goatherd', 'cowboy', 'wrangler', 'sheepdog trainer',
  'dog musher', 'musher', 'ice road trucker', 'bush pilot', 'crop duster', 'hot air balloon pilot', 'blimp pilot',
  'tugboat captain', 'ferry captain', 'ship captain', 'harbor pilot', 'lock keeper', 'park ranger', 'fire lookout',
  'cheesemaker', 'brewmaster', 'sommelier', 'chocolatier', 'perfumer', 'luthier', 'clockmaker', 'watchmaker',
  'stained glass artist', 'sculptor', 'potter', 'weaver', 'monk', 'nun', 'hermit', 'royal', 'prince', 'princess',
  'ambassador', 'diplomat', 'spy', 'navy pilot', 'fighter pilot', 'retired navy pilot', 'navy seal', 'green beret',
  'pole vaulter', 'state-champ pole vaulter', 'state champion', 'olympian', 'goalie', 'backup goalie', 'quarterback',
  'pitcher', 'star pitcher', 'point guard', 'linebacker', 'wide receiver', 'shortstop', 'jockey', 'boxer', 'mma fighter',
  'marathoner', 'ultramarathoner', 'ironman', 'triathlete', 'surfer', 'pro surfer', 'skydiver', 'base jumper',
  'mountaineer', 'sherpa', 'rock climber', 'free diver', 'competitive eater', 'hot dog eating champion',
  'lighthouse', 'stunt pilot', 'air traffic controller', 'helicopter pilot', 'rescue swimmer', 'coast guard swimmer',
  'miner', 'coal miner', 'oil rig worker', 'roughneck', 'wind turbine technician', 'lineman', 'bridge painter',
  'window washer', 'crane operator', 'demolition expert', 'bomb technician', 'explosives expert', 'beekeeping',
];

export const PUBLIC_FIGURE_WORDS: readonly string[] = [
  'celebrity', 'famous', 'vip', 'a star', 'pro athlete', 'professional athlete', 'nfl', 'nba', 'nhl', 'mlb', 'mls',
  'wnba', 'olympian', 'news anchor', 'morning anchor', 'anchor', 'anchorwoman', 'anchorman', 'weatherman',
  'weatherwoman', 'meteorologist', 'influencer', 'youtuber', 'tiktoker', 'actor', 'actress', 'singer', 'rapper',
  'rock star', 'pop star', 'country star', 'politician', 'official', 'elected official', 'congressman',
  'congresswoman', 'mayor', "mayor's", 'governor', "governor's", 'senator', "senator's", 'councilman', 'councilwoman',
  'city councilor', 'council member', 'state rep', 'state representative', 'legislator', 'sheriff', "sheriff's",
  'police chief', 'fire chief', 'school principal', 'superintendent', 'judge', 'bishop', 'pastor of', 'ceo of',
  'team captain', 'head coach', 'star quarterback', 'star pitcher', 'star player', 'local legend', 'local hero',
  'hero', 'news is calling', 'prime minister', 'president of', 'first lady', 'royalty', 'billionaire', 'reality star',
  'reality tv', 'talk show host', 'radio host', 'podcaster', 'comedian', 'author of', 'bestselling author',
];

// Common jobs: a detail only in combination with a place or employer.
export const COMMON_OCCUPATIONS: readonly string[] = [
  'teacher', 'nurse', 'firefighter', 'paramedic', 'emt', 'police officer', 'cop', 'farmer', 'rancher', 'truck driver',
  'trucker', 'bus driver', 'school bus driver', 'coach', 'construction worker', 'electrician', 'plumber', 'carpenter',
  'mechanic', 'welder', 'roofer', 'janitor', 'custodian', 'cashier', 'waitress', 'waiter', 'bartender', 'barista',
  'chef', 'cook', 'soldier', 'veteran', 'marine', 'sailor', 'pilot', 'flight attendant', 'librarian', 'pharmacist',
  'lawyer', 'attorney', 'accountant', 'engineer', 'programmer', 'student', 'professor', 'pastor', 'priest', 'rabbi',
  'imam', 'fisherman', 'factory worker', 'line worker', 'warehouse worker', 'delivery driver', 'uber driver',
  'mail carrier', 'postal worker', 'security guard', 'crossing guard', 'lifeguard', 'dentist', 'vet', 'veterinarian',
  'hairdresser', 'barber', 'realtor', 'landscaper', 'gardener', 'housekeeper', 'nanny', 'babysitter',
];
