/**
 * Words of the frames in which a caller says whom they are with ("this is kendra with golden isles home health",
 * "calling from nwa food bank", "the dispatcher at sunrise ambulette", "habla ramona de la farmacia la guadalupana").
 * The frame proves that what follows names a place of work, so detectors/affiliations.ts reads it failing closed: the
 * words up to a boundary are the name unless every one of them says only what kind of place ("from the front desk",
 * "calling from the county", "with the insurance"). Tables per language; the organisation heads are shared with
 * lexicon/organisation-words.ts.
 */

/** Words that introduce the speaker ("this is", "soy"): the one to three names and roles after them, then the frame. */
// biome-ignore format: packed list
export const INTRODUCTIONS: readonly (readonly string[])[] = [
  ['this', 'is'], ["it's"], ['its'], ["i'm"], ['im'], ['i', 'am'], ['my', 'name', 'is'], ['name', 'is'], ["name's"],
  ['habla'], ['soy'], ['este', 'es'], ['esta', 'es'], ['me', 'llamo'], ['mi', 'nombre', 'es'], ['aquí'],
  ['fala'], ['sou'], ['aqui', 'é'], ['je', 'suis'], ["c'est"], ['ici'],
]

/** Verbs of calling a frame word follows directly ("calling from", "llamo de la", "ligando da"). */
// biome-ignore format: packed list
export const CALL_VERBS: ReadonlySet<string> = new Set([
  'calling', 'call', 'called', 'writing', 'texting', 'messaging', 'llamo', 'llamando', 'hablo', 'hablando', 'escribo',
  'ligando', 'ligo', 'falando', "j'appelle", 'appelle',
])

/** Roles of a workplace a frame word follows directly ("the school nurse at …", "case manager with …"). */
// biome-ignore format: packed list
export const ROLE_NOUNS: ReadonlySet<string> = new Set([
  'nurse', 'pharmacist', 'manager', 'supervisor', 'dispatcher', 'coordinator', 'caseworker', 'interpreter',
  'translator', 'driver', 'aide', 'caregiver', 'teacher', 'counselor', 'pastor', 'secretary', 'officer', 'worker',
  'therapist', 'vet', 'director', 'owner', 'volunteer', 'chaplain', 'receptionist', 'desk', 'office', 'department',
  'scheduler', 'navigator', 'advocate', 'specialist', 'assistant', 'technician', 'tech', 'rep', 'representative',
  'principal', 'coach', 'cashier', 'foreman', 'boss', 'employee', 'employer', 'job', 'shift', 'staff', 'chef',
  'housekeeper', 'janitor', 'mechanic', 'operator', 'agent', 'admin', 'administrator', 'clerk', 'attendant', 'guard',
  'enfermera', 'enfermero', 'intérprete', 'interprete', 'trabajadora', 'trabajador', 'gerente', 'mayordomo', 'patrón',
  'patron', 'jefe', 'jefa', 'maestra', 'maestro', 'secretaria', 'encargada', 'encargado', 'chofer', 'cuidadora',
])

/** Words after which the name of the place follows ("from", "de la"); "of" only after a role or an introduction. */
export const FRAME_WORDS: ReadonlySet<string> = new Set(['from', 'with', 'at', 'of', 'de', 'del', 'da', 'do'])

/** Articles a frame word may take before the name; a name after one must show a head word to be read as a name. */
export const FRAME_ARTICLES: ReadonlySet<string> = new Set(['the', 'la', 'el', 'los', 'las', 'a', 'o'])

/** Words that go inside a name between two of its words ("church of god", "fish and bait", "intérpretes de houston"). */
export const INNER_LINKS: ReadonlySet<string> = new Set(['of', 'and', 'de', 'del', 'y'])

/**
 * Words that say only what kind of place or desk, not whose ("from the front desk", "from billing", "with the
 * county", "de la oficina"), besides the organisation heads, kinds and clinical words: a name of these alone stays.
 */
// biome-ignore format: packed list
export const GENERIC_PLACE_WORDS: ReadonlySet<string> = new Set([
  'office', 'desk', 'department', 'dept', 'billing', 'emergency', 'equipo', 'teen', 'teens', 'youth', 'women',
  'men', 'kids', 'pediatric', 'ob', 'gyn', 'obgyn', 'hf', 'refugee', 'refugees', 'resettlement', 'immigration',
  'immigrant', 'legal', 'aid', 'foster', 'occupational', 'enfermería', 'enfermeria', 'trabajo', 'social', 'covid',
  'zoom', 'mychart', 'teams', 'research', 'hôpital', 'hopital', 'urgence', 'urgences', 'infirmière', 'cabinet',
  'pediatrics', 'payphone', 'heme', 'onc', 'rads', 'hub', 'working', 'reception', 'lobby', 'number', 'phone', 'cell', 'line',
  'landline', 'lab', 'labs', 'er', 'room', 'waiting', 'lot', 'hr', 'human', 'resources', 'insurance', 'social',
  'security', 'medicare', 'medicaid', 'medi', 'cal', 'unemployment', 'court', 'courthouse', 'upstairs', 'downstairs',
  'outside', 'inside', 'site', 'doctor', 'doctors', 'dr', 'dentist', 'agency', 'program', 'services', 'service',
  'center', 'centre', 'shelter', 'unit', 'floor', 'ward', 'side', 'area', 'team', 'group', 'clinic', 'hospital',
  'pharmacy', 'appointment', 'appointments', 'scheduling', 'records', 'referral', 'referrals', 'intake', 'triage',
  'call', 'hotline', 'answering', 'after', 'hours', 'portal', 'text', 'message', 'reminder', 'system', 'place',
  'door', 'nurse', 'nurses', 'staff', 'care', 'management', 'case', 'benefits', 'enrollment', 'eligibility',
  'member', 'members', 'customer', 'patient', 'patients', 'support', 'help', 'information', 'info', 'admissions',
  'discharge', 'planning', 'scheduler', 'front', 'back', 'main', 'corporate', 'headquarters', 'branch', 'location',
  'child', 'protective', 'protection', 'adult', 'aging', 'senior', 'seniors', 'veterans', 'disability', 'housing',
  'public', 'assistance', 'welfare', 'food', 'stamps', 'wic', 'snap', 'cps', 'aps', 'dhs', 'dcfs', 'ssa', 'ssi', 'hud',
  'dmv', 'irs', 'va', 'uscis', 'ice', 'fema', 'ems', 'fire', 'police', 'sheriff', "sheriff's", 'dispatch', 'transport',
  'transportation', 'ride', 'rides', 'van', 'ambulance', 'mom', 'dad', 'mother', 'father', 'son', 'daughter',
  'brother', 'sister', 'wife', 'husband', 'grandma', 'grandpa', 'aunt', 'uncle', 'cousin', 'friend', 'neighbor',
  'neighbour', 'boss', 'coworker', 'work', 'job', 'home', 'house', 'school', 'church', 'daycare', 'study', 'class',
  'classes', 'practice', 'therapy', 'interpreter', 'interpreters', 'interpreting', 'language', 'translation',
  'oficina', 'clínica', 'clinica', 'hospital', 'escuela', 'farmacia', 'agencia', 'iglesia', 'seguro', 'aseguranza',
  'condado', 'estado', 'ciudad', 'trabajo', 'casa', 'consultorio', 'centro', 'programa', 'departamento', 'doctora',
  'enfermera', 'recepción', 'recepcion', 'salud', 'cuidado', 'servicios', 'médico', 'medico', 'laboratorio', 'parte',
  'escola', 'farmácia', 'clínica', 'école', 'pharmacie', 'bureau', 'mairie', 'español', 'inglés', 'ingles',
  'portugués', 'portugues', 'português', 'inglês', 'espanhol', 'francés', 'frances', 'francês', 'français', 'criollo',
  'crioulo', 'créole', 'creole', 'kreyòl', 'kreyol', 'árabe', 'arabe', 'chino', 'chinês', 'vietnamita', 'coreano',
  'ruso', 'russo', 'tagalo', 'somalí', 'somali', 'mam', 'quiché', 'kiche', 'señas', 'lengua', 'idioma',
])

/**
 * Words that end an organisation's name besides the heads of lexicon/organisation-words.ts and the facility words
 * ("heartland alliance", "sunny cleaners", "franchise tax board"): after an article the name must end in one.
 */
// biome-ignore format: packed list
export const AFFILIATION_ENDS: ReadonlySet<string> = new Set([
  'department', 'office', 'center', 'centre', 'services', 'service', 'agency', 'program', 'partnership', 'alliance',
  'fellowship', 'association', 'foundation', 'society', 'network', 'group', 'company', 'corporation', 'station',
  'lodge', 'club', 'hotel', 'apartments', 'pantry', 'shelter', 'transit', 'transport', 'transportation', 'authority',
  'board', 'district', 'court', 'library', 'university', 'institute', 'plaza', 'depot', 'yard', 'terminal', 'hub',
  'care', 'protection', 'assistance', 'relief', 'ministry', 'ambulette', 'produce', 'distribution', 'freight', 'lines',
  'systems', 'mobility', 'parts', 'drugs', 'chemists', 'cleaners', 'parking', 'interpreting', 'staffing', 'consulting',
  'meats', 'packing', 'growers', 'field', 'repair', 'unified', 'solutions', 'partners', 'resources', 'outreach',
  'mission', 'project', 'coalition', 'council', 'commission', 'collective', 'league', 'union', 'residence', 'manor',
  'villa', 'villas', 'tower', 'towers', 'homes', 'laundry', 'cleaning', 'janitorial', 'security', 'express', 'lab',
  'labs', 'pharmacy', 'clinic', 'hospital', 'health', 'medical', 'dental', 'hospice', 'home',
])

/** Words that open a name in head-first languages before an article and the name ("farmacia la guadalupana"). */
// biome-ignore format: packed list
export const HEADS_BEFORE_ARTICLE: ReadonlySet<string> = new Set([
  'farmacia', 'pupusería', 'pupuseria', 'lavandería', 'lavanderia', 'panadería', 'panaderia', 'carnicería',
  'carniceria', 'taquería', 'taqueria', 'tienda', 'restaurante', 'lechería', 'lecheria', 'empacadora', 'distribuidora',
  'bodega', 'bodegas', 'mercado', 'supermercado', 'fábrica', 'fabrica', 'rancho', 'agencia', 'iglesia', 'escuela',
  'guardería', 'guarderia', 'taller', 'hotel', 'salón', 'salon', 'estética', 'estetica', 'mueblería', 'muebleria',
  'tortillería', 'tortilleria', 'paletería', 'paleteria', 'zapatería', 'zapateria', 'farmácia', 'padaria', 'loja',
  'pharmacie', 'boulangerie', 'épicerie', 'epicerie',
])

/** Chains of pharmacies and stores: their names point to no one ("this is jen at the walgreens pharmacy"). */
// biome-ignore format: packed list
export const CHAINS: ReadonlySet<string> = new Set([
  'walgreens', 'cvs', 'walmart', 'kroger', 'costco', 'target', 'safeway', 'publix', 'heb', 'meijer', 'albertsons',
  'rite', 'aid', 'giant', 'wegmans', 'hyvee', 'walmart\'s', 'amazon', 'fedex', 'ups', 'usps', 'lowes', "lowe's",
  'home', 'depot', 'sams', "sam's", 'aldi', 'duane', 'reade', 'kaiser', 'quest', 'labcorp',
])
