/**
 * National and regional chains and large employers, written by hand: stores, pharmacies, restaurants, fuel stations,
 * carriers, labs and dialysis providers, plants and warehouses people work at. Safe Harbor removes a patient's
 * employer, and a store or pharmacy a patient uses, with the street or town beside it, narrows where the patient
 * lives; the writers of the team's corpora label them as organisations. Lower case, one phrase per entry, hyphens and
 * spaces read alike.
 */
// biome-ignore format: packed list
export const CHAIN_NAMES: readonly string[] = [
  // Pharmacies, grocers and general stores.
  'walmart', 'wal-mart', 'walmart supercenter', 'walgreens', 'walgreen', 'cvs', 'rite aid', 'riteaid', 'duane reade',
  'costco', "sam's club", 'sams club', "bj's", 'kroger', 'safeway', 'publix', 'albertsons', 'vons', 'ralphs',
  'food lion', 'giant eagle', 'stop & shop', 'stop and shop', 'shoprite', 'wegmans', 'winco', 'fred meyer', 'qfc',
  'meijer', 'h-e-b', 'heb', 'hy-vee', 'hyvee', 'aldi', 'lidl', 'food 4 less', 'winn-dixie', 'winn dixie',
  'piggly wiggly', 'harris teeter', 'hannaford', 'market basket', 'price chopper', 'grocery outlet', 'smart & final', 'stater bros', 'fiesta mart', 'cardenas', 'vallarta',
  'northgate market', 'h mart', 'hmart', '99 ranch', 'patel brothers', "trader joe's", 'trader joes',
  'dollar general', 'dollar tree', 'family dollar', 'home depot', "lowe's", 'lowes', 'menards', 'best buy', 'ikea',
  'tj maxx', 'tjx', 'ross dress for less', 'big y', 'cub foods', "shaw's", 'shaws', 'stop n shop', 'marshalls',
  "kohl's", 'kohls', "macy's", 'jcpenney', 'petsmart', 'petco', 'autozone', "o'reilly auto",
  'advance auto', 'harbor freight', 'tractor supply', 'office depot', 'big lots',
  // Restaurants and coffee.
  "mcdonald's", 'mcdonalds', 'burger king', "wendy's", 'wendys', 'taco bell', 'taco time', 'chick-fil-a',
  'starbucks', 'dunkin', "dunkin'", 'dunkin donuts', 'kfc', 'popeyes', 'chipotle', 'panera', 'olive garden',
  "applebee's", 'applebees', 'ihop', "denny's", 'dennys', 'waffle house', 'cracker barrel', "arby's", 'arbys',
  'dairy queen', 'pizza hut', "domino's", 'dominos', "papa john's", 'little caesars', 'jack in the box',
  'in-n-out', 'whataburger', 'five guys', 'panda express', 'wingstop', "raising cane's", "zaxby's", "culver's",
  "chili's", 'red lobster', 'texas roadhouse', 'golden corral', 'buffalo wild wings',
  // Fuel and convenience.
  'circle k', '7-eleven', 'wawa', 'sheetz', 'quiktrip', "love's travel", 'pilot flying j', 'flying j', 'speedway',
  'racetrac', "casey's",
  // Carriers, delivery, travel.
  'amazon', 'fedex', 'doordash', 'instacart', 'grubhub', 'u-haul', 'amtrak', 'greyhound',
  'alaska airlines', 'american airlines', 'southwest airlines', 'united airlines', 'delta airlines', 'jetblue',
  'spirit airlines', 'frontier airlines', 'xpo logistics', 'j b hunt', 'jb hunt', 'werner', 'swift transportation',
  'schneider', 'old dominion', 'zulily', 'wayfair', 'marriott', 'hilton', 'holiday inn', 'motel 6', 'super 8',
  'hampton inn',
  // Plants, packers and makers.
  'tyson', 'jbs', 'smithfield', 'cargill', 'perdue', "pilgrim's", 'hormel', 'koch foods', 'sanderson farms',
  'wayne farms', 'seaboard', 'national beef', 'general motors',
  'boeing', 'frito-lay', 'frito lay', 'coca-cola', 'pepsico', 'sysco', 'aramark', 'sodexo', 'abercrombie',
  'bath & body works', 'victoria secret', "victoria's secret",
  // Labs, dialysis and other chains of care a patient is sent to.
  'quest diagnostics', 'labcorp', 'davita', 'fresenius', 'fresenius kidney care', 'minuteclinic', 'concentra',
  'citymd', 'medexpress', 'lenscrafters', 'visionworks', "america's best",
  // Carriers of phone and cable, where a bill or a job is.
  'comcast', 'xfinity', 'verizon', 't-mobile', 'metro pcs', 'metropcs', 'cricket wireless', 'boost mobile',
  // Charities and services with a shop or office in most towns.
  'salvation army', 'catholic charities', 'lutheran services', 'world relief', 'goodwill industries',
  // Gyms, home care and home medical equipment a patient or a relative names.
  'planet fitness', 'snap fitness', 'anytime fitness', 'la fitness', 'visiting angels', 'comfort keepers', 'bayada',
  'amedisys', 'lincare', 'apria', 'byram healthcare', 'adapthealth', 'xcel energy',
]

/**
 * Chains whose name is also an everyday or clinical word ("target", "ups", "delta", "subway"): one of them is a chain
 * only when written with a capital in cased text, or after "at", "from", "for", "with" and an optional article.
 */
// biome-ignore format: packed list
export const AMBIGUOUS_CHAIN_NAMES: readonly string[] = [
  'target', 'ups', 'delta', 'subway', 'shell', 'chevron', 'exxon', 'marathon', 'sonic', 'giant', 'kindred', 'sprouts',
  'whole foods', 'quest', 'goodwill', 'safelite', 'dillards', 'sears', 'kmart', 'staples', 'burlington', 'ingles',
  'save a lot', 'el super', 'la quinta', 'home instead', 'fiesta',
]
