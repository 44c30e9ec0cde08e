/**
 * Names-only measurement: runs the names detector alone (redacting what it finds) over the labelled sets and
 * reports NAME recall under the project scoring rule, utility, WNUT-17 person-token recall and the share of
 * non-person words removed. Usage: `npx tsx scripts/eval-names.ts [--no-backstop] [--verbose] [--only=team-dev2|team-dev3|team-dev4|wnut17_dev|...]`.
 * Reads only development data (never eval/corpus/*holdout*).
 */
import { readFileSync, existsSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { findNames } from '../src/phi/detectors/names'
import {
  indexOutput,
  nonPhiWords,
  parseConll,
  parseLabelledCorpus,
  presidioMessages,
  scoreMessage,
  scoreWnutSentence,
  words,
  type LabelledMessage,
  type PresidioRecord,
} from './eval-lib'

const args = new Set(process.argv.slice(2))
const backstop = !args.has('--no-backstop')
const verbose = args.has('--verbose')
const only = process.argv.find((a) => a.startsWith('--only='))?.slice(7)
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const SHARED = `${process.env.EVAL_SHARED_DIR ?? resolve(ROOT, 'eval/public')}/`
const TEAM_DEV = resolve(ROOT, 'eval/corpus/team-dev.tsv')
const TEAM_DEV2 = resolve(ROOT, 'eval/corpus/team-dev2.tsv')
const TEAM_DEV3 = resolve(ROOT, 'eval/corpus/team-dev3.tsv')
const TEAM_DEV4 = resolve(ROOT, 'eval/corpus/team-dev4.tsv')

function scrub(text: string, channel: string): string {
  const spans = findNames({ text, lower: text.toLowerCase(), channel: channel as 'sms' }, { backstop }).sort(
    (a, b) => b.start - a.start,
  )
  let out = text
  // Like detect.ts: every word of a found name is removed at all its other occurrences too.
  const found = new Set(
    spans
      .flatMap((s) =>
        text
          .slice(s.start, s.end)
          .toLowerCase()
          .split(/[^\p{L}\p{M}'’-]+/u),
      )
      .filter((w) => w.length >= 2),
  )
  for (const s of spans) out = `${out.slice(0, s.start)}[NAME]${out.slice(s.end)}`
  for (const w of found)
    out = out.replace(
      new RegExp(`(?<![\\p{L}\\p{M}])${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{M}])`, 'giu'),
      '[NAME]',
    )
  return out
}

function evalLabelled(label: string, messages: LabelledMessage[]): void {
  if (only && label !== only) return
  let total = 0
  let leaked = 0
  let nonPhi = 0
  let kept = 0
  const byChannel: Record<string, { total: number; leaked: number }> = {}
  const leaks: string[] = []
  const removed: string[] = []
  let ms = 0
  for (const m of messages) {
    const t0 = performance.now()
    const out = scrub(m.text, m.channel)
    ms += performance.now() - t0
    const names = { ...m, spans: m.spans.filter((s) => s.type === 'NAME') }
    const r = scoreMessage(m, out)
    nonPhi += r.nonPhi
    kept += r.kept
    for (const v of scoreMessage(names, out).values) {
      total++
      const c = (byChannel[m.channel] ??= { total: 0, leaked: 0 })
      c.total++
      if (v.leak) {
        leaked++
        c.leaked++
        leaks.push(`${m.channel}: ${v.value}  <=  ${m.text}`)
      }
    }
    if (verbose) {
      // Non-PHI words the detector removed (false positives), not the labelled values.
      const outWords = indexOutput(out).words
      const lost = nonPhiWords(m).filter((w) => !outWords.has(w))
      if (lost.length) removed.push(`${lost.join(' ')}  <=  ${m.text}`)
    }
  }
  const channels = Object.entries(byChannel)
    .map(([k, v]) => `${k} ${(1 - v.leaked / v.total).toFixed(3)} (${v.total})`)
    .join(', ')
  console.log(
    `${label}: NAME recall ${(1 - leaked / Math.max(1, total)).toFixed(4)} (${leaked}/${total} leaked; ${channels}); utility ${(kept / Math.max(1, nonPhi)).toFixed(4)}; ${(ms / messages.length).toFixed(3)} ms/msg`,
  )
  if (verbose) {
    for (const l of leaks) console.log('  LEAK', l)
    for (const r of removed) console.log('  REMOVED', r)
  } else {
    for (const l of leaks.slice(0, 15)) console.log('  LEAK', l)
  }
}

function evalWnut(file: string): void {
  if (only && !file.startsWith(only)) return
  const sentences = parseConll(readFileSync(SHARED + file, 'utf8'))
  let total = 0
  let leaked = 0
  let other = 0
  let otherRemoved = 0
  const leakedTokens: string[] = []
  const removedOther = new Map<string, number>()
  for (const s of sentences) {
    const text = s.tokens.join(' ')
    const out = scrub(text, 'chat')
    const r = scoreWnutSentence(s, out)
    total += r.total
    leaked += r.leaked
    leakedTokens.push(...r.leakedTokens)
    const outWords = indexOutput(out).words
    s.tokens.forEach((tok, i) => {
      if (s.person[i]) return
      const w = words(tok).filter((x) => /\p{L}/u.test(x))
      if (w.length === 0) return
      other++
      if (!w.every((x) => outWords.has(x))) {
        otherRemoved++
        removedOther.set(tok.toLowerCase(), (removedOther.get(tok.toLowerCase()) ?? 0) + 1)
      }
    })
  }
  console.log(
    `WNUT-17 ${file}: person recall ${(1 - leaked / total).toFixed(4)} (${leaked}/${total} leaked); non-person words removed ${(otherRemoved / other).toFixed(4)} (${otherRemoved}/${other})`,
  )
  if (verbose) {
    console.log('  leaked:', leakedTokens.join(' '))
    console.log(
      '  top removed:',
      [...removedOther]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 80)
        .map(([w, n]) => `${w}:${n}`)
        .join(' '),
    )
  }
}

const sms = parseLabelledCorpus(readFileSync(SHARED + 'sms-dev.txt', 'utf8'), 'sms-dev.txt')
evalLabelled('sms-dev', sms)
if (existsSync(TEAM_DEV)) evalLabelled('team-dev', parseLabelledCorpus(readFileSync(TEAM_DEV, 'utf8'), 'team-dev.tsv'))
if (existsSync(TEAM_DEV2))
  evalLabelled('team-dev2', parseLabelledCorpus(readFileSync(TEAM_DEV2, 'utf8'), 'team-dev2.tsv'))
if (existsSync(TEAM_DEV3))
  evalLabelled('team-dev3', parseLabelledCorpus(readFileSync(TEAM_DEV3, 'utf8'), 'team-dev3.tsv'))
if (existsSync(TEAM_DEV4))
  evalLabelled('team-dev4', parseLabelledCorpus(readFileSync(TEAM_DEV4, 'utf8'), 'team-dev4.tsv'))
const presidio = presidioMessages(
  JSON.parse(readFileSync(SHARED + 'presidio_synth_dataset_v2.json', 'utf8')) as PresidioRecord[],
)
evalLabelled('presidio', presidio)
evalWnut('wnut17_dev.conll')
evalWnut('wnut17_test.conll')
