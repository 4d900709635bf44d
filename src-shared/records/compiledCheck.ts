/**
 * A fast check for the record schemas, built once from the valibot schema it stands for.
 *
 * Valibot reads a value by running every node of the schema on a fresh "dataset" object and
 * copying it into a new output, collecting issues with their paths: exactly what is wanted for the
 * one record in thousands that is wrong, and about half of a vault's load time when every record
 * is right. This module walks a schema once and returns a plain predicate: true when the value
 * matches and already is what valibot would output (every transform gives back its input, no
 * absent field takes a default), so the caller can use the value itself.
 *
 * It is never more lenient than valibot: each node accepts a subset of what valibot accepts. On
 * false the caller asks valibot, which finds the issue to report or, where this check was
 * stricter (a record written before a field existed, a key valibot silently skips), the output.
 * A schema with a node this check does not know is not compiled (`null`): valibot reads it.
 */
import type * as v from 'valibot'

/** True when `value` matches the schema and is its own output (see the module comment). */
export type CompiledCheck = (value: unknown) => boolean

/** A schema or pipe action as valibot builds it, seen through the fields this check needs. */
interface Node {
  kind: string
  type: string
  pipe?: readonly Node[]
  entries?: Record<string, Node>
  wrapped?: Node
  default?: unknown
  item?: Node
  key?: Node | string
  value?: Node
  options?: readonly unknown[]
  literal?: unknown
  requirement?: unknown
  operation?: (value: unknown) => unknown
}

/** Record keys valibot's `record` skips rather than reads; this check refuses them instead. */
const SKIPPED_KEYS = new Set(['__proto__', 'prototype', 'constructor'])

class Unsupported extends Error {}

/** Compiles `schema` into a `CompiledCheck`, or answers `null` for a node it does not know. */
export function compileCheck(schema: v.GenericSchema): CompiledCheck | null {
  try {
    return compile(schema as unknown as Node)
  } catch (error) {
    if (error instanceof Unsupported) return null
    throw error
  }
}

function compile(node: Node): CompiledCheck {
  const base = compileSchema(node)
  const actions = (node.pipe ?? []).slice(1).map(compileAction)
  if (actions.length === 0) return base
  return (value) => {
    if (!base(value)) return false
    for (const action of actions) if (!action(value)) return false
    return true
  }
}

function compileSchema(node: Node): CompiledCheck {
  switch (node.type) {
    case 'string':
      return (value) => typeof value === 'string'
    case 'number':
      return (value) => typeof value === 'number' && !Number.isNaN(value)
    case 'boolean':
      return (value) => typeof value === 'boolean'
    case 'literal': {
      const literal = node.literal
      return (value) => value === literal
    }
    case 'picklist': {
      const options = new Set(node.options)
      return (value) => options.has(value)
    }
    case 'nullable': {
      if (node.default !== undefined) throw new Unsupported('nullable with a default')
      const wrapped = compile(node.wrapped!)
      return (value) => value === null || wrapped(value)
    }
    case 'optional': {
      // An absent value that takes a default is not its own output: valibot fills it in.
      const wrapped = compile(node.wrapped!)
      const filled = node.default !== undefined
      return (value) => (value === undefined ? !filled : wrapped(value))
    }
    case 'array': {
      const item = compile(node.item!)
      return (value) => {
        if (!Array.isArray(value)) return false
        for (let i = 0; i < value.length; i++) if (!item(value[i])) return false
        return true
      }
    }
    case 'record':
      return compileRecord(node)
    case 'strict_object':
      return compileStrictObject(node)
    case 'variant':
      return compileVariant(node)
    default:
      throw new Unsupported(node.type)
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function compileRecord(node: Node): CompiledCheck {
  const key = compile(node.key as Node)
  const item = compile(node.value!)
  return (value) => {
    if (!isObject(value)) return false
    for (const name in value) {
      if (SKIPPED_KEYS.has(name) || !Object.hasOwn(value, name)) return false
      if (!key(name) || !item(value[name])) return false
    }
    return true
  }
}

function compileStrictObject(node: Node): CompiledCheck {
  const fields = Object.entries(node.entries!).map(([key, entry]) => ({
    key,
    check: compile(entry),
    required: entry.type !== 'optional',
    filled: entry.type === 'optional' && entry.default !== undefined,
  }))
  const byKey = new Map(fields.map((field) => [field.key, field.check]))
  const required = fields.filter((field) => field.required).length
  return (value) => {
    if (!isObject(value)) return false
    let requiredSeen = 0
    let seen = 0
    // Walks the value's own keys rather than the schema's: V8 reads `value[key]` inside `for in`
    // from the object's enum cache, where a lookup by a key from elsewhere is a slow hash lookup.
    for (const key in value) {
      const check = byKey.get(key)
      if (check === undefined || !Object.hasOwn(value, key) || !check(value[key])) return false
      seen++
    }
    if (seen === fields.length) return true
    // Some fields are absent: each must be optional, and one with a default is not the output.
    for (const field of fields) {
      if (Object.hasOwn(value, field.key)) {
        if (field.required) requiredSeen++
      } else if (field.required || field.filled) {
        return false
      }
    }
    return requiredSeen === required
  }
}

function compileVariant(node: Node): CompiledCheck {
  const key = node.key as string
  const options = (node.options as Node[]).map((option) => {
    if (option.type !== 'strict_object') throw new Unsupported(`variant of ${option.type}`)
    return { discriminator: compile(option.entries![key]!), check: compile(option) }
  })
  return (value) => {
    if (!isObject(value) || !Object.hasOwn(value, key)) return false
    for (const option of options)
      if (option.discriminator(value[key]) && option.check(value)) return true
    return false
  }
}

function compileAction(action: Node): CompiledCheck {
  if (action.kind === 'transformation') {
    if (action.type !== 'transform') throw new Unsupported(action.type)
    // The records' transforms brand a checked value: valibot's output is the input itself.
    const operation = action.operation!
    return (value) => operation(value) === value
  }
  if (action.kind !== 'validation') throw new Unsupported(`${action.kind} ${action.type}`)
  return validation(action) as CompiledCheck
}

function validation(action: Node): (value: never) => boolean {
  const requirement = action.requirement
  switch (action.type) {
    case 'check':
      return requirement as (value: never) => boolean
    case 'safe_integer':
      return (value: number) => Number.isSafeInteger(value)
    case 'integer':
      return (value: number) => Number.isInteger(value)
    case 'finite':
      return (value: number) => Number.isFinite(value)
    case 'min_value':
      return (value: number) => value >= (requirement as number)
    case 'max_value':
      return (value: number) => value <= (requirement as number)
    case 'min_length':
      return (value: string) => value.length >= (requirement as number)
    case 'max_length':
      return (value: string) => value.length <= (requirement as number)
    case 'length':
      return (value: string) => value.length === requirement
    case 'regex':
    case 'base64':
      return (value: string) => (requirement as RegExp).test(value)
    default:
      throw new Unsupported(action.type)
  }
}
