/**
 * Recall and utility of a scrubber on the team's labelled corpora, with the eval's own scoring rule
 * (scripts/eval-lib.ts), so the pipeline and the peer stack are judged by exactly the same rule on
 * exactly the same text. Corpora that are not present are skipped and reported as such.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import {
  addResult,
  emptyScore,
  parseConll,
  parseLabelledCorpus,
  presidioMessages,
  recall,
  scoreMessage,
  scoreWnutSentence,
  utility,
  type CorpusScore,
  type LabelledMessage,
  type PresidioRecord,
  type Tally,
} from './eval-lib.ts'
import { ROOT } from './bench-workers.ts'

/** A scrubber under test: plain text in, what would be forwarded out (throwing = nothing forwarded). */
export type Scrubber = (text: string, channel: string) => string

const SHARED = process.env.EVAL_SHARED_DIR ?? resolve(ROOT, 'eval/public')

interface Corpus {
  name: string
  messages?: LabelledMessage[]
  wnut?: ReturnType<typeof parseConll>
}

/** A corpus in the `channel<TAB>text` format with `[TYPE:value]` labels. */
const tsv = (name: string, path: string) => ({
  name,
  path,
  load: (c: string): Corpus => ({ name, messages: parseLabelledCorpus(c, name) }),
})

/** Loads every corpus that exists; names the missing ones. */
export function loadCorpora(): { corpora: Corpus[]; missing: string[] } {
  const specs: { name: string; path: string; load: (content: string) => Corpus }[] = [
    tsv('team-dev', join(ROOT, 'eval/corpus/team-dev.tsv')),
    tsv('team-dev2', join(ROOT, 'eval/corpus/team-dev2.tsv')),
    tsv('team-dev3', join(ROOT, 'eval/corpus/team-dev3.tsv')),
    tsv('team-dev4', join(ROOT, 'eval/corpus/team-dev4.tsv')),
    tsv('team-holdout', join(ROOT, 'eval/corpus/team-holdout.tsv')),
    tsv('team-holdout2', join(ROOT, 'eval/corpus/team-holdout2.tsv')),
    tsv('team-holdout3', join(ROOT, 'eval/corpus/team-holdout3.tsv')),
    tsv('sms-dev', join(SHARED, 'sms-dev.txt')),
    // biome-ignore format: packed list
    {
      name: 'presidio', path: join(SHARED, 'presidio_synth_dataset_v2.json'),
      load: (c) => ({ name: 'presidio', messages: presidioMessages(JSON.parse(c) as PresidioRecord[], 'chat') }),
    },
    {
      name: 'wnut-dev (names)',
      path: join(SHARED, 'wnut17_dev.conll'),
      load: (c) => ({ name: 'wnut-dev (names)', wnut: parseConll(c) }),
    },
  ]
  const corpora: Corpus[] = []
  const missing: string[] = []
  for (const spec of specs) {
    if (!existsSync(spec.path)) missing.push(spec.name)
    else corpora.push(spec.load(readFileSync(spec.path, 'utf8')))
  }
  return { corpora, missing }
}

/** Scores of one scrubber on one corpus. */
export interface RecallRow {
  corpus: string
  values: Tally
  recall: number
  /** NaN for name-only corpora (WNUT), where utility is not defined by the rule. */
  utility: number
  /** The worst type on this corpus (the bar is every type, not the average). */
  worstType?: { type: string; recall: number; total: number }
  errors: number
}

function safeScrub(scrub: Scrubber, text: string, channel: string): { text: string; error: boolean } {
  try {
    const out = scrub(text, channel)
    return typeof out === 'string' ? { text: out, error: false } : { text: '', error: true }
  } catch {
    return { text: '', error: true }
  }
}

/** Runs `scrub` over every corpus and scores it. */
export function scoreScrubber(scrub: Scrubber, corpora: readonly Corpus[]): RecallRow[] {
  const rows: RecallRow[] = []
  const pooled: CorpusScore = emptyScore()
  for (const corpus of corpora) {
    if (corpus.messages) {
      const score = emptyScore()
      for (const message of corpus.messages) {
        const out = safeScrub(scrub, message.text, message.channel)
        if (out.error) score.errors++
        const result = scoreMessage(message, out.text)
        addResult(score, message, result)
        if (!corpus.name.includes('holdout')) addResult(pooled, message, result)
      }
      // Holdout corpora report totals only (docs/evaluation.md): no per-type breakdown.
      const r = row(corpus.name, score)
      if (corpus.name.includes('holdout')) delete r.worstType
      rows.push(r)
    } else if (corpus.wnut) {
      const values: Tally = { total: 0, leaked: 0 }
      let errors = 0
      for (const sentence of corpus.wnut) {
        const out = safeScrub(scrub, sentence.tokens.join(' '), 'chat')
        if (out.error) errors++
        const r = scoreWnutSentence(sentence, out.text)
        values.total += r.total
        values.leaked += r.leaked
      }
      rows.push({ corpus: corpus.name, values, recall: recall(values), utility: NaN, errors })
    }
  }
  if (rows.filter((r) => !Number.isNaN(r.utility)).length > 1)
    rows.push(row('all labelled except holdout (pooled)', pooled))
  return rows
}

function row(name: string, score: CorpusScore): RecallRow {
  const types = Object.entries(score.byType).map(([type, t]) => ({ type, recall: recall(t), total: t.total }))
  types.sort((a, b) => a.recall - b.recall || b.total - a.total)
  return {
    corpus: name,
    values: score.values,
    recall: recall(score.values),
    utility: utility(score),
    ...(types[0] ? { worstType: types[0] } : {}),
    errors: score.errors,
  }
}
