/**
 * Thread mode of `npm run eval` (docs/evaluation.md): a corpus of conversations in the
 * `sender<TAB>channel<TAB>text` format (`# thread: id` sections, `# lang:` tags, `# sender-shared: t04.p1 = t09.p1`)
 * is scrubbed message by message in order, three ways: each message alone, with the sender and conversation memory
 * the worker keeps (the same rule: `wordsToRemember` + `addRemembered` + `memoryMatcher` from src/phi/known.ts), and
 * with memory plus the roster file. Reports recall per channel, language and type, and on "bare later mentions".
 */
import { scrubText } from '../src/phi/deidentify'
import type { Channel } from '../src/model/normalized'
import {
  addRemembered,
  combineKnown,
  knownFromList,
  memoryMatcher,
  propagatableWords,
  type KnownIdentifiers,
} from '../src/phi/known'
import type { PhiType } from '../src/phi/types'
import {
  addResult,
  emptyScore,
  parseMarkedText,
  recall,
  scoreMessage,
  utility,
  type CorpusScore,
  type LabelledSpan,
  type MessageResult,
  type Tally,
} from './eval-lib.ts'

/** One message of a thread corpus. */
export interface ThreadMessage {
  ref: string
  thread: string
  /** Sender id, qualified by thread and resolved through `sender-shared` (`t04.p1`). */
  sender: string
  channel: string
  lang?: string
  text: string
  spans: LabelledSpan[]
}

/** Parses a thread corpus; throws with the line number on a bad line. */
export function parseThreads(content: string, source: string): ThreadMessage[] {
  const out: ThreadMessage[] = []
  const alias = new Map<string, string>()
  const resolve = (id: string): string => {
    let s = id
    for (let i = 0; i < 20 && alias.has(s); i++) s = alias.get(s)!
    return s
  }
  let thread = ''
  let lang: string | undefined
  content.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '') return
    if (line.startsWith('#')) {
      const t = /^#\s*thread\s*:\s*(\S+)/i.exec(line)
      if (t) {
        thread = t[1]!
        lang = undefined
      }
      const l = /^#\s*lang\s*[:=]\s*([a-z-]+)/i.exec(line)
      if (l) lang = l[1]!.toLowerCase()
      const shared = /^#\s*sender-shared\s*:\s*(\S+)\s*=\s*(\S+)/i.exec(line)
      if (shared) alias.set(resolve(shared[2]!), resolve(shared[1]!))
      return
    }
    const parts = line.split('\t')
    if (parts.length < 3 || !thread)
      throw new Error(`${source}:${i + 1}: expected sender<TAB>channel<TAB>text inside a # thread`)
    const [sender, channel, ...rest] = parts
    try {
      const { text, spans } = parseMarkedText(rest.join('\t'))
      out.push({
        ref: `${source}:${i + 1}`,
        thread,
        sender: `${thread}.${sender!.trim()}`,
        channel: channel!.trim(),
        ...(lang ? { lang } : {}),
        text,
        spans,
      })
    } catch (err) {
      throw new Error(`${source}:${i + 1}: ${(err as Error).message}`)
    }
  })
  // Aliases declared after the thread they name still apply to it.
  return out.map((m) => ({ ...m, sender: resolve(m.sender) }))
}

/** One scoring run over a thread corpus. */
export interface ThreadRun {
  score: CorpusScore
  /** NAME values all of whose words were in an earlier NAME label of the thread or of the same (shared) sender. */
  bareLater: Tally
  /** Leaked values with the output they leaked in (printed by `--leaks`; development corpora only). */
  leaks: Array<{ ref: string; type: string; value: string; output: string; remembered: string[] }>
}

const CHANNELS: Record<string, Channel> = { sms: 'sms', voice: 'voice', chat: 'chat', whatsapp: 'whatsapp', mms: 'mms' }
const WORD = /[\p{L}\p{N}]+/gu

function labelWords(value: string): string[] {
  return (value.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().match(WORD) ?? []).filter((w) => w.length >= 2)
}

/** Scrubs every message in order, with or without memory, with an optional roster. */
export function runThreads(
  messages: readonly ThreadMessage[],
  options: {
    memory: boolean
    roster?: KnownIdentifiers
    /** Called after each message with what the engine forwarded (scripts/eval-dump.ts keeps it row by row). */
    onMessage?: (message: ThreadMessage, output: string, result: MessageResult) => void
  },
): ThreadRun {
  const score = emptyScore()
  const bareLater: Tally = { total: 0, leaked: 0 }
  const leaks: ThreadRun['leaks'] = []
  const memory = new Map<string, string[]>()
  const seenNames = new Map<string, Set<string>>()
  for (const m of messages) {
    const keys = [`party:${m.sender}`, `conversation:${m.thread}`]
    const words = options.memory ? [...new Set(keys.flatMap((k) => memory.get(k) ?? []))] : []
    const known = combineKnown(options.roster, words.length > 0 ? memoryMatcher(words) : undefined)
    let output = ''
    let remembered: string[] = []
    try {
      const out = scrubText(m.text, {
        channel: CHANNELS[m.channel] ?? 'other',
        knownNames: propagatableWords(words),
        ...(known ? { known } : {}),
      })
      output = out.text
      remembered = out.remembered
    } catch {
      score.errors++
    }
    const result = scoreMessage(m, output)
    addResult(score, m, result)
    options.onMessage?.(m, output, result)
    result.values.forEach((v, i) => {
      if (v.leak !== null) leaks.push({ ref: m.ref, type: v.type, value: m.spans[i]!.value, output, remembered: words })
    })
    // Bare later mentions: judged against the labels seen before this message (thread and sender).
    const before = new Set([...(seenNames.get(`t:${m.thread}`) ?? []), ...(seenNames.get(`s:${m.sender}`) ?? [])])
    result.values.forEach((v, i) => {
      if (v.type !== 'NAME') return
      const w = labelWords(m.spans[i]!.value)
      if (w.length === 0 || !w.every((x) => before.has(x))) return
      bareLater.total++
      if (v.leak !== null) bareLater.leaked++
    })
    for (const s of m.spans) {
      if (s.type !== 'NAME') continue
      for (const key of [`t:${m.thread}`, `s:${m.sender}`]) {
        const set = seenNames.get(key) ?? new Set<string>()
        for (const w of labelWords(s.value)) set.add(w)
        seenNames.set(key, set)
      }
    }
    if (options.memory) for (const k of keys) memory.set(k, addRemembered(memory.get(k) ?? [], remembered))
  }
  return { score, bareLater, leaks }
}

/** The roster file: `{"identifiers": [{"type", "value"}]}`. */
export function rosterFromJson(content: string): KnownIdentifiers {
  const parsed = JSON.parse(content) as { identifiers?: Array<{ type: PhiType; value: string }> }
  return knownFromList(parsed.identifiers ?? [])
}

function fmt(t: Tally): string {
  return `${recall(t).toFixed(3)} (${t.leaked}/${t.total})`
}

function rows(
  title: string,
  runs: Array<[string, ThreadRun]>,
  pick: (s: CorpusScore) => Record<string, Tally>,
): string[] {
  const keys = [...new Set(runs.flatMap(([, r]) => Object.keys(pick(r.score))))].sort()
  const out = [`  ${title.padEnd(14)}${runs.map(([n]) => n.padEnd(22)).join('')}`]
  for (const k of keys)
    out.push(
      `  ${k.padEnd(14)}${runs.map(([, r]) => fmt(pick(r.score)[k] ?? { total: 0, leaked: 0 }).padEnd(22)).join('')}`,
    )
  return out
}

/** Runs the thread evaluation and prints (or answers as JSON) the figures. */
export function threadReport(
  name: string,
  content: string,
  rosterJson: string | undefined,
  json: boolean,
  showLeaks = false,
): string {
  const messages = parseThreads(content, name)
  const runs: Array<[string, ThreadRun]> = [
    ['each alone', runThreads(messages, { memory: false })],
    ['with memory', runThreads(messages, { memory: true })],
  ]
  if (rosterJson !== undefined) {
    const roster = rosterFromJson(rosterJson)
    runs.push(
      ['roster only', runThreads(messages, { memory: false, roster })],
      ['memory + roster', runThreads(messages, { memory: true, roster })],
    )
  }
  if (json) {
    return JSON.stringify(
      Object.fromEntries(
        runs.map(([n, r]) => [
          n,
          {
            recall: recall(r.score.values),
            values: r.score.values,
            utility: utility(r.score),
            bareLater: r.bareLater,
            byChannel: r.score.byChannel,
            byLang: r.score.byLang,
            byType: r.score.byType,
          },
        ]),
      ),
      null,
      2,
    )
  }
  const lines = [
    `thread corpus ${name}: ${messages.length} messages, ${new Set(messages.map((m) => m.thread)).size} threads`,
  ]
  lines.push(`  ${''.padEnd(14)}${runs.map(([n]) => n.padEnd(22)).join('')}`)
  lines.push(`  ${'recall'.padEnd(14)}${runs.map(([, r]) => fmt(r.score.values).padEnd(22)).join('')}`)
  lines.push(`  ${'bare later'.padEnd(14)}${runs.map(([, r]) => fmt(r.bareLater).padEnd(22)).join('')}`)
  lines.push(`  ${'utility'.padEnd(14)}${runs.map(([, r]) => utility(r.score).toFixed(3).padEnd(22)).join('')}`)
  lines.push(
    ...rows('channel', runs, (s) => s.byChannel),
    ...rows('language', runs, (s) => s.byLang),
    ...rows('type', runs, (s) => s.byType),
  )
  if (showLeaks) {
    const [title, last] = runs[runs.length - 1]!
    lines.push(`leaks (${title}):`)
    for (const l of last.leaks)
      lines.push(`  ${l.ref}  ${l.type}  ${l.value}  [remembered: ${l.remembered.join(' ')}]\n      -> ${l.output}`)
  }
  return lines.join('\n')
}
