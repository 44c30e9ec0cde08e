/**
 * Integrity checks shared by the corpus tests: a labelled corpus is a fair measurement only if every label can
 * leak and none is unavoidable. `reveal: false` reports a problem by line and type only (for blind holdouts,
 * whose text must not reach anyone's screen).
 */
import { indexOutput, scoreMessage, valueKeys, type LabelledMessage } from '../../scripts/eval-lib.ts'

/** Share of messages matching `pick`. */
export function share(messages: readonly LabelledMessage[], pick: (m: LabelledMessage) => boolean): number {
  return messages.filter(pick).length / messages.length
}

const describeLabel = (m: LabelledMessage, type: string, detail: string, reveal: boolean): string =>
  reveal ? `${m.ref} ${type} ${detail}` : `${m.ref} ${type}`

/** Labels with no checkable word or digit run: they would not leak even from the unchanged text. */
export function silentLabels(messages: readonly LabelledMessage[], reveal: boolean): string[] {
  return messages.flatMap((m) =>
    scoreMessage(m, m.text)
      .values.filter((v) => !v.leak)
      .map((v) => describeLabel(m, v.type, v.value, reveal)),
  )
}

/** Labels one of whose words also stands as an ordinary word of the same message (the leak would be unavoidable). */
export function unavoidableLeaks(messages: readonly LabelledMessage[], reveal: boolean): string[] {
  const clashes: string[] = []
  for (const m of messages) {
    let outside = ''
    let last = 0
    for (const s of m.spans) {
      outside += `${m.text.slice(last, s.start)} `
      last = s.end
    }
    // The rest of the message, read as the scoring rule reads an output: a value whose checkable part stands there
    // would leak whatever a scrubber did.
    const plain = indexOutput(outside + m.text.slice(last))
    for (const s of m.spans) {
      const keys = valueKeys(s.type, s.value, { exempt: s.exempt ?? [] })
      const clash = [
        ...keys.words.filter((w) => plain.words.has(w)),
        ...keys.dense.filter((w) => plain.text.includes(w)),
      ]
      if (reveal) for (const w of clash) clashes.push(describeLabel(m, s.type, w, true))
      else if (clash.length > 0) clashes.push(describeLabel(m, s.type, '', false))
    }
  }
  return clashes
}
