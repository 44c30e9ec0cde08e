/**
 * Words of the names of hospitals, agencies, associations and the trades that serve a household ("regions hospital",
 * "safe ride transportation", "church of pentecost"): read by detectors/headed-organisations.ts, which fails closed
 * before these heads. The kinds below say what kind of place, not which ("the home health services", "a mail order
 * pharmacy"); every other word before a head names the place.
 */

/** Heads after which the words before them, back to a boundary, name the place unless each says only what kind. */
// biome-ignore format: packed list
export const NAMED_HEADS: ReadonlySet<string> = new Set([
  'hospital', 'hospitals', 'hospice', 'services', 'association', 'institute', 'department', 'dept', 'agency',
  'foundation', 'society', 'council', 'ministries', 'ministry', 'league', 'alliance', 'partnership',
  'coalition', 'fitness', 'transportation', 'transport', 'associates', 'assoc', 'infusion',
  'healthcare', 'rehab', 'diagnostics', 'orthotics', 'manor', 'pharmacy',   'drugstore', 'center', 'centre', 'church', 'academy', 'elementary', 'mandir', 'masjid',
  'mosque', 'parish', 'cathedral', 'chapel', 'fellowship', 'tabernacle', 'bakery', 'restaurant', 'cafe',
  'market', 'supermarket',   'salon', 'barbershop', 'diner', 'deli', 'buffet', 'taqueria', 'pizzeria', 'college',
  'university', 'school', 'bank', 'pantry', 'orthopaedics', 'orthopedics',
])

/**
 * Words that say whose or which community a place serves, not only what kind: a faith, a people, a region's people
 * ("catholic community services", "the tongan united methodist church", "asian association of utah"). Opening two or
 * more words before a head (or one before a head that takes "of" and its place), they make the run one organisation's
 * name, as a state does ("utah food bank"); "the catholic church", "a somali restaurant" stay.
 */
// biome-ignore format: packed list
export const DEFINING_KINDS: ReadonlySet<string> = new Set([
  'catholic', 'lutheran', 'baptist', 'methodist', 'presbyterian', 'episcopal', 'jewish', 'islamic', 'muslim',
  'christian', 'evangelical', 'pentecostal', 'adventist', 'orthodox', 'mennonite', 'unitarian', 'apostolic',
  'tongan', 'samoan', 'somali', 'asian', 'african', 'hispanic', 'latino', 'latina', 'korean', 'chinese', 'vietnamese',
  'hmong', 'karen', 'bhutanese', 'nepali', 'haitian', 'ethiopian', 'eritrean', 'afghan', 'arab',
  'mexican', 'cuban', 'filipino', 'polish', 'ukrainian', 'russian', 'indian', 'pakistani', 'bangladeshi', 'cambodian',
  'khmer', 'lao', 'laotian', 'burmese', 'congolese', 'sudanese', 'liberian', 'nigerian', 'ghanaian', 'iraqi',
  'syrian', 'bosnian', 'albanian', 'armenian', 'native', 'indigenous', 'pacific', 'islander',
])

/** Heads whose name may follow them after "of" ("church of pentecost", "institute of minnesota"). */
// biome-ignore format: packed list
export const HEADS_BEFORE_OF: ReadonlySet<string> = new Set([
  'church', 'institute', 'association', 'society', 'council', 'ministries', 'foundation', 'league', 'alliance',
  'services', 'department', 'university', 'college', 'academy', 'hospital', 'temple', 'parish', 'cathedral',
  'chapel', 'tabernacle', 'fellowship', 'pharmacy', 'hospice', 'bank',
])

/**
 * Words before such a head that say what kind of place or service ("social services", "the mail order pharmacy", "the
 * kids' dental"), besides the kinds of organisation-words.ts and the clinical vocabulary.
 */
// biome-ignore format: packed list
export const SERVICE_KINDS: ReadonlySet<string> = new Set([
  'social', 'human', 'protective', 'child', 'children', "children's", 'childrens', 'family', 'families', 'health',
  'healthcare', 'home', 'elder', 'elderly', 'seniors', 'legal', 'public', 'mental', 'behavioral', 'behavioural',
  'emergency', 'urgent', 'specialty', 'specialist', "women's", 'womens', 'women', "men's", 'mens', 'veterans',
  "veterans'", 'veteran', 'disability', 'disabilities', 'interpreter', 'interpreting', 'interpretation',
  'translation', 'cleaning', 'security', 'customer', 'financial', 'billing', 'scheduling', 'records', 'patient',
  'patients', 'member', 'members', 'support', 'case', 'care', 'management', 'refugee', 'refugees', 'immigrant',
  'immigrants', 'resettlement', 'employment', 'after', 'respite', 'transportation', 'ride', 'rides', 'medical',
  'dental', 'vision', 'eye', 'hearing', 'pediatric', 'pediatrics', 'outpatient', 'inpatient', 'mail', 'order',
  'retail', 'compounding', 'hospital', 'clinic', 'teaching', 'general', 'regional', 'national', 'area', 'town',
  'animal', 'vet', 'rehabilitation', 'physical', 'therapy', 'occupational', 'speech', 'sleep', 'pain', 'wellness',
  'weight', 'loss', 'infusion', 'imaging', 'lab', 'laboratory', 'plasma', 'donation', 'donor', 'testing', 'vaccine',
  'walk', 'express', 'quick', 'hour', 'hr', '24hr', 'mobile', 'drug', 'store', 'dry', 'call', 'service', 'services',
  'learning', 'resource', 'resources', 'treatment', 'recovery', 'detox', 'crisis', 'birth', 'birthing', 'surgery',
  'surgical', 'cancer', 'heart', 'kidney', 'dialysis', 'wound', 'diabetes', 'sports', 'student', 'students',
  'counseling', 'counselling', 'addiction', 'substance', 'abuse', 'assistance', 'aid', 'welfare', 'benefits',
  'insurance', 'claims', 'intake', 'protection', 'foster', 'adoption', 'shelter', 'housing', 'energy', 'utility',
  'utilities', 'rec', 'recreation', 'activity', 'activities', 'fire', 'police', 'sheriff', "sheriff's", 'tax',
  'revenue', 'motor', 'vehicles', 'vehicle', 'license', 'licensing', 'corrections', 'correctional', 'parole',
  'probation', 'court', 'juvenile', 'education', 'educational', 'special', 'ed', 'sped', 'nutrition', 'wic',
  'ebt', 'food', 'meals', 'meal', 'delivery', 'hospice', 'palliative', 'nursing', 'assisted', 'living', 'memory',
  'skilled', 'long', 'term', 'acute', 'critical', 'intensive', 'maternity', 'labor', 'prenatal', 'postpartum',
  'newborn', 'neonatal', 'infant', 'baby', 'babies', 'maternal', 'fertility', 'ivf', 'dermatology', 'cardiology',
  'oncology', 'neurology', 'orthopedic', 'orthopedics', 'ortho', 'ent', 'gi', 'ob', 'gyn', 'obgyn', 'primary',
  'community', 'senior', 'day', 'adult', 'youth', 'kids', 'local', 'county', 'city', 'state', 'federal', 'district',
  'mom', "mom's", 'dad', "dad's", "son's", "daughter's", "wife's", "husband's", "mother's", "father's", "sister's",
  "brother's", "grandma's", "grandpa's", "aunt's", "uncle's", "kid's", "kids'", "baby's", "friend's", 'regular',
  'usual', 'same', 'other', 'another', 'new', 'old', 'nearest', 'closest', 'nearby', 'main', 'big', 'small', 'outside',
  'inside', 'school', 'church', 'work', "work's", 'job', 'hometown', 'neighborhood', 'neighbourhood', 'corner',
  'downtown', 'uptown', 'online', 'virtual', 'phone', 'pharmacy', 'grocery', 'catholic', 'christian', 'baptist',
  'methodist', 'lutheran', 'pentecostal', 'evangelical', 'orthodox', 'muslim', 'islamic', 'buddhist', 'hindu',
  'jewish', 'mexican', 'chinese', 'korean', 'vietnamese', 'thai', 'indian', 'italian', 'somali', 'african',
  'american', 'latino', 'latina', 'hispanic', 'asian', 'spanish', 'english', 'high', 'middle', 'junior',
  'elementary', 'intermediate', 'charter', 'private', 'boarding', 'preschool', 'head', 'start', 'summer', 'night',
  'weekend', 'sunday', 'bible', 'math', 'science', 'art', 'music', 'dance', 'coffee', 'pizza', 'taco', 'burger',
  'fast', 'breakfast', 'lunch', 'dinner', 'soup', 'bread', 'fish', 'meat', 'halal', 'kosher', 'organic', 'farmers',
  "farmer's", 'flea', 'super', 'mini', 'good', 'bad', 'best', 'nice', 'cheap', 'expensive', 'busy', 'open',
  'closed', 'early', 'late', 'morning', 'evening', 'overnight', 'post', 'office', 'tech', 'technical', 'trade',
  'vocational', 'beauty', 'nail', 'hair', 'barber', 'auto', 'car', 'truck', 'boat', 'bus', 'train', 'air', 'grad',
  'med', 'law', 'flight', 'dog', 'swim', 'driving', 'age', 'group', 'career', 'visitor', 'welcome', 'poison',
  'control', 'bbq', 'fresh', 'fried', 'raw', 'frozen', 'canned', 'permanent', 'temporary', 'guest', 'ems',
  'funeral', 'homeowners', 'hoa', 'parent', 'parents', 'teacher', 'teachers', 'er', 'temp', 'travel',
  'medicaid', 'medicare', 'non', 'vacuum', 'carpet', 'window', 'sales', 'va', 'psych', 'iron', 'fulfillment',
  'cardiac', 'vascular', 'pulmonary', 'access', 'transplant', 'endoscopy', 'spine', 'neuro', 'renal', 'liver', 'lung',
  'wrong', 'right', 'correct', 'spa', 'daddy', "daddy's", "mommy's", "mama's", "papa's",
  'psychiatric', 'trauma', 'x', 'ray', 'xray', 'alcohol', 'sub', 'ambulance', 'cheaper', 'downstairs', 'lobby',
  'onsite', 'ground', 'floor', 'dirty', 'tiny', 'upstairs', 'field', 'hotel', 'charcoal', 'apartment', 'broken', 'lawn',
  'cable', 'memorial', 'collection', 'collections', 'caregiver', 'government', 'parks', 'produce', 'unemployment',
  'sanitation', 'cell', 'wifi', 'provider', 'ethiopian', 'eritrean', 'hmong', 'haitian', 'nepali', 'persian',
  'russian', 'arabic', 'french', 'polish', 'ukrainian', 'greek', 'german', 'irish', 'japanese', 'filipino',
  'cambodian', 'lao', 'laotian', 'burmese', 'karen', 'afghan', 'pakistani', 'bengali', 'bangladeshi', 'punjabi',
  'sikh', 'tibetan', 'brazilian', 'portuguese', 'dominican', 'puerto', 'rican', 'cuban', 'salvadoran', 'guatemalan',
  'honduran', 'colombian', 'peruvian', 'venezuelan', 'ecuadorian', 'jamaican', 'caribbean', 'nigerian', 'ghanaian',
  'congolese', 'sudanese', 'kenyan', 'liberian', 'cosmetology', 'ex', 'universal', 'household', 'toilet',
  'confidential', 'sexual', 'reproductive', 'free', 'affordable', 'sliding', 'development', 'developmental',
  'intervention', 'behavior', 'behaviour', 'autism', 'hospitalist', 'teen', 'teens', 'lgbt', 'lgbtq', 'trans',
])

/**
 * Verbs that take a place as their object ("she needs social services", "we use mail order pharmacy"), prepositions
 * and the people a place belongs to ("my son's school"): a boundary before a head, as verbs in -ing and -ed are.
 */
// biome-ignore format: packed list
export const VERBS_BEFORE_PLACES: ReadonlySet<string> = new Set([
  'need', 'needs', 'want', 'wants', 'call', 'calls', 'get', 'gets', 'got', 'go', 'goes', 'went', 'gone', 'see', 'sees',
  'saw', 'seen', 'use', 'uses', 'like', 'likes', 'love', 'loves', 'has', 'have', 'had', 'do', 'does', 'did', 'take',
  'takes', 'took', 'give', 'gives', 'gave', 'find', 'finds', 'found', 'try', 'tries', 'ask', 'asks', 'tell', 'tells',
  'told', 'leave', 'leaves', 'left', 'send', 'sends', 'sent', 'bring', 'brings', 'brought', 'make', 'makes', 'made',
  'pay', 'pays', 'paid', 'visit', 'visits', 'contact', 'contacts', 'check', 'checks', 'sign', 'signs', 'join',
  'joins', 'attend', 'attends', 'run', 'runs', 'ran', 'own', 'owns', 'text', 'texts', 'fax', 'faxes', 'email',
  'emails', 'reach', 'reaches', 'hear', 'hears', 'heard', 'know', 'knows', 'knew', 'recommend', 'recommends',
  'prefer', 'prefers', 'switch', 'change', 'changes', 'transfer', 'refer', 'refers', 'keep', 'keeps', 'kept', 'let',
  'lets', 'put', 'puts', 'show', 'shows', 'say', 'says', 'said', 'think', 'thinks', 'mean', 'means', 'hate', 'hates',
  'miss', 'misses', 'start', 'starts', 'stop', 'stops', 'help', 'helps', 'set', 'sets', 'sell', 'sells', 'sold',
  'buy', 'buys', 'bought', 'pick', 'picks', 'drop', 'drops', 'drive', 'drives', 'drove', 'work', 'works', 'live',
  'lives', 'stay', 'stays', 'come', 'comes', 'came', 'became', 'become', 'becomes', 'hit', 'hits', 'quit', 'quits',
  'is', 'was', 'are', 'were', 'be', 'am', 'been', 'being', 'will', 'would', 'can', 'could', 'should', 'must', 'may',
  'might', 'shall', 'thank', 'thanks', 'please', 'pls', 'plz', 'hi', 'hello', 'hey', 'ok', 'okay', 'yes', 'no', 'yeah',
  'um', 'uh', 'also', 'just', 'only', 'even', 'really', 'actually', 'probably', 'maybe', 'called', 'discharged',
  'admitted', 'transferred', 'referred', 'treated', 'released', 'arrange', 'arranges', 'provide',
  'provides', 'offer', 'offers', 'schedule', 'book', 'cover', 'covers', 'accept', 'accepts', 'approve', 'approves',
  'deny', 'denies', 'notify', 'bill', 'bills', 'charge', 'charges', 'enroll', 'apply',
  'since', 'through', 'thru', 'via', 'per', 'about', 'near', 'until', 'till', 'into', 'onto', 'upon', 'within',
  'without', 'across', 'along', 'behind', 'beside', 'besides', 'between', 'beyond', 'during', 'toward', 'towards',
  'under', 'versus', 'vs', 'than', 'son', 'daughter', 'mom', 'mother', 'dad', 'father', 'wife', 'husband',
  'kids', 'kid', 'child', 'baby', 'brother', 'sister', 'grandson', 'granddaughter', 'grandma', 'grandpa',
  'grandmother', 'grandfather', 'aunt', 'uncle', 'cousin', 'niece', 'nephew', 'friend', 'boyfriend', 'girlfriend',
  'partner', 'neighbor', 'neighbour', 'patient', 'pt', 'client', 'resident', 'member',
])

/**
 * Vietnamese heads that open a shop's, a restaurant's or a temple's name ("tiệm nail kim's", "nhà hàng phở hòa",
 * "chùa phổ đà"), and the kinds said between a head and the name ("nail", "phở", "thuốc").
 */
export const VIETNAMESE_OPENING_HEADS: readonly string[] = ['tiệm', 'quán', 'chùa', 'nhà hàng', 'nhà thờ', 'tiệm nail']
// biome-ignore format: packed list
export const VIETNAMESE_SHOP_KINDS: ReadonlySet<string> = new Set([
  'nail', 'nails', 'phở', 'pho', 'thuốc', 'tóc', 'vàng', 'may', 'bánh', 'mì', 'cơm', 'chay', 'giặt', 'ủi', 'sửa',
  'xe', 'tạp', 'hóa',
])

/**
 * Heads of a church's name in Spanish, Portuguese and French, and the words that say only what kind of church
 * ("la iglesia católica"): what follows them names the parish, whatever its words ("nuestra señora de guadalupe",
 * "sagrado corazón", "san alfonso").
 */
// biome-ignore format: packed list
export const CHURCH_HEADS_BEFORE_NAME: ReadonlySet<string> = new Set([
  'iglesia', 'parroquia', 'capilla', 'templo', 'igreja', 'paróquia', 'paroquia', 'capela', 'église', 'eglise',
  'paroisse', 'chapelle',
])
// biome-ignore format: packed list
export const CHURCH_KINDS: ReadonlySet<string> = new Set([
  'católica', 'catolica', 'cristiana', 'evangélica', 'evangelica', 'bautista', 'pentecostal', 'adventista',
  'metodista', 'luterana', 'católico', 'catolico', 'evangélico', 'evangelico', 'catholique', 'évangélique',
  'evangelique', 'nueva', 'nuevo', 'grande', 'pequeña', 'mi',
])

/** The words of a parish's dedication ("sagrado corazón", "divina providencia", "cristo rey"). */
// biome-ignore format: packed list
export const PARISH_WORDS: ReadonlySet<string> = new Set([
  'sagrado', 'sagrada', 'corazón', 'corazon', 'cristo', 'rey', 'espíritu', 'espiritu', 'santísima', 'santisima',
  'trinidad', 'divina', 'divino', 'providencia', 'misericordia', 'inmaculada', 'concepción', 'concepcion', 'asunción',
  'asuncion', 'resurrección', 'resurreccion', 'buen', 'pastor', 'familia', 'luz', 'paz', 'redentor', 'salvador',
  'salvación', 'salvacion', 'roca', 'pentecostal', 'dios', 'coração', 'coracao',
  'senhor', 'bom', 'jesus', 'jesús', 'fatima', 'fátima', 'guadalupe', 'lourdes', 'carmen', 'rosario', 'dolores',
])
