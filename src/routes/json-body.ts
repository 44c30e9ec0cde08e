/** The JSON object body of an admin call, shared by the routes that read one. */
import type { Context } from 'hono'
import type { AppEnv } from '../app-env'

/** The body as a JSON object; undefined when it is missing, malformed or not an object (the caller answers 400). */
export async function readJsonObject(c: Context<AppEnv>): Promise<Record<string, unknown> | undefined> {
  try {
    const body: unknown = await c.req.json()
    const isObject = typeof body === 'object' && body !== null && !Array.isArray(body)
    return isObject ? (body as Record<string, unknown>) : undefined
  } catch {
    return undefined
  }
}
