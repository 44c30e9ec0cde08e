// The peer stack's redaction, shared by its server and by the bench's recall and scrub-time measurements.
import { Redactor } from '@redactpii/node'

/** The redaction a team would reach for: every built-in rule on, aggressive patterns. */
export function createPeerRedactor() {
  return new Redactor({ aggressive: true })
}
