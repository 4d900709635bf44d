/**
 * Reading src-main's Electron wiring with the TypeScript compiler, for the tests that check what
 * cannot run here (Electron's binary is not available): which calls a file makes, with what.
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import ts from 'typescript'

const root = resolve(__dirname, '../..')

/** Parses a file of the repository (path from its root). */
export function parse(path: string): ts.SourceFile {
  const text = readFileSync(resolve(root, path), 'utf8')
  return ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true)
}

/** Visits `node` and every node below it. */
export function walk(node: ts.Node, visit: (node: ts.Node) => void): void {
  visit(node)
  node.forEachChild((child) => walk(child, visit))
}

/** The literal value of each property of an object literal (or the expression text). */
export function literalProps(object: ts.ObjectLiteralExpression): Record<string, unknown> {
  const props: Record<string, unknown> = {}
  for (const p of object.properties) {
    if (!ts.isPropertyAssignment(p)) continue
    const name = p.name.getText()
    const value = p.initializer
    if (value.kind === ts.SyntaxKind.TrueKeyword) props[name] = true
    else if (value.kind === ts.SyntaxKind.FalseKeyword) props[name] = false
    else if (ts.isStringLiteral(value)) props[name] = value.text
    else props[name] = value.getText()
  }
  return props
}

/** Every call `receiver.method(...)` in a file, as its argument texts. */
export function calls(path: string, method: string): string[][] {
  const found: string[][] = []
  walk(parse(path), (node) => {
    if (
      ts.isCallExpression(node) &&
      ts.isPropertyAccessExpression(node.expression) &&
      node.expression.name.text === method
    ) {
      found.push(node.arguments.map((a) => a.getText()))
    }
  })
  return found
}

/** The methods called directly on `receiver` in a file. */
export function methodCalls(path: string, receiver: string): string[] {
  const found: string[] = []
  walk(parse(path), (node) => {
    if (
      ts.isCallExpression(node) &&
      ts.isPropertyAccessExpression(node.expression) &&
      node.expression.expression.getText() === receiver
    ) {
      found.push(node.expression.name.text)
    }
  })
  return found
}
