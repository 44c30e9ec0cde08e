/** `/v1/dead-letters`: list failed deliveries (de-identified, no destination settings) and replay them. */
import { Hono } from 'hono'
import { HTTPException } from 'hono/http-exception'
import type { AppEnv } from '../app-env'
import { DEAD_LETTER_ID, getDeadLetter, listDeadLetters, replayDeadLetter } from '../delivery/dead-letters'
import { log } from '../log'
import { requireApiKey } from './auth'

const DEFAULT_PAGE = 50
const MAX_PAGE = 1000
const CURSOR = /^[A-Za-z0-9_=+/.-]{1,1024}$/

/** Routes mounted under `/v1/dead-letters`, all behind an API key with the `dead-letters` scope. */
export const deadLetterRoutes = new Hono<AppEnv>()

deadLetterRoutes.use('*', requireApiKey('dead-letters'))

deadLetterRoutes.get('/', async (c) => {
  const limitRaw = c.req.query('limit')
  const limit = limitRaw === undefined ? DEFAULT_PAGE : Number(limitRaw)
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE) {
    throw new HTTPException(400, { message: `limit must be an integer between 1 and ${MAX_PAGE}` })
  }
  const cursor = c.req.query('cursor')
  if (cursor !== undefined && !CURSOR.test(cursor)) throw new HTTPException(400, { message: 'invalid cursor' })
  return c.json(await listDeadLetters(c.env, { limit, ...(cursor ? { cursor } : {}) }))
})

deadLetterRoutes.get('/:id', async (c) => {
  const record = await getDeadLetter(c.env, validId(c.req.param('id')))
  if (!record) throw new HTTPException(404, { message: 'dead letter not found' })
  return c.json(record)
})

deadLetterRoutes.post('/:id/replay', async (c) => {
  const id = validId(c.req.param('id'))
  const actor = c.get('apiKeyId') ?? 'unknown'
  const result = await replayDeadLetter(c.env, c.get('config'), id, actor).catch((error: unknown) => {
    log('error', { event: 'dead-letter', outcome: 'replay-failed', reason: error instanceof Error ? error.name : 'unknown' })
    throw new HTTPException(503, { message: 'queue unavailable, try again' })
  })
  if (!result.ok) {
    if (result.error === 'not-found') throw new HTTPException(404, { message: 'dead letter not found' })
    throw new HTTPException(409, { message: 'destination is no longer configured' })
  }
  return c.json({ replayed: result.value }, 202)
})

function validId(id: string): string {
  if (!DEAD_LETTER_ID.test(id)) throw new HTTPException(404, { message: 'dead letter not found' })
  return id
}
