/**
 * User names and handles joined by underscores ("jmorales_ptl", "maria_g_1990"): a portal login, a file name or a
 * social handle, never clinical text, and often a name or a birth year inside. Removed whole, fail closed.
 */
import type { Detector, Span } from './types'

const HANDLE = /(?<![\p{L}\p{N}_])[\p{L}\p{N}]+(?:_+[\p{L}\p{N}]+)+(?![\p{L}\p{N}_])/gu

/** Finds underscore-joined handles as OTHER spans. */
export const detectHandles: Detector = ({ text }) => {
  if (!text.includes('_')) return []
  const out: Span[] = []
  for (const m of text.matchAll(HANDLE)) out.push({ start: m.index, end: m.index + m[0].length, type: 'OTHER', source: 'handle' })
  return out
}
