// Place vocabulary for the privacy rules. Naming a big city, a state or a country identifies no
// one; a word from the suffix lists ends a small place's name ("Tulloch Creek", "Alder Lane").
export const BIG_CITIES: readonly string[] = [
  'new york', 'nyc', 'los angeles', 'la', 'chicago', 'houston', 'phoenix', 'philadelphia', 'philly', 'san antonio',
  'san diego', 'dallas', 'san jose', 'austin', 'jacksonville', 'fort worth', 'columbus', 'charlotte', 'indianapolis',
  'san francisco', 'sf', 'seattle', 'denver', 'washington', 'dc', 'boston', 'el paso', 'nashville', 'detroit',
  'oklahoma city', 'portland', 'las vegas', 'vegas', 'memphis', 'louisville', 'baltimore', 'milwaukee', 'albuquerque',
  'tucson', 'fresno', 'sacramento', 'kansas city', 'mesa', 'atlanta', 'omaha', 'colorado springs', 'raleigh',
  'long beach', 'virginia beach', 'miami', 'oakland', 'minneapolis', 'tulsa', 'bakersfield', 'wichita', 'arlington',
  'tampa', 'new orleans', 'nola', 'cleveland', 'honolulu', 'anaheim', 'orlando', 'st louis', 'st. louis',
  'pittsburgh', 'cincinnati', 'salt lake city', 'san juan', 'buffalo', 'rochester', 'st paul', 'richmond', 'durham',
  'chapel hill', 'ann arbor', 'new haven', 'providence', 'hartford', 'birmingham', 'charleston', 'savannah', 'boise',
  'anchorage', 'madison', 'des moines', 'little rock', 'baton rouge', 'jackson', 'spokane', 'tacoma', 'reno', 'scottsdale',
  'palm springs', 'san antonio', 'toronto', 'montreal', 'montréal', 'vancouver', 'calgary', 'edmonton', 'ottawa',
  'quebec city', 'winnipeg', 'halifax', 'mexico city', 'guadalajara', 'monterrey', 'cancun', 'havana', 'bogota', 'bogotá',
  'lima', 'santiago', 'buenos aires', 'sao paulo', 'são paulo', 'rio', 'rio de janeiro', 'caracas', 'quito',
  'london', 'paris', 'berlin', 'madrid', 'barcelona', 'rome', 'milan', 'naples', 'florence', 'venice', 'vienna', 'prague',
  'budapest', 'warsaw', 'krakow', 'amsterdam', 'rotterdam', 'the hague', 'brussels', 'antwerp', 'copenhagen',
  'stockholm', 'oslo', 'helsinki', 'reykjavik', 'dublin', 'edinburgh', 'glasgow', 'manchester', 'liverpool', 'leeds',
  'bristol', 'cardiff', 'belfast', 'oxford', 'cambridge', 'lisbon', 'porto', 'athens', 'istanbul', 'munich', 'frankfurt',
  'hamburg', 'cologne', 'düsseldorf', 'dusseldorf', 'stuttgart', 'zurich', 'zürich', 'geneva', 'basel', 'bern', 'lyon',
  'marseille', 'nice', 'bordeaux', 'toulouse', 'moscow', 'st petersburg', 'kyiv', 'kiev', 'bucharest', 'sofia',
  'belgrade', 'zagreb', 'ljubljana', 'bratislava', 'vilnius', 'riga', 'tallinn', 'valencia', 'seville', 'malaga',
  'tel aviv', 'jerusalem', 'dubai', 'abu dhabi', 'doha', 'riyadh', 'jeddah', 'cairo', 'casablanca', 'marrakech',
  'lagos', 'abuja', 'accra', 'nairobi', 'addis ababa', 'kampala', 'kigali', 'johannesburg', 'cape town', 'durban',
  'tokyo', 'osaka', 'kyoto', 'yokohama', 'seoul', 'busan', 'beijing', 'shanghai', 'shenzhen', 'guangzhou', 'hong kong',
  'taipei', 'singapore', 'kuala lumpur', 'bangkok', 'jakarta', 'manila', 'hanoi', 'ho chi minh city', 'saigon',
  'mumbai', 'delhi', 'new delhi', 'bangalore', 'bengaluru', 'chennai', 'kolkata', 'hyderabad', 'pune', 'karachi',
  'lahore', 'islamabad', 'dhaka', 'kathmandu', 'colombo', 'sydney', 'melbourne', 'brisbane', 'perth', 'adelaide',
  'auckland', 'wellington', 'christchurch', 'cleveland clinic', 'rochester mn', 'houston tx', 'hershey', 'galveston',
  'new york city', 'brooklyn', 'manhattan', 'queens', 'the bronx', 'bronx', 'san fran', 'silicon valley', 'hollywood',
  'beverly hills', 'miami beach', 'fort lauderdale', 'west palm beach', 'st. petersburg', 'st pete', 'tallahassee',
  'gainesville', 'lexington', 'knoxville', 'chattanooga', 'greenville', 'columbia', 'augusta', 'mobile', 'montgomery',
  'huntsville', 'shreveport', 'lubbock', 'amarillo', 'corpus christi', 'laredo', 'plano', 'irving', 'garland',
  'aurora', 'fort collins', 'boulder', 'santa fe', 'cheyenne', 'billings', 'fargo', 'sioux falls', 'lincoln',
  'topeka', 'springfield', 'peoria', 'champaign', 'urbana', 'evanston', 'grand rapids', 'lansing', 'toledo', 'akron',
  'dayton', 'fort wayne', 'south bend', 'bloomington', 'iowa city', 'st. paul', 'duluth', 'green bay', 'burlington',
  'portland maine', 'worcester', 'springfield ma', 'albany', 'syracuse', 'newark', 'jersey city', 'trenton',
  'wilmington', 'norfolk', 'charlottesville', 'winston-salem', 'greensboro', 'asheville', 'myrtle beach',
  'san bernardino', 'riverside', 'irvine', 'santa monica', 'pasadena', 'palo alto', 'stanford', 'berkeley',
  'santa barbara', 'santa cruz', 'modesto', 'stockton', 'eugene', 'salem', 'olympia', 'bellevue', 'juneau',
  'fairbanks', 'hilo', 'maui', 'kauai', 'napa', 'lake tahoe',
];

export const US_STATES: readonly string[] = [
  'alabama', 'alaska', 'arizona', 'arkansas', 'california', 'colorado', 'connecticut', 'delaware', 'florida', 'georgia',
  'hawaii', 'idaho', 'illinois', 'indiana', 'iowa', 'kansas', 'kentucky', 'louisiana', 'maine', 'maryland',
  'massachusetts', 'michigan', 'minnesota', 'mississippi', 'missouri', 'montana', 'nebraska', 'nevada',
  'new hampshire', 'new jersey', 'new mexico', 'new york state', 'north carolina', 'north dakota', 'ohio', 'oklahoma',
  'oregon', 'pennsylvania', 'rhode island', 'south carolina', 'south dakota', 'tennessee', 'texas', 'utah', 'vermont',
  'virginia', 'washington state', 'west virginia', 'wisconsin', 'wyoming', 'puerto rico', 'guam',
  'al', 'ak', 'az', 'ar', 'ca', 'co', 'ct', 'de', 'fl', 'ga', 'hi', 'id', 'il', 'in', 'ia', 'ks', 'ky', 'md', 'ma', 'mi',
  'mn', 'ms', 'mo', 'mt', 'ne', 'nv', 'nh', 'nj', 'nm', 'ny', 'nc', 'nd', 'oh', 'ok', 'or', 'pa', 'ri', 'sc', 'sd', 'tn',
  'tx', 'ut', 'vt', 'va', 'wa', 'wv', 'wi', 'wy', 'ontario', 'quebec', 'british columbia', 'alberta', 'manitoba',
  'saskatchewan', 'nova scotia', 'new brunswick', 'newfoundland', 'england', 'scotland', 'wales', 'northern ireland',
  'midwest', 'new england', 'the south', 'appalachia', 'the west coast', 'the east coast', 'pacific northwest',
];

export const COUNTRIES: readonly string[] = [
  'afghanistan', 'albania', 'algeria', 'argentina', 'armenia', 'australia', 'austria', 'azerbaijan', 'bahamas',
  'bangladesh', 'barbados', 'belarus', 'belgium', 'belize', 'benin', 'bhutan', 'bolivia', 'bosnia', 'botswana', 'brazil',
  'bulgaria', 'burkina faso', 'burundi', 'cambodia', 'cameroon', 'canada', 'chad', 'chile', 'china', 'colombia', 'congo',
  'costa rica', 'croatia', 'cuba', 'cyprus', 'czechia', 'czech republic', 'denmark', 'dominican republic', 'ecuador',
  'egypt', 'el salvador', 'eritrea', 'estonia', 'ethiopia', 'fiji', 'finland', 'france', 'gabon', 'gambia', 'germany',
  'ghana', 'greece', 'guatemala', 'guinea', 'guyana', 'haiti', 'honduras', 'hungary', 'iceland', 'india', 'indonesia',
  'iran', 'iraq', 'ireland', 'israel', 'italy', 'jamaica', 'japan', 'jordan', 'kazakhstan', 'kenya', 'korea', 'kosovo',
  'kuwait', 'laos', 'latvia', 'lebanon', 'liberia', 'libya', 'lithuania', 'luxembourg', 'madagascar', 'malawi',
  'malaysia', 'mali', 'malta', 'mauritania', 'mexico', 'moldova', 'mongolia', 'montenegro', 'morocco', 'mozambique',
  'myanmar', 'namibia', 'nepal', 'netherlands', 'new zealand', 'nicaragua', 'niger', 'nigeria', 'norway', 'oman',
  'pakistan', 'palestine', 'panama', 'paraguay', 'peru', 'philippines', 'poland', 'portugal', 'qatar', 'romania',
  'russia', 'rwanda', 'saudi arabia', 'senegal', 'serbia', 'sierra leone', 'singapore', 'slovakia', 'slovenia',
  'somalia', 'south africa', 'south korea', 'south sudan', 'spain', 'sri lanka', 'sudan', 'suriname', 'sweden',
  'switzerland', 'syria', 'taiwan', 'tajikistan', 'tanzania', 'thailand', 'togo', 'trinidad', 'tunisia', 'turkey',
  'turkmenistan', 'uganda', 'ukraine', 'united arab emirates', 'uae', 'united kingdom', 'uk', 'united states', 'us',
  'usa', 'america', 'uruguay', 'uzbekistan', 'venezuela', 'vietnam', 'yemen', 'zambia', 'zimbabwe', 'europe', 'africa',
  'asia', 'latin america', 'south america', 'north america', 'the caribbean', 'caribbean', 'middle east', 'scandinavia',
];

export const PLACE_SUFFIXES: readonly string[] = [
  'creek', 'hollow', 'bend', 'falls', 'springs', 'spring', 'ridge', 'junction', 'mills', 'mill', 'flats', 'heights',
  'crossing', 'cross', 'valley', 'grove', 'harbor', 'harbour', 'point', 'landing', 'hills', 'station', 'village',
  'township', 'county', 'parish', 'borough', 'city', 'town', 'bluff', 'bluffs', 'canyon', 'gap', 'glen', 'hamlet',
  'haven', 'knoll', 'meadow', 'meadows', 'mesa', 'pines', 'plains', 'prairie', 'rapids', 'shores', 'summit', 'vista',
  'woods', 'forks', 'ford', 'ferry', 'corners', 'crest', 'dale', 'estates', 'gardens', 'hamlet', 'hurst', 'beach', 'lake',
  'lakes', 'island', 'isle', 'mountain', 'park', 'bay', 'port', 'hill', 'downs', 'fields', 'acres', 'terrace',
];

export const STREET_SUFFIXES: readonly string[] = [
  'street', 'st', 'road', 'rd', 'avenue', 'ave', 'lane', 'ln', 'boulevard', 'blvd', 'drive', 'court', 'ct', 'way',
  'place', 'pl', 'highway', 'hwy', 'route', 'pike', 'parkway', 'pkwy', 'trail', 'circle', 'cir', 'square', 'sq',
  'turnpike', 'expressway', 'freeway', 'alley', 'row', 'crescent', 'close', 'mews',
];

export const SCHOOL_WORDS: readonly string[] = [
  'elementary', 'middle', 'high', 'academy', 'school', 'prep', 'daycare', 'preschool', 'kindergarten', 'montessori',
  'junior', 'jr', 'primary', 'secondary',
];

export const FACILITY_WORDS: readonly string[] = [
  'hospital', 'medical', 'memorial', 'mem', "children's", 'childrens', 'community', 'regional', 'general', 'infirmary',
  'rehab', 'sanitarium', 'nursing', 'hospice', 'clinic', 'health', 'healthcare', 'center', 'centre', 'manor',
];

export const EMPLOYER_WORDS: readonly string[] = [
  'plant', 'factory', 'works', 'glassworks', 'ironworks', 'steelworks', 'mine', 'quarry', 'warehouse', 'farm', 'farms',
  'ranch', 'tavern', 'bar', 'pub', 'diner', 'restaurant', 'cafe', 'café', 'grill', 'store', 'market', 'inc', 'llc',
  'company', 'corp', 'shop', 'garage', 'bakery', 'brewery', 'distillery', 'winery', 'dealership', 'refinery', 'cannery',
  'foundry', 'sawmill', 'dairy', 'orchard', 'vineyard', 'hotel', 'motel', 'casino', 'salon', 'barbershop', 'firehouse',
  'depot', 'yard', 'packing', 'meatpacking', 'cafeteria', 'kitchen', 'lumber', 'motors', 'construction', 'trucking',
];

export const VENUE_WORDS: readonly string[] = [
  'library', 'church', 'chapel', 'cathedral', 'mosque', 'synagogue', 'temple', 'gym', 'pool', 'rink', 'stadium',
  'fair', 'festival', 'campground', 'camp', 'mall', 'theater', 'theatre', 'arena', 'fairgrounds', 'storytime', 'zoo',
  'marina', 'speedway', 'raceway', 'racetrack', 'ballpark', 'bowl', 'club', 'lodge', 'shelter', 'jail', 'prison',
  'detention', 'courthouse',
];
