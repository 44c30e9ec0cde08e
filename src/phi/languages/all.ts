import type { LanguageTable } from './types'
import { en } from './en'
import { es } from './es'
import { fr } from './fr'
import { pt } from './pt'
import { ht } from './ht'
import { tl } from './tl'
import { vi } from './vi'
import { zh } from './zh'
import { ko } from './ko'
import { ru } from './ru'
import { ar } from './ar'
import { uk } from './uk'
import { fa } from './fa'
import { so } from './so'
import { am } from './am'
import { ne } from './ne'
import { sw } from './sw'
import { sq } from './sq'
import { ps } from './ps'
import { hmn } from './hmn'
import { ur } from './ur'
import { hi } from './hi'
import { pa } from './pa'
import { bn } from './bn'
import { pl } from './pl'
import { bs } from './bs'
import { gu } from './gu'
import { ti } from './ti'
import { om } from './om'
import { rw } from './rw'
import { to } from './to'
import { sm } from './sm'

/** Every language table, in the order the engine applies them. */
export const LANGUAGES: readonly LanguageTable[] = [
  en,
  es,
  fr,
  pt,
  ht,
  tl,
  vi,
  zh,
  ko,
  ru,
  ar,
  uk,
  fa,
  so,
  am,
  ne,
  sw,
  sq,
  ps,
  hmn,
  ur,
  hi,
  pa,
  bn,
  pl,
  bs,
  gu,
  ti,
  om,
  rw,
  to,
  sm,
]
