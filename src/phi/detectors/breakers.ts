/**
 * Words that end a name in any language the engine reads: conjunctions, prepositions, pronouns and the verbs that
 * follow a name ("and", "y", "et", "và", "и", "و", "with", "is", "calling"). A word between two names or between a
 * person cue and a name is part of that name unless it is one of these ("maria and jose" stays two names).
 */
// biome-ignore format: packed list
export const NAME_BREAKERS: ReadonlySet<string> = new Set([
  // English
  'and', 'or', 'but', 'nor', 'with', 'without', 'for', 'to', 'from', 'of', 'at', 'in', 'on', 'by', 'about', 'than',
  'is', 'was', 'are', 'were', 'be', 'been', 'am', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should',
  'did', 'does', 'do', 'said', 'says', 'told', 'asked', 'called', 'calls', 'calling', 'here', 'there', 'speaking',
  'i', 'im', "i'm", 'he', 'she', 'we', 'they', 'you', 'it', 'me', 'him', 'her', 'us', 'them', 'my', 'your', 'his',
  'our', 'their', 'the', 'a', 'an', 'this', 'that', 'these', 'those', 'who', 'which', 'what', 'when', 'where', 'if',
  'so', 'then', 'not', 'no', 'yes', 'please', 'thanks', 'thank', 'also', 'too', 'just', 'again', 'now', 'today',
  'tomorrow', 'yesterday', 'some', 'any', 'all', 'more', 'needs', 'need', 'wants', 'want', 'got', 'get', 'its', "it's",
  'uh', 'um', 'umm', 'er', 'erm', 'ah', 'eh', 'mm', 'hmm', 'like', 'ok', 'okay', 'well', 'yeah', 'oh', 'hey', 'hi',
  // Spanish, Portuguese, French, Haitian Creole, Tagalog
  'y', 'e', 'o', 'u', 'ou', 'et', 'ni', 'con', 'com', 'avec', 'ak', 'pou', 'para', 'pour', 'por', 'que', 'qui', 'es',
  'está', 'esta', 'est', 'é', 'son', 'sont', 'se', 'le', 'les', 'la', 'el', 'los', 'las', 'un', 'una', 'une', 'uma',
  'mi', 'tu', 'su', 'mon', 'ma', 'mes', 'meu', 'minha', 'mwen', 'li', 'yo', 'at', 'ng', 'ang', 'sa', 'ay', 'na',
  'pero', 'mais', 'mas', 'men', 'en', 'dans', 'no', 'em', 'del', 'al', 'au', 'aux',
  // Vietnamese, Russian, Arabic
  'và', 'va', 'với', 'voi', 'của', 'cua', 'là', 'la', 'cho', 'và', 'hoặc', 'hoac',
  'и', 'или', 'а', 'но', 'с', 'со', 'для', 'в', 'на', 'у', 'от', 'это', 'мой', 'моя', 'мою', 'моей', 'мне',
  'و', 'أو', 'او', 'مع', 'في', 'من', 'على', 'إلى', 'الى', 'عن', 'هو', 'هي',
])

/** Titles of a role rather than a person ("dr", "nurse"): kept before a name, never folded into it. */
// biome-ignore format: packed list
export const ROLE_TITLES: ReadonlySet<string> = new Set([
  'dr', 'doctor', 'nurse', 'np', 'pa', 'rn', 'lpn', 'md', 'pharmacist', 'therapist', 'provider', 'doctora', 'dra',
  'docteur', 'médecin', 'medecin', 'enfermera', 'enfermero', 'infirmière', 'infirmiere', 'doktè', 'dokte', 'doktor',
  'bác sĩ', 'bac si', 'врач', 'доктор', 'طبيب', 'دكتور', 'patient', 'pt',
])

/**
 * Words written inside a nickname or before a name as part of how a family calls someone ("big mike", "pop pop
 * eugene", "ti jean", "lil ray", "tía lupe"): between a person cue and a name they are part of the name.
 */
// biome-ignore format: packed list
export const NAME_MODIFIERS: ReadonlySet<string> = new Set([
  'big', 'little', 'lil', 'old', 'young', 'pop', 'pops', 'poppa', 'nana', 'granny', 'gran', 'baby', 'jr', 'junior',
  'sr', 'senior', 'uncle', 'auntie', 'aunt', 'cousin', 'ti', 'gwo', 'tonton', 'tant', 'petit', 'petite', 'don', 'doña',
  'tío', 'tía', 'tio', 'tia', 'abuelita', 'abuelito', 'ate', 'kuya', 'lola', 'lolo', 'tita', 'tito', 'aling', 'mang',
  'manang', 'manong', 'vovó', 'vovô', 'vó', 'vô', 'tia', 'bà', 'ông', 'cụ', 'дядя', 'тётя', 'тетя', 'баба', 'дед',
])
