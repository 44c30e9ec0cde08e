/**
 * Words of the names of schools, churches, workplaces and shops: Safe Harbor removes a patient's employers with the
 * patient, and a child's school or a family's church points to the family as a town does. Read by
 * detectors/organisations.ts. Health facilities stay with detectors/facility-names.ts (their place is the identifier,
 * the kind of care is clinical content); chains stay (a pharmacy chain names no one).
 */

/** Words that end an organisation's name in English order ("perrine elementary", "double k feedlot", "lucky nails"). */
// biome-ignore format: packed list
export const ORGANISATION_HEADS: ReadonlySet<string> = new Set([
  'school', 'schools', 'elementary', 'academy', 'preschool', 'daycare', 'childcare', 'montessori', 'kindergarten',
  'college', 'church', 'parish', 'chapel', 'cathedral', 'mosque', 'masjid', 'temple', 'synagogue', 'tabernacle',
  'ministries', 'assembly', 'jail', 'prison', 'penitentiary', 'plant', 'factory', 'mill', 'mills', 'farm', 'farms',
  'dairy', 'ranch', 'feedlot', 'orchard', 'orchards', 'cannery', 'warehouse', 'storage', 'foods', 'poultry', 'roofing',
  'plumbing', 'electric', 'landscaping', 'trucking', 'logistics', 'motors', 'nails', 'salon', 'barbershop',
  'restaurant', 'cafe', 'café', 'bakery', 'grill', 'diner', 'deli', 'market', 'grocery', 'supermarket', 'inn', 'motel',
  'casino', 'coop', 'op', 'cooperative', 'inc', 'llc', 'corp', 'industries', 'manufacturing', 'enterprises', 'brothers',
  'bros', 'construction', 'contractors', 'garage', 'shop', 'alf', 'living', 'bank',
])

/**
 * Heads after which everyday words make a name ("at lucky nails", "the double k feedlot", "sunrise assisted living"):
 * the others ("school", "plant", "market", "jail", "construction") follow words that say what kind as often.
 */
// biome-ignore format: packed list
export const WORD_NAME_HEADS: ReadonlySet<string> = new Set([
  'elementary', 'academy', 'preschool', 'daycare', 'montessori', 'kindergarten', 'church', 'parish', 'chapel',
  'tabernacle', 'ministries', 'feedlot', 'dairy', 'farms', 'ranch', 'orchards', 'nails', 'salon', 'barbershop',
  'restaurant', 'cafe', 'café', 'bakery', 'diner', 'deli', 'inn', 'motel', 'casino', 'coop', 'op', 'cooperative', 'inc',
  'llc', 'corp', 'industries', 'enterprises', 'bros', 'landscaping', 'trucking', 'logistics', 'motors', 'living',
  'bank', 'alf',
])

/** Heads that are also plural nouns ("the blue nails", "the older brothers"): a word-made name only without "the". */
export const PLURAL_HEADS: ReadonlySet<string> = new Set(['nails', 'farms', 'orchards', 'industries', 'enterprises'])

/**
 * Heads that also describe ("high", "middle"): they end a name only before "school", or after a word that is a name
 * in itself ("savannah high", "Lakeside Junior High"), never "blood pressure high".
 */
export const LEVEL_HEADS: ReadonlySet<string> = new Set(['high', 'middle', 'junior', 'intermediate'])

/**
 * Words before a head that say what kind of place, not whose ("the new school", "the chicken plant", "a catholic
 * school"): a name needs a word that is none of these.
 */
// biome-ignore format: packed list
export const KIND_WORDS: ReadonlySet<string> = new Set([
  'new', 'old', 'big', 'small', 'little', 'good', 'bad', 'nice', 'cheap', 'different', 'same', 'other', 'next', 'last',
  'first', 'second', 'local', 'nearby', 'public', 'private', 'charter', 'catholic', 'christian', 'baptist', 'regular',
  'summer', 'night', 'day', 'sunday', 'weekend', 'elementary', 'middle', 'high', 'junior', 'senior', 'primary',
  'secondary', 'kids', "kids'", "kid's", "children's", 'girls', 'boys', 'whole', 'entire', 'main', 'front', 'back',
  'closest', 'nearest', 'usual', 'current', 'previous', 'former', 'own', 'special', 'alternative', 'adult', 'language',
  'english', 'spanish', 'bilingual', 'magnet', 'online', 'virtual', 'home', 'grade', 'county', 'city', 'state',
  'district', 'school', 'community', 'family', 'co', 'auto', 'body', 'nail', 'hair', 'beauty', 'coffee', 'thrift',
  'repair', 'gift', 'pawn', 'barber', 'tire', 'smoke', 'vape', 'print', 'flower', 'donut', 'pizza', 'taco', 'liquor',
  'corner', 'dollar', 'convenience', 'hardware', 'pet', 'book', 'shoe', 'clothing', 'furniture', 'phone', 'paper',
  'steel', 'power', 'water', 'recycling', 'lumber', 'saw', 'textile', 'garment', 'fish', 'seafood', 'lobster', 'egg',
  'turkey', 'pork', 'beef', 'candy', 'bread', 'food', 'grocery', 'shipping', 'distribution', 'packing', 'processing',
  'meat', 'chicken', 'poultry', 'dairy', 'cold', 'truck', 'car', 'mexican', 'chinese', 'korean', 'vietnamese', 'thai',
  'indian', 'italian', 'halal', 'fast', 'sports', 'bible', 'youth', 'head', 'start', 'assisted', 'independent',
  'jail', 'prison', 'state', 'federal', 'immigration', 'detention', 'juvenile', 'trade', 'vocational', 'technical',
  'nursing', 'medical', 'dental', 'cooking', 'driving', 'beauty', 'boarding', 'pre', 'k', 'one', 'two', 'blood',
  'sperm', 'food', 'stock', 'farmers', "farmer's", 'flea', 'super', 'mini', 'this', 'that', 'which', 'what', 'whose',
  'every', 'each', 'any', 'some', 'no', 'all', 'both', 'either', 'another', 'such', 'our', 'your',
  'left', 'right', 'best', 'worst', 'great', 'better', 'favorite', 'favourite', 'fancy', 'busy', 'quiet', 'only',
  'open', 'closed', 'early', 'late', 'morning', 'afternoon', 'evening', 'overnight', 'house', 'road', 'self', 'job',
  'police', 'fire', 'military', 'army', 'navy', 'mormon', 'lds', 'methodist', 'lutheran', 'pentecostal', 'evangelical',
  'orthodox', 'adventist', 'presbyterian', 'episcopal', 'pig', 'hog', 'cattle', 'horse', 'tree', 'berry', 'apple',
  'potato', 'onion', 'sugar', 'beet', 'corn', 'wheat', 'grain', 'feed', 'seed', 'parking',
  'work', 'downtown', 'uptown', 'airport', 'highway', 'roadside', 'peach', 'cherry', 'orange', 'pear', 'citrus', 'nut',
  'pecan', 'almond', 'walnut', 'pistachio', 'hop', 'grape', 'avocado', 'lemon',
  'sushi', 'vegan', 'steak', 'buffet', 'burger', 'hibachi', 'teriyaki', 'meatpacking', 'mall', 'dog', 'grooming', 'goat',
  'cow', 'organic', 'lettuce', 'neighborhood', 'village', 'country', 'black', 'mission', 'apostolic', 'congregational',
  'gas', 'station', 'stop', 'beach', 'doggy', 'transitional', 'memory', 'acrylic', 'gel', 'fake', 'press', 'long',
  'short', 'cna', 'cdl', 'hs', 'gf', 'bf', 'bestie', "bestie's", "bf's", "gf's",
])

/**
 * Prepositions that put a person at a place of its own, before a name made of everyday words ("at lucky nails", "from
 * the double k feedlot"; "avoid the fatty foods", "on the gas grill", "in memory care assisted living" stay).
 */
// biome-ignore format: packed list
export const ORGANISATION_OPENERS: ReadonlySet<string> = new Set(['at', 'from', 'to', 'for', 'with', 'near', 'by'])

/**
 * Words that open an organisation's name in Spanish, Portuguese, French, Vietnamese and Tagalog order ("escuela
 * wetherbee", "fábrica de malden mills", "trường Needwood Middle"): the name follows.
 */
// biome-ignore format: packed list
export const HEADS_BEFORE_NAME: ReadonlySet<string> = new Set([
  'escuela', 'colegio', 'iglesia', 'fábrica', 'fabrica', 'restaurante', 'panadería', 'panaderia', 'taller', 'tienda',
  'lechería', 'lecheria', 'rancho', 'granja', 'empacadora', 'guardería', 'guarderia', 'hogar', 'escola', 'igreja',
  'padaria', 'loja', 'école', 'ecole', 'église', 'eglise', 'usine', 'boulangerie', 'trường', 'tiệm', 'chùa',
  'paaralan', 'simbahan', 'pabrika', 'bodega', 'almacén', 'almacen', 'procesadora', 'maquiladora',
])

/** Words between such a head and its name ("hogar de ancianos edgewood", "restaurante el charro"). */
// biome-ignore format: packed list
export const HEAD_LINKS: ReadonlySet<string> = new Set([
  'de', 'del', 'da', 'do', 'des', 'du', 'el', 'la', 'los', 'las', 'o', 'a', 'os', 'as', 'le', 'les', "l'", 'ng',
  'ancianos', 'idosos', 'personas', 'mayores', 'nhà',
])

/** Heads that end a name only right after one of their words ("sunrise assisted living", "nwa food bank", "co op"). */
export const WORDS_BEFORE_HEADS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['living', new Set(['assisted', 'independent', 'senior'])],
  ['bank', new Set(['food'])],
  ['op', new Set(['co'])],
])
