/** OSV's names for Ubuntu releases: LTS and interim releases, Ubuntu Pro (ESM) packages, from purls and os-release. */
import { describe, expect, it } from '@jest/globals'
import { distroEcosystem, parseOsRelease } from '../../src/images/catalog/os-release.js'
import { ecosystemForPurl, parsePurl } from '../../src/inventory/purl.js'
import { ubuntuEcosystem } from '../../src/inventory/ubuntu-releases.js'

describe('Ubuntu ecosystems', () => {
  it('names LTS releases with :LTS and interim ones without, as OSV does', () => {
    expect(ubuntuEcosystem('22.04')).toBe('Ubuntu:22.04:LTS')
    expect(ubuntuEcosystem('22.04.4')).toBe('Ubuntu:22.04:LTS')
    expect(ubuntuEcosystem('6.06')).toBe('Ubuntu:6.06:LTS')
    expect(ubuntuEcosystem('24.10')).toBe('Ubuntu:24.10')
    expect(ubuntuEcosystem('25.04')).toBe('Ubuntu:25.04')
    expect(ubuntuEcosystem('23.04')).toBe('Ubuntu:23.04')
    expect(ubuntuEcosystem(undefined)).toBe('Ubuntu')
    expect(ubuntuEcosystem('jammy')).toBe('Ubuntu')
  })

  it('puts +esm packages of an LTS release in Ubuntu Pro, never an interim release', () => {
    expect(ubuntuEcosystem('16.04', { version: '1.0.2g-1ubuntu4.20+esm12' })).toBe('Ubuntu:Pro:16.04:LTS')
    expect(ubuntuEcosystem('16.04', { version: '1.0.2g-1ubuntu4.20' })).toBe('Ubuntu:16.04:LTS')
    expect(ubuntuEcosystem('23.10', { version: '1.0+esm1' })).toBe('Ubuntu:23.10')
  })

  it('after the listed releases: PRETTY_NAME when there is one, else the two-year April cycle', () => {
    expect(ubuntuEcosystem('28.04')).toBe('Ubuntu:28.04:LTS')
    expect(ubuntuEcosystem('27.04')).toBe('Ubuntu:27.04')
    expect(ubuntuEcosystem('26.10')).toBe('Ubuntu:26.10')
    expect(ubuntuEcosystem('28.04', { prettyName: 'Ubuntu 28.04' })).toBe('Ubuntu:28.04')
    expect(ubuntuEcosystem('27.04', { prettyName: 'Ubuntu 27.04 LTS' })).toBe('Ubuntu:27.04:LTS')
    // A listed interim release stays interim whatever PRETTY_NAME says.
    expect(ubuntuEcosystem('24.10', { prettyName: 'Ubuntu 24.10 LTS' })).toBe('Ubuntu:24.10')
  })

  it('from a purl distro qualifier and from os-release', () => {
    expect(ecosystemForPurl('deb', 'ubuntu', { distro: 'ubuntu-22.04' })).toBe('Ubuntu:22.04:LTS')
    expect(ecosystemForPurl('deb', 'ubuntu', { distro: 'ubuntu-24.10' })).toBe('Ubuntu:24.10')
    expect(ecosystemForPurl('deb', 'ubuntu')).toBe('Ubuntu')
    expect(parsePurl('pkg:deb/ubuntu/openssl@1.1.1f-1ubuntu2.23%2Besm1?arch=amd64&distro=ubuntu-20.04').ecosystem).toBe('Ubuntu:Pro:20.04:LTS')
    expect(parsePurl('pkg:deb/ubuntu/openssl@3.0.2-0ubuntu1.18?distro=ubuntu-22.04').ecosystem).toBe('Ubuntu:22.04:LTS')
    const noble = parseOsRelease('NAME="Ubuntu"\nVERSION_ID="24.04"\nID=ubuntu\nPRETTY_NAME="Ubuntu 24.04.1 LTS"\n', 'etc/os-release')
    expect(distroEcosystem(noble)).toBe('Ubuntu:24.04:LTS')
    expect(distroEcosystem(parseOsRelease('ID=ubuntu\nVERSION_ID="24.10"\nPRETTY_NAME="Ubuntu 24.10"\n', 'x'))).toBe('Ubuntu:24.10')
  })
})
