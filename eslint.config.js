import js from '@eslint/js'
import tseslint from 'typescript-eslint'

// The layer map of docs/architecture.md ("Layers"), enforced on import specifiers with ESLint's own rules
// (relative specifiers, so each pattern is written for the directory depth it applies to).
const LAYERS = 'docs/architecture.md, "Layers"'
const noRules = { regex: '^(\\./|(\\.\\./)+)rules/', message: `only the catalogue (src/check.ts, src/cli/) imports rules (${LAYERS})` }
const noJudging = {
  regex: '^(\\.\\./)+(rules|posture|report|action|cli)/|^(\\.\\./)+(engine|check)\\.js$',
  message: `src/github/ fetches and judges nothing: judgement lives in src/posture/ and the rules (${LAYERS})`
}
const noCli = { regex: '^(\\.\\./)+cli/', message: `the action never imports the CLI: shared code lives below both (e.g. src/attest/context.ts) (${LAYERS})` }
const ruleImports = [
  {
    regex: '^\\./(?!.*-support\\.js$)',
    message: `a rule never imports another rule: shared code goes in a *-support.ts module of the area, or outside src/rules/ (${LAYERS})`
  },
  { regex: '^\\.\\./[^./][^/]*/(?!.*-support\\.js$)', message: `a rule never imports another area's rule: only its *-support.ts modules (${LAYERS})` },
  {
    regex: '^\\.\\./\\.\\./(report|action|cli)/|^\\.\\./\\.\\./(engine|check)\\.js$',
    message: `rules are pure: they read facts and the model, never the engine, reports or shells (${LAYERS})`
  }
]
// Static imports and re-exports through no-restricted-imports; dynamic `import('…')` through
// no-restricted-syntax with the same patterns.
const restrict = (patterns) => ({
  'no-restricted-imports': ['error', { patterns }],
  'no-restricted-syntax': [
    'error',
    ...patterns.map(({ regex, message }) => ({ selector: `ImportExpression[source.value=/${regex.replace(/\//g, '\\/')}/]`, message }))
  ]
})

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'bench/corpus/**', 'bench/out/**', '.cache/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        Buffer: 'readonly',
        URL: 'readonly',
        fetch: 'readonly',
        performance: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        setInterval: 'readonly',
        clearInterval: 'readonly',
        AbortController: 'readonly',
        TextEncoder: 'readonly',
        TextDecoder: 'readonly',
        structuredClone: 'readonly',
        queueMicrotask: 'readonly',
        setImmediate: 'readonly'
      }
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['error'] }]
    }
  },
  // src/verify/admission*.ts (verify's image requirements) load the policy with the catalogue, and share the
  // vulnerability gate of rules/dependencies/advisory-support.ts: an exception until that gate moves to src/advisories/.
  {
    files: ['src/**/*.ts'],
    ignores: [
      'src/rules/**',
      'src/cli/**',
      'src/check.ts',
      'src/verify/admission.ts',
      'src/verify/admission-deps.ts',
      'src/github/**',
      'src/action/**',
      '**/*.test.ts'
    ],
    rules: restrict([noRules])
  },
  { files: ['src/github/**/*.ts'], ignores: ['**/*.test.ts'], rules: restrict([noJudging]) },
  { files: ['src/action/**/*.ts'], ignores: ['**/*.test.ts'], rules: restrict([noRules, noCli]) },
  { files: ['src/rules/*/*.ts'], ignores: ['src/rules/*/index.ts', '**/*.test.ts'], rules: restrict(ruleImports) },
  {
    files: ['scripts/**', 'bench/**', 'bin/**', 'test/**', '__tests__/**', '**/*.test.ts'],
    rules: { 'no-console': 'off' }
  }
)
