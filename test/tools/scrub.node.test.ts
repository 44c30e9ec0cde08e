import { describe, expect, it } from 'vitest'
import { formatReport, parseScrubArgs, resolvePolicy, scrub } from '../../scripts/lib/scrub'
import { scrubText } from '../../src/phi'

const SMS = 'hi its maria lopez dob 03/14/1962, call 415-555-0123 ssn 623-18-4470'
const VALUES = ['maria', 'lopez', '03/14/1962', '415-555-0123', '623-18-4470']
const noFile = (): string => {
  throw new Error('no file expected')
}

/** Runs the CLI's functions as scripts/scrub.ts does, on an argv; returns what it would print. */
function cli(argv: string[], readFile: (path: string) => string = noFile): string {
  const args = parseScrubArgs(argv)
  if (!args.ok) throw new Error(args.error)
  const policy = resolvePolicy(args.value.policy, readFile)
  if (!policy.ok) throw new Error(policy.error)
  const report = scrub(args.value.text ?? '', {
    channel: args.value.channel,
    policy: policy.value,
    show: args.value.show,
  })
  return formatReport(report, { json: args.value.json })
}

describe('npm run scrub', () => {
  it('prints the de-identified text and a table of type, action and offsets', () => {
    expect(cli(['--channel', 'sms', SMS])).toBe(
      [
        'hi its [NAME] dob [DATE:1962], call [PHONE] ssn [SSN]',
        '',
        '4 identifiers found (channel sms; offsets in the normalized text)',
        'TYPE   ACTION      START  END',
        'NAME   tokenize        7   18',
        'DATE   generalize     23   33',
        'PHONE  tokenize       40   52',
        'SSN    redact         57   68',
      ].join('\n'),
    )
  })

  it('uses the same engine and default policy as the worker', () => {
    for (const channel of ['sms', 'voice', 'chat'] as const) {
      const report = scrub(SMS, { channel })
      expect(report.text).toBe(scrubText(SMS, { channel }).text)
      expect(report.counts).toEqual(scrubText(SMS, { channel }).redactions)
    }
  })

  it('never prints a found value without --show, in the table or in JSON', () => {
    for (const argv of [[SMS], ['--json', SMS], ['--channel', 'voice', SMS]]) {
      const out = cli(argv)
      for (const value of VALUES) expect(out).not.toContain(value)
    }
    const json = JSON.parse(cli(['--json', SMS])) as { findings: Record<string, unknown>[] }
    expect(json.findings.every((f) => !('value' in f))).toBe(true)
  })

  it('prints the values with --show', () => {
    const out = cli(['--show', SMS])
    expect(out).toContain('VALUE')
    for (const value of ['maria lopez', '03/14/1962', '415-555-0123', '623-18-4470']) expect(out).toContain(value)
    const json = JSON.parse(cli(['--json', '--show', SMS])) as { findings: { type: string; value: string }[] }
    expect(json.findings.map((f) => [f.type, f.value])).toEqual([
      ['NAME', 'maria lopez'],
      ['DATE', '03/14/1962'],
      ['PHONE', '415-555-0123'],
      ['SSN', '623-18-4470'],
    ])
  })

  it('--json gives text, findings, counts and channel', () => {
    expect(JSON.parse(cli(['--json', '--channel', 'chat', 'email me at olivia.b@example.com']))).toEqual({
      channel: 'chat',
      text: 'email me at [EMAIL]',
      findings: [{ type: 'EMAIL', action: 'tokenize', start: 12, end: 32 }],
      counts: { EMAIL: 1 },
      failed: false,
    })
  })

  it('--channel voice reads spoken numbers', () => {
    const spoken = 'call me back at four one five five five five zero one two three'
    const voice = scrub(spoken, { channel: 'voice' })
    expect(voice.findings.map((f) => f.type)).toContain('PHONE')
    expect(voice.text).not.toMatch(/four one five/)
  })

  it('--policy applies inline JSON or a file, validated like PHI_POLICY', () => {
    const inline = JSON.parse(cli(['--json', '--policy', '{"actions":{"DATE":"redact"}}', SMS])) as {
      text: string
      findings: { type: string; action: string }[]
    }
    expect(inline.text).toBe('hi its [NAME] dob [DATE], call [PHONE] ssn [SSN]')
    expect(inline.findings.find((f) => f.type === 'DATE')?.action).toBe('redact')
    const fromFile = cli(['--policy', 'policy.json', SMS], (path) =>
      path === 'policy.json' ? '{"actions":{"DATE":"redact"}}' : noFile(),
    )
    expect(fromFile.split('\n')[0]).toBe('hi its [NAME] dob [DATE], call [PHONE] ssn [SSN]')
    // generalize on a type without a Safe Harbor form is a redaction, and the table says so.
    expect(scrub(SMS, { policy: resolvePolicyOk('{"actions":{"NAME":"generalize"}}') }).findings[0]).toMatchObject({
      type: 'NAME',
      action: 'redact',
    })
  })

  it('refuses a bad policy with the PHI_POLICY problem, never echoing it', () => {
    expect(resolvePolicy('{"actions":{"DATE":"shred"}}', noFile)).toEqual({
      ok: false,
      error: '--policy: actions values must be tokenize, redact or generalize (same rules as PHI_POLICY)',
    })
    expect(resolvePolicy('{not json', noFile)).toEqual({
      ok: false,
      error: '--policy: must be valid JSON (same rules as PHI_POLICY)',
    })
    expect(resolvePolicy('missing.json', noFile)).toEqual({
      ok: false,
      error: '--policy: not inline JSON and the file cannot be read',
    })
  })

  it('parses text, --file and refuses unknown options and channels', () => {
    expect(parseScrubArgs(['hello', 'world'])).toMatchObject({
      ok: true,
      value: { text: 'hello world', channel: 'other' },
    })
    expect(parseScrubArgs(['--file', 'note.txt'])).toMatchObject({ ok: true, value: { file: 'note.txt' } })
    expect(parseScrubArgs(['--file', 'a.txt', 'text'])).toEqual({
      ok: false,
      error: 'give the text as arguments or with --file, not both',
    })
    expect(parseScrubArgs(['--channel', 'fax'])).toMatchObject({ ok: false })
    expect(parseScrubArgs(['--value=415-555-0123'])).toEqual({ ok: false, error: 'unknown option --value' })
    expect(parseScrubArgs(['--', '--json'])).toMatchObject({ ok: true, value: { text: '--json', json: false } })
  })

  it('says so when nothing is found', () => {
    expect(cli(['my sugar was 310 this morning'])).toBe(
      'my sugar was 310 this morning\n\n0 identifiers found (channel other; offsets in the normalized text)',
    )
  })
})

function resolvePolicyOk(json: string) {
  const policy = resolvePolicy(json, noFile)
  if (!policy.ok) throw new Error(policy.error)
  return policy.value
}
