/**
 * Consonant skeletons that let a name remembered in one script be recognised in another: "dana" and "Дана", "layla"
 * and "ليلى", "mike" and "마이크" all read as the same consonants. Vowels, y and w drop (scripts write them
 * differently or not at all); consonants fold into classes (p b f v, k g q c, t d, l r, s z, j ch, m, n, h). Pure data
 * and one small function: memory compares the skeletons of words of different scripts only.
 */

// biome-ignore format: packed table
const LATIN: Record<string, string> = {
  b: 'P', p: 'P', f: 'P', v: 'P', k: 'K', g: 'K', q: 'K', c: 'K', x: 'KS', t: 'T', d: 'T', l: 'L', r: 'L', m: 'M',
  n: 'N', s: 'S', z: 'S', j: 'J', h: 'H',
}
// Two letters written for one sound.
// biome-ignore format: packed table
const LATIN_PAIRS: Record<string, string> = {
  ch: 'J', sh: 'S', th: 'T', ph: 'P', kh: 'K', gh: 'K', ck: 'K', qu: 'K', ts: 'S', tz: 'S', zh: 'J', ng: 'N',
}

// biome-ignore format: packed table
const CYRILLIC: Record<string, string> = {
  б: 'P', п: 'P', ф: 'P', в: 'P', к: 'K', г: 'K', д: 'T', т: 'T', л: 'L', р: 'L', м: 'M', н: 'N', с: 'S',
  з: 'S', ш: 'S', щ: 'S', ц: 'S', ж: 'J', ч: 'J', х: 'K',
}

// biome-ignore format: packed table
const ARABIC: Record<string, string> = {
  ب: 'P', ف: 'P', ت: 'T', ث: 'S', ج: 'J', ح: 'H', خ: 'K', د: 'T', ذ: 'T', ر: 'L', ز: 'S', س: 'S', ش: 'S', ص: 'S',
  ض: 'T', ط: 'T', ظ: 'T', غ: 'K', ق: 'K', ك: 'K', ل: 'L', م: 'M', ن: 'N', ه: 'H',
}

// Hangul initial consonants (U+1100…U+1112) and final consonants (U+11A8…U+11C2), as NFKD decomposes syllables.
const HANGUL_INITIAL = 'KKNTTLMPPSS-JJJKTPH'
const HANGUL_FINAL = 'KKKNNNTLKMPSTPLMPPSSNJJKTPH'

/** The consonant skeleton of a word of Latin, Cyrillic, Arabic or Hangul letters (folded, lower case, NFKD). */
export function soundKey(word: string): string {
  let out = ''
  const push = (k: string): void => {
    // A doubled consonant is one ("mohammed", "anna"); only when the letters touch, so "layla" keeps both l.
    if (k && !out.endsWith(k)) out += k
  }
  for (let i = 0; i < word.length; i++) {
    const ch = word[i]!
    const code = ch.charCodeAt(0)
    if (code >= 0x1100 && code <= 0x1112) {
      const k = HANGUL_INITIAL[code - 0x1100]!
      if (k !== '-') push(k)
      continue
    }
    if (code >= 0x11a8 && code <= 0x11c2) {
      push(HANGUL_FINAL[code - 0x11a8]!)
      continue
    }
    const pair = LATIN_PAIRS[word.slice(i, i + 2)]
    if (pair) {
      push(pair)
      i++
      continue
    }
    // A final h is a vowel's ("sarah"); a c before e, i or y is an s ("grace").
    if (ch === 'h' && i === word.length - 1) continue
    if (ch === 'c' && /[eiy]/.test(word[i + 1] ?? '')) {
      push('S')
      continue
    }
    const k = LATIN[ch] ?? CYRILLIC[ch] ?? ARABIC[ch]
    if (k && word[i - 1] === ch) continue
    if (k) out += k
  }
  return out
}

/** The script a word is written in, for comparing skeletons across scripts only. */
export function scriptOf(word: string): 'latin' | 'cyrillic' | 'arabic' | 'hangul' | undefined {
  if (/^\p{Script=Latin}+$/u.test(word)) return 'latin'
  if (/^\p{Script=Cyrillic}+$/u.test(word)) return 'cyrillic'
  if (/^\p{Script=Arabic}+$/u.test(word)) return 'arabic'
  if (/^\p{Script=Hangul}+$/u.test(word)) return 'hangul'
  return undefined
}
