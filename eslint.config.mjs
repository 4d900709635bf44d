// Lint, including the dependency rules of ARCHITECTURE.md: src-shared is pure, src-renderer never
// reaches into src-main, src-main never into src-renderer, only src-main/electron imports
// electron, and inside src-shared each folder imports only the folders below it.
// tests/unit/boundaries.test.ts and tests/unit/layers.test.ts prove each rule fires.
import tseslint from 'typescript-eslint'
import vue from 'eslint-plugin-vue'
import vueParser from 'vue-eslint-parser'
import globals from 'globals'
import afterview from './scripts/eslint-layers.mjs'

const restrict = (patterns) => ['error', { patterns }]

const sharedForbidden = [
  { group: ['electron', 'electron/*'], message: 'src-shared is pure: no electron.' },
  { group: ['vue', 'pinia', '@vue/*'], message: 'src-shared is pure: no vue or pinia.' },
  { group: ['dexie'], message: 'src-shared is pure: no dexie.' },
  { regex: '^node:', message: 'src-shared is pure: no node: builtins.' },
  {
    group: [
      'fs',
      'fs/*',
      'path',
      'os',
      'child_process',
      'crypto',
      'worker_threads',
      'http',
      'https',
      'net',
    ],
    message: 'src-shared is pure: no node builtins.',
  },
  {
    regex: '(^|/)src-(main|renderer)(/|$)',
    message: 'src-shared imports nothing from src-main or src-renderer.',
  },
]
const rendererForbidden = [
  {
    group: ['electron', 'electron/*'],
    message: 'The renderer talks to main only through the bridge.',
  },
  {
    regex: '(^|/)src-main(/|$)',
    message: 'src-renderer never imports src-main: use the IPC contract in src-shared.',
  },
]
const mainForbidden = [
  {
    regex: '(^|/)src-renderer(/|$)',
    message: 'src-main never imports src-renderer: use the IPC contract in src-shared.',
  },
]
// Electron's binary cannot run on the build machines, and importing it in a test tries to
// download it: everything outside src-main/electron must be testable without it.
const electronForbidden = [
  {
    group: ['electron', 'electron/*'],
    message: 'Only src-main/electron imports electron: take what you need as a port (ports.ts).',
  },
]

// The order inside src-shared, lowest first: each folder lists the folders it may import. domain
// is the vocabulary; rules are the advice; forms read what the user typed and presenters put the
// rules' output into words, side by side; export builds documents from both. vault (the
// encrypted formats) needs only the vocabulary; ipc (the contract) also vault's error kinds and
// sync's folder problems, which cross the bridge. offers, startPlan and reminders each assemble
// one feature from everything below (startPlan reads offers' entries). records, the schema of every vault table, sits on top:
// it gathers the record shapes that each feature defines. sync (merging through a folder) needs
// only the vocabulary and the vault's byte and key helpers: it carries records as plain JSON.
const below = ['domain', 'rules', 'ipc', 'vault', 'forms', 'presenters', 'export']
const sharedLayers = {
  domain: [],
  rules: ['domain'],
  ipc: ['domain', 'vault', 'sync'],
  vault: ['domain'],
  forms: ['domain', 'rules'],
  presenters: ['domain', 'rules'],
  export: ['domain', 'rules', 'forms', 'presenters'],
  offers: below,
  adverts: below,
  reminders: below,
  startPlan: [...below, 'offers'],
  records: [...below, 'offers', 'startPlan', 'reminders'],
  sync: ['domain', 'vault'],
}

const htmlSinks = [
  {
    property: 'insertAdjacentHTML',
    message: 'Render text, not HTML: hostile text must never become markup.',
  },
  { object: 'document', property: 'write', message: 'Render text, not HTML.' },
  { object: 'document', property: 'writeln', message: 'Render text, not HTML.' },
  { property: 'createContextualFragment', message: 'Render text, not HTML.' },
  { property: 'setHTMLUnsafe', message: 'Render text, not HTML.' },
  { property: 'parseHTMLUnsafe', message: 'Render text, not HTML.' },
]

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'node_modules/**',
      '.tools/**',
      'test-results/**',
      'playwright-report/**',
      '.bench/**',
    ],
  },
  ...tseslint.configs.recommended,
  ...vue.configs['flat/recommended'],
  {
    files: ['**/*.vue'],
    languageOptions: {
      parser: vueParser,
      parserOptions: {
        parser: tseslint.parser,
        extraFileExtensions: ['.vue'],
        sourceType: 'module',
      },
    },
  },
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'vue/multi-word-component-names': 'off',
      'vue/max-attributes-per-line': 'off',
      'vue/singleline-html-element-content-newline': 'off',
      'vue/html-self-closing': 'off',
      'vue/html-indent': 'off',
      'vue/html-closing-bracket-newline': 'off',
      'vue/multiline-html-element-content-newline': 'off',
    },
  },
  {
    files: ['src-shared/**/*.ts'],
    ignores: ['src-shared/**/*.test.ts'],
    rules: { 'no-restricted-imports': restrict(sharedForbidden) },
  },
  {
    files: ['src-renderer/**/*.{ts,vue}'],
    rules: { 'no-restricted-imports': restrict(rendererForbidden) },
  },
  {
    files: ['src-shared/**/*.ts'],
    plugins: { afterview },
    rules: { 'afterview/layers': ['error', { root: 'src-shared', below: sharedLayers }] },
  },
  {
    files: ['src-main/**/*.ts'],
    ignores: ['src-main/electron/**'],
    rules: { 'no-restricted-imports': restrict([...mainForbidden, ...electronForbidden]) },
  },
  {
    files: ['src-main/electron/**/*.ts'],
    rules: { 'no-restricted-imports': restrict(mainForbidden) },
  },
  {
    files: ['tests/**/*.{ts,mts,mjs}', 'scripts/**/*.mjs', '*.{mts,mjs}'],
    rules: { 'no-restricted-imports': restrict(electronForbidden) },
  },
  // Hostile text (docs/SECURITY.md): text from adverts, offers and imports is only ever rendered as
  // text. No v-html, no HTML sinks, no eval; tests/unit/renderer-sinks.test.ts proves the rules bite.
  {
    files: ['src-renderer/**/*.{ts,vue}'],
    rules: {
      'vue/no-v-html': 'error',
      'vue/no-v-text-v-html-on-component': 'error',
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-restricted-properties': ['error', ...htmlSinks],
      'no-restricted-syntax': [
        'error',
        {
          selector: 'MemberExpression[property.name=/^(innerHTML|outerHTML)$/]',
          message: 'Render text, not HTML: hostile text must never become markup.',
        },
      ],
    },
  },
  // electron-builder loads its hooks (build/*.cjs) with require(): they are CommonJS.
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: globals.node },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
)
