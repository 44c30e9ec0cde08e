/**
 * `npm run audit:verify -- audit-trail.ndjson`: checks an export of GET /v1/audit/export offline, with nothing but
 * the file: every record's hash re-computed from its own fields and its prevHash, every record linked to the one
 * before, and the file complete by its last line `{"end":true,"count":n}`. An unfiltered export is the whole chain
 * (from the genesis, or from the retention anchor `prevHash` of its first record); a filtered export has gaps, which
 * are reported, and each record is still checked on its own.
 *
 *   npm run audit:verify -- export.ndjson            prints a summary; exit 1 on any mismatch
 *   npm run audit:verify -- export.ndjson --head H   also checks the last hash against H (from GET /v1/audit/verify)
 */
import { readFileSync } from 'node:fs'
import { chainHash, GENESIS_HASH } from '../src/audit/chain.ts'
import type { StoredAuditRecord } from '../src/model/audit.ts'

const args = process.argv.slice(2)
const file = args.find((a) => !a.startsWith('--'))
const headIndex = args.indexOf('--head')
const expectedHead = headIndex >= 0 ? args[headIndex + 1] : undefined
if (!file || args.includes('--help')) {
  console.log('Usage: npm run audit:verify -- <export.ndjson> [--head <hash>]')
  process.exit(file ? 0 : 2)
}

const lines = readFileSync(file, 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
let broken = 0
// The worker ends an export with `{"end":true,"count":n}`; without it (or with `"end":false`) the file is incomplete.
const end = endLine(lines.at(-1))
if (end) lines.pop()
if (end?.end !== true || end.count !== lines.length) {
  console.log(
    end?.end === false
      ? `incomplete: the worker's trail stopped answering after ${end.count} records`
      : end
        ? `incomplete: the end line counts ${end.count} records, the file holds ${lines.length}`
        : 'incomplete: no end line {"end":true,"count":n} (the export was cut short, or came from an older worker)',
  )
  broken++
}
let gaps = 0
let previous: StoredAuditRecord | undefined
for (const [i, line] of lines.entries()) {
  let record: StoredAuditRecord
  try {
    record = JSON.parse(line) as StoredAuditRecord
  } catch {
    console.log(`line ${i + 1}: not JSON`)
    broken++
    continue
  }
  if ((await chainHash(record.prevHash, record.seq, record)) !== record.hash) {
    console.log(`seq ${record.seq}: hash does not match the record (changed after it was written)`)
    broken++
  }
  if (previous && record.seq === previous.seq + 1 && record.prevHash !== previous.hash) {
    console.log(`seq ${record.seq}: prevHash does not link to seq ${previous.seq}`)
    broken++
  } else if (previous && record.seq !== previous.seq + 1) {
    gaps++
  } else if (!previous && record.seq === 1 && record.prevHash !== GENESIS_HASH) {
    console.log('seq 1: does not start from the genesis hash')
    broken++
  }
  previous = record
}
const first = lines.length ? (JSON.parse(lines[0] as string) as StoredAuditRecord) : undefined
console.log(
  `${lines.length} records (seq ${first?.seq ?? '-'}..${previous?.seq ?? '-'}), ${broken} mismatches, ` +
    `${gaps} gaps${gaps ? ' (a filtered export: links checked where consecutive)' : ''}`,
)
if (expectedHead !== undefined && previous?.hash !== expectedHead) {
  console.log('last hash differs from the head given with --head')
  broken++
}
process.exit(broken > 0 ? 1 : 0)

function endLine(line: string | undefined): { end: boolean; count: number } | undefined {
  try {
    const parsed: unknown = JSON.parse(line ?? '')
    const candidate = parsed as { end?: unknown; count?: unknown } | null
    if (typeof candidate?.end === 'boolean' && Number.isInteger(candidate.count))
      return { end: candidate.end, count: candidate.count as number }
  } catch {
    // a record line, or not JSON: reported below
  }
  return undefined
}
