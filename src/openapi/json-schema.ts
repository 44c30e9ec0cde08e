/**
 * The JSON Schema (2020-12) subset the admin API's request shapes are written in, and the checker that enforces them:
 * the same objects are the runtime checks (src/routes/validate.ts) and the OpenAPI 3.1 document's schemas
 * (src/openapi/document.ts), so the two cannot drift. `x-invalid` is the rule a refusal states (after the field's
 * path): our own words, so a refusal never quotes what the caller sent.
 */
import { err, ok, type Result } from '../result'

/** A JSON Schema node (the keywords the checker knows, plus annotations it ignores). */
export interface Schema {
  type?: 'object' | 'array' | 'string' | 'integer' | 'number' | 'boolean' | 'null'
  properties?: Readonly<Record<string, Schema>>
  required?: readonly string[]
  additionalProperties?: boolean | Schema
  items?: Schema
  minItems?: number
  maxItems?: number
  minLength?: number
  maxLength?: number
  /** An ECMA-262 regular expression, unanchored as in JSON Schema (anchor it with ^…$ to match the whole value). */
  pattern?: string
  enum?: readonly (string | number | boolean | null)[]
  const?: string | number | boolean | null
  minimum?: number
  maximum?: number
  /** Valid when the subschema is not (its own `x-invalid` is the refusal's rule). */
  not?: Schema
  /** Valid when every subschema is. */
  allOf?: readonly Schema[]
  /** Valid when at least one subschema is. */
  anyOf?: readonly Schema[]
  /** Valid when exactly one subschema is (response variants: documentation only, the checker does not take it). */
  oneOf?: readonly Schema[]
  $ref?: string
  title?: string
  description?: string
  format?: string
  examples?: readonly unknown[]
  default?: unknown
  deprecated?: boolean
  /** The rule a refusal states when this node (or a node inside it without its own) is not met. */
  'x-invalid'?: string
}

/** Where and why a value does not fit: a path such as `identifiers[3].type` and the rule it breaks. Never the value. */
export interface Invalid {
  path: string
  rule: string
}

const UNKNOWN_RULE = 'is not valid'
const patterns = new Map<string, RegExp>()

/** Checks a value against a schema: the value itself when it fits, else the first problem found. */
export function checkSchema(schema: Schema, value: unknown): Result<unknown, Invalid> {
  const problem = firstProblem(schema, value, '', schema['x-invalid'] ?? UNKNOWN_RULE)
  return problem ? err(problem) : ok(value)
}

/** The refusal text of a problem: the path and its rule (`tokens[2] must be a tok_ token`), or the rule alone. */
export function describeInvalid(invalid: Invalid): string {
  return invalid.path ? `${invalid.path} ${invalid.rule}` : invalid.rule
}

function firstProblem(schema: Schema, value: unknown, path: string, inherited: string): Invalid | undefined {
  const rule = schema['x-invalid'] ?? inherited
  const fail = (): Invalid => ({ path, rule })
  if (schema.type !== undefined && !hasType(schema.type, value)) return fail()
  if (schema.const !== undefined && value !== schema.const) return fail()
  if (schema.enum !== undefined && !schema.enum.includes(value as never)) return fail()
  if (typeof value === 'string') {
    const length = [...value].length
    if (schema.minLength !== undefined && length < schema.minLength) return fail()
    if (schema.maxLength !== undefined && length > schema.maxLength) return fail()
    if (schema.pattern !== undefined && !regex(schema.pattern).test(value)) return fail()
  }
  if (typeof value === 'number') {
    if (schema.minimum !== undefined && value < schema.minimum) return fail()
    if (schema.maximum !== undefined && value > schema.maximum) return fail()
  }
  if (Array.isArray(value)) {
    if (schema.minItems !== undefined && value.length < schema.minItems) return fail()
    if (schema.maxItems !== undefined && value.length > schema.maxItems) return fail()
    if (schema.items) {
      for (const [i, item] of value.entries()) {
        const problem = firstProblem(schema.items, item, `${path}[${i}]`, rule)
        if (problem) return problem
      }
    }
  }
  if (isObject(value)) {
    for (const name of schema.required ?? []) {
      if (!Object.hasOwn(value, name))
        return { path: join(path, name), rule: schema.properties?.[name]?.['x-invalid'] ?? 'is required' }
    }
    // A field has its own rule (the object's is about the object); an array's items share the array's.
    for (const [name, property] of Object.entries(schema.properties ?? {})) {
      if (!Object.hasOwn(value, name)) continue
      const problem = firstProblem(property, value[name], join(path, name), UNKNOWN_RULE)
      if (problem) return problem
    }
    if (schema.additionalProperties !== undefined && schema.additionalProperties !== true) {
      for (const name of Object.keys(value)) {
        if (schema.properties && Object.hasOwn(schema.properties, name)) continue
        // The name is the caller's: it is not repeated either.
        if (schema.additionalProperties === false) return { path, rule: 'has a field it does not take' }
        const problem = firstProblem(schema.additionalProperties, value[name], path, UNKNOWN_RULE)
        if (problem) return problem
      }
    }
  }
  for (const part of schema.allOf ?? []) {
    const problem = firstProblem(part, value, path, rule)
    if (problem) return problem
  }
  if (schema.anyOf && !schema.anyOf.some((option) => !firstProblem(option, value, path, rule))) return fail()
  if (schema.not && !firstProblem(schema.not, value, path, rule)) return { path, rule: schema.not['x-invalid'] ?? rule }
  return undefined
}

function hasType(type: NonNullable<Schema['type']>, value: unknown): boolean {
  switch (type) {
    case 'object':
      return isObject(value)
    case 'array':
      return Array.isArray(value)
    case 'integer':
      return Number.isInteger(value)
    case 'number':
      return typeof value === 'number' && Number.isFinite(value)
    case 'null':
      return value === null
    default:
      return typeof value === type
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function join(path: string, name: string): string {
  return path ? `${path}.${name}` : name
}

function regex(pattern: string): RegExp {
  let compiled = patterns.get(pattern)
  if (!compiled) {
    compiled = new RegExp(pattern, 'u')
    patterns.set(pattern, compiled)
  }
  return compiled
}
