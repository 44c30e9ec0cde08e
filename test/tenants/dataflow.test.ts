/** The data-flow inventory per Twilio account, as `npm run dataflow` prints it. */
import { describe, expect, it } from 'vitest'
import type { Destination } from '../../src/config/destinations'
import { dataflowInventory, formatInventory } from '../../src/delivery/dataflow'

const CLINIC_A = 'AC' + 'a'.repeat(32)
const CLINIC_B = 'AC' + 'b'.repeat(32)
const base = { secrets: [], headers: {}, options: { adapter: 'webhook' as const }, allowFreeText: false }
const destinations: Destination[] = [
  { ...base, name: 'clinic-a-crm', events: ['message.*'], baa: true, accounts: [CLINIC_A] },
  {
    ...base,
    name: 'clinic-b-helpdesk',
    events: ['message.received'],
    baa: false,
    allowFreeText: true,
    accounts: [CLINIC_B],
  },
  { ...base, name: 'shared', events: ['call.status'], baa: false },
]

describe('dataflow per account', () => {
  it("prints the flows of any other account, then each named account's, flags included", () => {
    const text = formatInventory(dataflowInventory(destinations, 'drop', { unknownFields: { [CLINIC_B]: 'scrub' } }))
    const [other, rest] = text.split(`Account ${CLINIC_A}:`)
    const [sectionA, sectionB] = (rest ?? '').split(`Account ${CLINIC_B}:`)
    expect(other).toContain('Every account no destination or policy names:')
    expect(other).not.toMatch(/clinic-a-crm|clinic-b-helpdesk/)
    expect(other).toContain('call.status                    -> shared [webhook, no BAA] safe, token')
    expect(sectionA).toContain('message.received               -> clinic-a-crm [webhook, BAA]')
    expect(sectionA).not.toContain('clinic-b-helpdesk')
    expect(sectionB).toContain('unknown fields: scrub')
    expect(sectionB).toContain('-> clinic-b-helpdesk [webhook, no BAA] safe, token, text   !! free text without BAA')
    expect(text).toContain('2 flow(s) send free text to a destination without a BAA.')
  })

  it('is unchanged without scoped settings (no account sections)', () => {
    const unscoped = destinations.map(({ accounts: _accounts, ...d }) => d)
    const inventory = dataflowInventory(unscoped, 'drop')
    expect(inventory.accounts).toEqual({})
    expect(formatInventory(inventory)).not.toContain('Account ')
  })
})
