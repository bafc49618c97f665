import { describe, expect, it } from '@jest/globals'
import { codeExecutions, commands, envFileWrites, scriptCalls, words } from '../../src/workflow/shell.js'

describe('shell scanning', () => {
  it('splits commands with offsets, keeping quotes and continuations', () => {
    const script = 'echo "a;b" && make \\\n  all # comment; not a command\nnpm ci | tee log'
    expect(commands(script).map((c) => [c.text, script.slice(c.start, c.end) === c.text])).toEqual([
      ['echo "a;b"', true],
      ['make \\\n  all', true],
      ['npm ci', true],
      ['tee log', true]
    ])
  })

  it('tokenises words with quotes removed', () => {
    expect(words(`bash -c "echo \\"hi\\"" 'x y' a"b"c`).map((w) => w.word)).toEqual(['bash', '-c', 'echo \\"hi\\"', 'x y', 'abc'])
  })

  it('finds code execution and local scripts', () => {
    expect(
      codeExecutions(
        'npm ci --ignore-scripts\nnpm ci\nsudo make install\npip install -r requirements.txt\npip install requests\ncargo install ripgrep\ngo test ./...\n./gradlew build\nnpm --version'
      ).map((t) => t.tool)
    ).toEqual(['npm ci', 'make', 'pip install', 'go test', './gradlew'])
    expect(scriptCalls('bash scripts/x.sh\n./ci/build.sh --fast\nsource env.sh\nbash -c "x"\n../up.sh').map((c) => c.path)).toEqual([
      'scripts/x.sh',
      './ci/build.sh',
      'env.sh'
    ])
  })

  it('finds environment file writes in bash and PowerShell forms', () => {
    const script = [
      'echo "A=1" >> $GITHUB_ENV',
      'echo "/x" >> "${GITHUB_PATH}"',
      'echo x | tee -a $GITHUB_OUTPUT',
      '"B=$b" | Out-File -FilePath $env:GITHUB_ENV -Append',
      'Add-Content -Path $env:GITHUB_PATH -Value "c"',
      'cat $GITHUB_ENV',
      '# echo "C=1" >> $GITHUB_ENV'
    ].join('\n')
    expect(envFileWrites(script).map((w) => w.file)).toEqual(['GITHUB_ENV', 'GITHUB_PATH', 'GITHUB_OUTPUT', 'GITHUB_ENV', 'GITHUB_PATH'])
  })
})
