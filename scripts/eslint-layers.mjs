// The layer order inside src-shared (ARCHITECTURE.md), as an ESLint rule. A path pattern in
// no-restricted-imports cannot tell '../export' written in rules/ (a higher layer) from the same
// text written in rules/drafts/ (rules/export, which would be fine), so this rule resolves every
// specifier to the folder it lands in and checks that folder against the order.
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path'

const SHARED_ALIAS = '@shared/'

/**
 * The first segment of `path` inside src-shared, or null outside it. For a specifier target that
 * is the folder (`../domain` means domain/index.ts); for the linted file, a bare segment is a
 * file directly in src-shared, which has no layer, reported as ''.
 */
function sharedFolder(sharedRoot, path, isLintedFile = false) {
  const inside = relative(sharedRoot, path)
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) return null
  const [first, ...rest] = inside.split(sep)
  return isLintedFile && rest.length === 0 ? '' : first
}

/** Where a specifier written in `file` points, or null for a package. */
function target(file, specifier, sharedRoot) {
  if (specifier.startsWith('.')) return resolve(dirname(file), specifier)
  if (specifier.startsWith(SHARED_ALIAS)) {
    return resolve(sharedRoot, specifier.slice(SHARED_ALIAS.length))
  }
  return null
}

/** @type {import('eslint').Rule.RuleModule} */
const layers = {
  meta: {
    type: 'problem',
    docs: { description: 'Keeps each src-shared folder to the folders below it in the order.' },
    schema: [
      {
        type: 'object',
        properties: {
          root: { type: 'string' },
          below: {
            type: 'object',
            additionalProperties: { type: 'array', items: { type: 'string' } },
          },
        },
        required: ['root', 'below'],
        additionalProperties: false,
      },
    ],
    messages: {
      upward:
        'src-shared/{{from}} may import only {{allowed}}, not {{to}}: the layer order is in eslint.config.mjs.',
      unplaced:
        'src-shared/{{from}} has no place in the layer order: add it to sharedLayers in eslint.config.mjs.',
    },
  },
  create(context) {
    const { root, below } = context.options[0]
    const sharedRoot = resolve(context.cwd, root)
    const from = sharedFolder(sharedRoot, resolve(context.cwd, context.filename), true)
    if (from === null) return {}
    if (!Object.hasOwn(below, from)) {
      return {
        Program: (node) =>
          context.report({ node, messageId: 'unplaced', data: { from: from || '(root)' } }),
      }
    }
    const check = (node) => {
      if (!node || node.type !== 'Literal' || typeof node.value !== 'string') return
      const path = target(context.filename, node.value, sharedRoot)
      const to = path === null ? null : sharedFolder(sharedRoot, path)
      if (to === null || to === from || below[from].includes(to)) return
      const allowed = below[from].length > 0 ? below[from].join(', ') : 'itself'
      context.report({ node, messageId: 'upward', data: { from, to: to || '(root)', allowed } })
    }
    return {
      ImportDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ImportExpression: (node) => check(node.source),
    }
  },
}

export default { rules: { layers } }
