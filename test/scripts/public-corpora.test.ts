/** The public corpora in eval/public are the exact files the published figures were measured on. */
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const DIR = join(import.meta.dirname, '../../eval/public')

describe('eval/public', () => {
  it('holds every corpus listed in SHA256SUMS, byte for byte', () => {
    const sums = readFileSync(join(DIR, 'SHA256SUMS'), 'utf8')
      .trim()
      .split('\n')
      .map((line) => line.split(/\s+/))
    expect(sums.map(([, file]) => file)).toEqual([
      'presidio_synth_dataset_v2.json',
      'sms-dev.txt',
      'wnut17_dev.conll',
      'wnut17_test.conll',
    ])
    for (const [hash, file] of sums) {
      const actual = createHash('sha256')
        .update(readFileSync(join(DIR, file as string)))
        .digest('hex')
      expect({ file, hash: actual }).toEqual({ file, hash })
    }
  })

  it('carries the licence or attribution of each third-party corpus', () => {
    const files = readdirSync(DIR)
    expect(files).toEqual(expect.arrayContaining(['README.md', 'LICENSE-presidio-research.txt', 'LICENSE-wnut17.txt']))
    expect(readFileSync(join(DIR, 'LICENSE-presidio-research.txt'), 'utf8')).toContain('MIT License')
    expect(readFileSync(join(DIR, 'LICENSE-wnut17.txt'), 'utf8')).toContain('creativecommons.org/licenses/by/4.0')
  })
})
