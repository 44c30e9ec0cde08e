import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { detect } from '../../src/phi/detect'

// A detector that throws makes the whole message redacted (fail closed): right, but a loss of every word of it. This
// reads a sample of the latest dev and thread corpora (never a holdout) and asks that no detection fails.
const DIRS = ['eval/corpus', 'eval/threads']
const LATEST = /^(?:team-dev(?:5\d|6\d)|threads-dev5\d)\.tsv$/

function sampleLines(): Array<{ text: string; channel: string }> {
  const out: Array<{ text: string; channel: string }> = []
  for (const dir of DIRS)
    for (const file of readdirSync(dir)
      .filter((f) => LATEST.test(f))
      .sort()) {
      const lines = readFileSync(join(dir, file), 'utf8').split('\n')
      lines.forEach((line, k) => {
        if (k % 5 !== 0 || line === '' || line.startsWith('#')) return
        const parts = line.split('\t')
        const text = parts[parts.length - 1]!.replace(/\[[A-Z]+:([^\]]*)\]/g, '$1')
        out.push({ text, channel: parts[parts.length - 2]! })
      })
    }
  return out
}

describe('no detector throws on real text', () => {
  it('detects every sampled line of the latest corpora without failing', () => {
    const lines = sampleLines()
    expect(lines.length).toBeGreaterThan(1000)
    const failed = lines.filter(({ text, channel }) => detect(text, { channel: channel as 'sms' }).failed)
    expect(failed.length).toBe(0)
  }, 120_000)
})
