// Verifying the images of one set of Kubernetes manifests: 50 images (5 repositories × 10) in a real
// docker-registry 2.8 (no referrers API: tag schema), each signed with Notation by notation-go (the interop
// signer, test/interop/notation-signer) and with a Sigstore provenance attestation by chaingate (mock Sigstore
// services). chaingate verifies all 50 from the manifests in one run (Notation only, Sigstore only, both);
// side by side, the same 50 images verified by a loop of the CLIs: `cosign verify-attestation` (v3.1.3) and
// notation-go's verifier (`notation-signer verify`, one process per image: the stand-in for `notation verify`,
// whose CLI module the Go proxy does not serve). Registry requests are chaingate's own count.
// Needs the peers: scripts/install-peers.sh. usage: scripts/node24 bench/notation.mjs [--images 50] [--runs 3]
import { execFile } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'
import os from 'node:os'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { build } from 'esbuild'

const exec = promisify(execFile)
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const out = path.join(root, 'bench', 'out')
const lib = path.join(out, 'notation-lib.mjs')
const args = process.argv.slice(2)
const option = (name, fallback) => {
  const index = args.indexOf(name)
  return index >= 0 ? args[index + 1] : fallback
}
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
const round = (value) => Math.round(value * 100) / 100
const peers = path.join(process.env.CHAINGATE_PEERS_DIR || path.join(os.homedir(), '.cache', 'chaingate-peers'), 'bin')
const cosign = path.join(peers, 'cosign')
const signer = path.join(peers, 'notation-signer')
for (const tool of [cosign, signer]) if (!fs.existsSync(tool)) throw new Error(`${tool} is missing: run scripts/install-peers.sh`)

fs.mkdirSync(out, { recursive: true })
await build({
  stdin: {
    contents: [
      "export { main } from './src/cli/main.ts'",
      "export { startRegistry } from './test/support/registry/registry.ts'",
      "export { startMockSigstore } from './test/support/sigstore/mock-services.ts'",
      "export { actionsEnv } from './test/support/sigstore/cli.ts'"
    ].join('\n'),
    resolveDir: root,
    loader: 'ts'
  },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node24',
  packages: 'external',
  outfile: lib,
  logLevel: 'warning'
})
const { main, startRegistry, startMockSigstore, actionsEnv } = await import(pathToFileURL(lib).href)

const count = Number(option('--images', '50'))
const runs = Number(option('--runs', '3'))
const registry = await startRegistry()
const mock = await startMockSigstore()
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chaingate-bench-notation-'))
const cli = async (argv, env = process.env) => {
  let stdout = ''
  let stderr = ''
  const code = await main(argv, { env, cwd: dir, stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) })
  return { code, stdout, stderr }
}
try {
  for (const [key, value] of Object.entries({ ...actionsEnv(mock), HOME: registry.home, DOCKER_CONFIG: registry.dockerConfig })) {
    if (value === undefined) delete process.env[key]
    else process.env[key] = value
  }
  mock.writeTrustedRoot(path.join(dir, 'root.json'))
  await exec(signer, ['cert', '-out', path.join(dir, 'key'), '-cn', 'release'])
  fs.mkdirSync(path.join(dir, 'truststore', 'x509', 'ca', 'release'), { recursive: true })
  fs.copyFileSync(path.join(dir, 'key', 'cert.pem'), path.join(dir, 'truststore', 'x509', 'ca', 'release', 'release.pem'))
  fs.writeFileSync(
    path.join(dir, 'trustpolicy.json'),
    JSON.stringify({
      version: '1.0',
      trustPolicies: [
        {
          name: 'release',
          registryScopes: ['*'],
          signatureVerification: { level: 'strict' },
          trustStores: ['ca:release'],
          trustedIdentities: ['x509.subject:C=US, ST=WA, L=Seattle, O=Notary, CN=release']
        }
      ]
    })
  )

  // 50 images, each signed twice: Notation (notation-go) and a Sigstore attestation (chaingate, keyless).
  const images = []
  const started = performance.now()
  for (let index = 0; index < count; index += 1) {
    const repository = `team/app${index % 5}`
    const digest = await registry.pushImage(repository, `v${index}`, `image ${index}`)
    const image = `${registry.host}/${repository}@${digest}`
    await exec(signer, [
      'sign',
      '-key',
      path.join(dir, 'key', 'key.pem'),
      '-cert',
      path.join(dir, 'key', 'cert.pem'),
      '-ref',
      image,
      '-envelope',
      index % 2 ? 'cose' : 'jws',
      '-user',
      registry.username,
      '-password',
      registry.password
    ])
    const signed = await cli([
      'sign',
      '--subject',
      image,
      '--push-to-registry',
      '--fulcio-url',
      mock.url,
      '--rekor-url',
      mock.url,
      '--bundle-out',
      path.join(dir, `b${index}.json`)
    ])
    if (signed.code !== 0) throw new Error(signed.stderr)
    images.push(image)
  }
  const setupSeconds = (performance.now() - started) / 1000
  fs.writeFileSync(
    path.join(dir, 'rendered.yaml'),
    images
      .map(
        (image, index) =>
          `apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: app${index}}\nspec:\n  template:\n    spec:\n      containers:\n        - {name: app, image: "${image}"}\n`
      )
      .join('---\n')
  )

  const sigstorePolicy = ['--trusted-root', 'root.json', '--signer-repo', 'octo-org/app', '--signer-workflow', '.github/workflows/release.yml@main']
  const notationPolicy = ['--notation-trust-policy', 'trustpolicy.json', '--notation-trust-store', 'truststore']
  const chaingate = async (extra) => {
    const report = path.join(dir, 'report.json')
    const t = performance.now()
    const result = await cli(['verify', '--manifests', 'rendered.yaml', '--format', 'json', '--output', report, ...extra])
    const seconds = (performance.now() - t) / 1000
    const json = JSON.parse(fs.readFileSync(report, 'utf8'))
    if (result.code !== 0)
      throw new Error(
        `chaingate verify failed: ${json.findings
          .filter((f) => f.status !== 'pass')
          .map((f) => f.message)
          .slice(0, 3)
          .join('; ')}`
      )
    return {
      seconds,
      requests: json.stats.apiRequests,
      verified: json.findings.filter((f) => f.status === 'pass' && f.rule !== 'image-pinned-by-digest').length
    }
  }
  const loop = async (file, argsFor) => {
    const t = performance.now()
    for (const image of images) await exec(file, argsFor(image), { cwd: dir, env: { ...process.env, COSIGN_YES: 'true' } })
    return (performance.now() - t) / 1000
  }
  const results = { notation: [], sigstore: [], both: [], notationGo: [], cosign: [] }
  let requests = {}
  for (let run = 0; run < runs; run += 1) {
    const notation = await chaingate(notationPolicy)
    const sigstore = await chaingate(sigstorePolicy)
    const both = await chaingate([...notationPolicy, ...sigstorePolicy])
    results.notation.push(notation.seconds)
    results.sigstore.push(sigstore.seconds)
    results.both.push(both.seconds)
    requests = {
      notation: notation.requests,
      sigstore: sigstore.requests,
      both: both.requests,
      verified: { notation: notation.verified, sigstore: sigstore.verified, both: both.verified }
    }
    results.notationGo.push(
      await loop(signer, (image) => [
        'verify',
        '-policy',
        path.join(dir, 'trustpolicy.json'),
        '-store',
        path.join(dir, 'truststore'),
        '-user',
        registry.username,
        '-password',
        registry.password,
        '-ref',
        image
      ])
    )
    results.cosign.push(
      await loop(cosign, (image) => [
        'verify-attestation',
        '--new-bundle-format',
        '--allow-http-registry',
        '--trusted-root',
        'root.json',
        '--certificate-identity',
        'https://github.com/octo-org/app/.github/workflows/release.yml@refs/heads/main',
        '--certificate-oidc-issuer',
        'https://token.actions.githubusercontent.com',
        '--type',
        'https://slsa.dev/provenance/v1',
        image
      ])
    )
  }
  const summary = Object.fromEntries(Object.entries(results).map(([key, values]) => [key, round(median(values))]))
  console.log(
    JSON.stringify(
      {
        images: count,
        repositories: 5,
        runs,
        setupSeconds: round(setupSeconds),
        medianSeconds: summary,
        registryRequests: requests,
        ratios: {
          notationGoLoopOverChaingateNotation: round(summary.notationGo / summary.notation),
          cosignLoopOverChaingateSigstore: round(summary.cosign / summary.sigstore),
          bothLoopsOverChaingateBoth: round((summary.notationGo + summary.cosign) / summary.both)
        },
        machine: `${os.cpus().length} cores, ${os.cpus()[0]?.model ?? ''}, Node ${process.version}`
      },
      null,
      2
    )
  )
} finally {
  await registry.stop()
  await mock.close()
  fs.rmSync(dir, { recursive: true, force: true })
}
