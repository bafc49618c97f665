/**
 * scripts/test-tools (npm's `pretest`): the programs the tests need besides npm packages are installed with
 * apt-get when this user may, or named in one line with the command to run. Run here with a PATH of stubs:
 * nothing is installed for real.
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

let bin: string
afterEach(() => fs.rmSync(bin, { recursive: true, force: true }))

/** A PATH holding bash and `id` (printing `uid`), plus `extra` scripts. */
function stubPath(uid: number, extra: Record<string, string> = {}): string {
  bin = fs.mkdtempSync(path.join(os.tmpdir(), 'chaingate-stub-bin-'))
  fs.symlinkSync(spawnSync('bash', ['-c', 'command -v bash'], { encoding: 'utf8' }).stdout.trim(), path.join(bin, 'bash'))
  const scripts: Record<string, string> = { id: `echo ${uid}`, ...extra }
  for (const [name, body] of Object.entries(scripts)) fs.writeFileSync(path.join(bin, name), `#!${path.join(bin, 'bash')}\n${body}\n`, { mode: 0o755 })
  return bin
}

const run = (PATH: string) => spawnSync(path.join(PATH, 'bash'), ['scripts/test-tools'], { encoding: 'utf8', env: { PATH } })

describe('scripts/test-tools', () => {
  it('fails at once with one line naming what to install when it cannot install', () => {
    const result = run(stubPath(1000))
    expect(result.status).toBe(1)
    expect(result.stdout).toBe('')
    expect(result.stderr).toBe(
      "npm test needs git htpasswd docker-registry skopeo dpkg rpm db5.3_load php ruby mvn composer zstd: run 'sudo apt-get install git apache2-utils docker-registry skopeo dpkg rpm db5.3-util php-cli ruby maven composer zstd' (Debian or Ubuntu; elsewhere install git htpasswd docker-registry skopeo dpkg rpm db5.3_load php ruby mvn composer zstd) and run npm test again\n"
    )
  })

  it('installs only the missing packages with apt-get as root', () => {
    const dir = stubPath(0, {
      git: 'true',
      dpkg: 'true',
      rpm: 'true',
      'db5.3_load': 'true',
      php: 'true',
      ruby: 'true',
      mvn: 'true',
      composer: 'true',
      zstd: 'true'
    })
    // The stub apt-get records its arguments and "installs" a command per package.
    fs.writeFileSync(
      path.join(dir, 'apt-get'),
      `#!${path.join(dir, 'bash')}\necho "$*" >> ${path.join(dir, 'apt.log')}\nfor p in "$@"; do case $p in apache2-utils) n=htpasswd;; docker-registry|skopeo) n=$p;; *) continue;; esac; printf '#!%s\\ntrue\\n' ${path.join(dir, 'bash')} > ${dir}/$n; $(command -p -v chmod || echo /bin/chmod) +x ${dir}/$n; done\n`,
      { mode: 0o755 }
    )
    const result = run(dir)
    expect(result.stderr).toBe('npm test: installing apache2-utils docker-registry skopeo (apt-get) for htpasswd docker-registry skopeo\n')
    expect(result.status).toBe(0)
    expect(fs.readFileSync(path.join(dir, 'apt.log'), 'utf8')).toBe('update -qq\ninstall -y -qq --no-install-recommends apache2-utils docker-registry skopeo\n')
  })

  it('does nothing when everything is there', () => {
    const dir = stubPath(1000, {
      git: 'true',
      htpasswd: 'true',
      'docker-registry': 'true',
      skopeo: 'true',
      dpkg: 'true',
      rpm: 'true',
      'db5.3_load': 'true',
      php: 'true',
      ruby: 'true',
      mvn: 'true',
      composer: 'true',
      zstd: 'true'
    })
    expect(run(dir)).toEqual(expect.objectContaining({ status: 0, stdout: '', stderr: '' }))
  })
})
