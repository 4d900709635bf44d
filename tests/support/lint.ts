/**
 * Linting sample code as if it were a file of the repository, for the tests that prove a lint
 * rule fires: the file need not exist, only its path decides which rules apply.
 */
import { resolve } from 'node:path'
import { ESLint, type Linter } from 'eslint'

const root = resolve(__dirname, '../..')
const eslint = new ESLint({ cwd: root })

/** Lints `code` as the file at `path` (from the repository root) and returns every message. */
export async function lintAs(path: string, code: string): Promise<Linter.LintMessage[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(root, path) })
  return result?.messages ?? []
}
