/**
 * Family names that are particles of other languages, read after a title: Lê, the second most common Vietnamese
 * family name, is "le" without its marks, a pronoun after a title in Spanish and French ("el doctor le dijo", "le
 * docteur le verra"). Split out of cues.ts.
 */
import { dominantOf } from './multiword'
import { type Ctx, SPACE_ONLY, gap } from './tokens'

// Family names of Vietnamese that are particles of Spanish and French.
const PARTICLE_FAMILY_NAMES: ReadonlySet<string> = new Set(['le'])
// Articles and possessives of Spanish and French before a title: the title is a role of that sentence ("el doctor",
// "mi doctora", "la docteure").
// biome-ignore format: packed list
const ARTICLES_BEFORE_TITLE: ReadonlySet<string> = new Set([
  'el', 'la', 'le', 'los', 'las', 'lo', 'un', 'una', 'mi', 'su', 'tu', 'del', 'al', 'ma', 'mon', 'sa', 'son', 'ta', 'ton',
  'notre', 'votre', 'leur', 'du', 'au',
])

/**
 * Whether the particle at `j`, right after a title, is the family name: "with doctor le on friday", "dr. le said".
 * The text must be written in no other language, no Spanish or French article may stand before the title, and the
 * word after must be English (no Spanish word: its class says so) or a pause.
 */
export function isParticleFamilyNameAfterTitle(ctx: Ctx, j: number): boolean {
  if (!PARTICLE_FAMILY_NAMES.has(ctx.toks[j]!.lower)) return false
  if (ARTICLES_BEFORE_TITLE.has(ctx.toks[j - 2]?.lower ?? '')) return false
  const next = ctx.toks[j + 1]
  const englishAfter =
    next === undefined ||
    !SPACE_ONLY.test(gap(ctx, j + 1)) ||
    (next.cls.common && !next.cls.spanish && !next.cls.foreign)
  return englishAfter && dominantOf(ctx).size === 0
}
