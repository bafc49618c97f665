import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { read } from '../../../src/inventory/readers/maven-pom.js'

const DIR = 'test/fixtures/inventory/maven-pom'
const fixture = (name: string): string => readFileSync(path.join(DIR, name), 'utf8')
const none = () => undefined

/** `mvn dependency:list` lines `   group:artifact:type:version:scope[ -- module …]`. */
function dependencyList(name: string): { name: string; version: string; scope: string }[] {
  return [...fixture(name).matchAll(/^ {3}([^:\s]+):([^:\s]+):[^:\s]+:([^:\s]+):([a-z]+)/gm)].map((match) => ({
    name: `${match[1]}:${match[2]}`,
    version: match[3] as string,
    scope: match[4] as string
  }))
}
const expectedScope = (mavenScope: string): string => (['test', 'provided', 'system'].includes(mavenScope) ? 'dev' : 'runtime')

describe('pom.xml reader on poms Maven 3.8.7 resolved (mvn dependency:list -DexcludeTransitive)', () => {
  it('declares what mvn lists, with the versions the pom itself fixes (properties, nested properties, dependencyManagement) and a range unresolved', () => {
    const text = fixture('pom.xml')
    const outcome = read({ path: 'pom.xml', text, sibling: none })
    expect(outcome.problems).toEqual([])
    expect(outcome.declaredOnly).toBe(true)
    const listed = dependencyList('dependency-list.txt')
    expect(outcome.packages.map((pkg) => pkg.name).sort()).toEqual(listed.map((dep) => dep.name).sort())
    for (const dep of listed) {
      const pkg = outcome.packages.find((candidate) => candidate.name === dep.name)
      if (dep.name === 'com.google.guava:guava') {
        // mvn picked the highest version in the range from Maven Central; the pom alone cannot.
        expect(pkg).toMatchObject({ version: null, declared: '[33.0.0-jre,33.2.1-jre]', scope: 'optional' })
        expect(pkg?.purl).toBeUndefined()
        continue
      }
      expect([dep.name, pkg?.version, pkg?.scope]).toEqual([dep.name, dep.version, expectedScope(dep.scope)])
      expect(pkg?.purl).toBe(`pkg:maven/${dep.name.replace(':', '/')}@${dep.version}`)
    }
    const lines = text.split('\n')
    for (const pkg of outcome.packages) {
      expect(lines[pkg.location.line - 1]?.trim()).toBe('<dependency>')
      expect(lines[pkg.location.line + 1]).toContain(`<artifactId>${pkg.name.split(':')[1]}</artifactId>`)
    }
  })

  it('reports versions managed by a parent pom outside the repository, and properties it defines, as unresolved', () => {
    const outcome = read({ path: 'with-parent/pom.xml', text: fixture('with-parent/pom.xml'), sibling: none })
    expect(outcome.problems).toEqual([])
    const listed = dependencyList('with-parent/dependency-list.txt')
    expect(outcome.packages.map((pkg) => pkg.name).sort()).toEqual(listed.map((dep) => dep.name).sort())
    expect(outcome.packages.map((pkg) => [pkg.name, pkg.version, pkg.declared, pkg.scope])).toEqual([
      ['org.springframework.boot:spring-boot-starter-json', null, undefined, 'runtime'],
      ['org.yaml:snakeyaml', null, '${snakeyaml.version}', 'runtime'],
      ['org.springframework.boot:spring-boot-starter-test', null, undefined, 'dev'],
      ['com.google.code.gson:gson', '2.11.0', undefined, 'runtime']
    ])
    const gson = listed.find((dep) => dep.name === 'com.google.code.gson:gson')
    expect(gson?.version).toBe('2.11.0')
  })
})

describe('pom.xml reader, written forms', () => {
  it('resolves project.version inherited from the parent, classifiers and types as purl qualifiers', () => {
    const pom = `<project xmlns="http://maven.apache.org/POM/4.0.0">
  <parent><groupId>org.acme</groupId><artifactId>parent</artifactId><version>7.1</version></parent>
  <artifactId>child</artifactId>
  <dependencies>
    <dependency><groupId>\${project.groupId}</groupId><artifactId>core</artifactId><version>\${project.version}</version><classifier>tests</classifier><type>test-jar</type><scope>test</scope></dependency>
    <!-- <dependency><groupId>x</groupId><artifactId>commented</artifactId></dependency> -->
    <dependency><groupId>org.acme</groupId><artifactId>opt</artifactId><version>1.0</version><optional>true</optional></dependency>
  </dependencies>
  <profiles><profile><dependencies><dependency><groupId>p</groupId><artifactId>q</artifactId><version>1</version></dependency></dependencies></profile></profiles>
</project>`
    const outcome = read({ path: 'pom.xml', text: pom, sibling: none })
    expect(outcome.packages.map((pkg) => [pkg.name, pkg.version, pkg.scope, pkg.purl, pkg.location.line])).toEqual([
      ['org.acme:core', '7.1', 'dev', 'pkg:maven/org.acme/core@7.1?classifier=tests&type=test-jar', 5],
      ['org.acme:opt', '1.0', 'optional', 'pkg:maven/org.acme/opt@1.0', 7]
    ])
  })

  it('reports malformed XML as one problem with its line', () => {
    const outcome = read({ path: 'pom.xml', text: '<project>\n  <dependencies>\n    <dependency>\n  </dependencies>\n</project>\n', sibling: none })
    expect(outcome.packages).toEqual([])
    expect(outcome.problems).toMatchObject([{ path: 'pom.xml', line: 4, format: 'maven-pom' }])
  })

  it('reports a dependency without coordinates and a file without <project>', () => {
    expect(
      read({ path: 'pom.xml', text: '<project>\n<dependencies>\n<dependency><version>1</version></dependency>\n</dependencies>\n</project>', sibling: none })
        .problems
    ).toMatchObject([{ line: 3 }])
    expect(read({ path: 'pom.xml', text: '<settings/>', sibling: none }).problems).toMatchObject([{ line: 1 }])
  })
})

describe('pom.xml reader on a multi-module project Maven 3.8.7 built (mvn package dependency:list -DexcludeTransitive)', () => {
  // multi-module/: an aggregator parent (properties, dependencyManagement with a managed test scope and
  // ${project.*} coordinates, a dependency every module inherits) and the modules core (overrides a property)
  // and app (depends on core, a reactor module). See the README.
  const local = (pom: string) => (relative: string) => {
    const file = path.posix.normalize(path.posix.join(path.posix.dirname(pom), relative))
    return file.startsWith('..') ? undefined : fixture(path.posix.join('multi-module', file))
  }
  const readModule = (pom: string) => read({ path: pom, text: fixture(path.posix.join('multi-module', pom)), sibling: local(pom) })

  it.each(['pom.xml', 'core/pom.xml', 'app/pom.xml', 'bom/pom.xml'])(
    '%s: what mvn lists, versions and scopes from the local parent, inherited dependencies read once',
    (pom) => {
      const outcome = readModule(pom)
      expect(outcome.problems).toEqual([])
      const listed = dependencyList(path.posix.join('multi-module', path.posix.dirname(pom), 'dependency-list.txt'))
      // Every module lists slf4j-api, which it inherits from the parent's <dependencies>: the inventory has it
      // once, from the parent pom that declares it.
      const own = pom === 'pom.xml' ? listed : listed.filter((dep) => dep.name !== 'org.slf4j:slf4j-api')
      expect(outcome.packages.map((pkg) => [pkg.name, pkg.version, pkg.scope]).sort()).toEqual(
        own.map((dep) => [dep.name, dep.version, expectedScope(dep.scope)]).sort()
      )
    }
  )

  it('takes versions from a BOM of the reactor, resolved in its own model; what the parent manages wins over it', () => {
    const app = readModule('app/pom.xml')
    // The BOM manages guava (33.2.1-jre, by its own property) and jackson-databind 2.16.0; the parent manages
    // jackson-databind too (2.17.2): Maven keeps the inherited one.
    expect(app.packages.find((pkg) => pkg.name === 'com.google.guava:guava')).toMatchObject({ version: '33.2.1-jre', scope: 'dev' })
    expect(app.packages.find((pkg) => pkg.name.endsWith(':jackson-databind'))?.version).toBe('2.17.2')
  })

  it('marks a reactor module as the workspace, and a property the module overrides wins over the parent', () => {
    expect(readModule('app/pom.xml').packages.find((pkg) => pkg.name === 'com.example.chaingate:core')).toMatchObject({ source: 'workspace', version: '1.0.0' })
    expect(readModule('core/pom.xml').packages.find((pkg) => pkg.name.endsWith(':jackson-databind'))?.version).toBe('2.17.1')
  })

  it('without the parent pom, what it manages is unresolved, never guessed', () => {
    const alone = read({ path: 'core/pom.xml', text: fixture('multi-module/core/pom.xml'), sibling: none })
    expect(alone.packages.map((pkg) => [pkg.name, pkg.version])).toEqual([
      ['com.fasterxml.jackson.core:jackson-databind', null],
      ['org.apache.commons:commons-lang3', null],
      ['org.junit.jupiter:junit-jupiter', null]
    ])
  })

  it('ignores a pom at the relative path whose coordinates are not the parent (Maven looks in the registry then)', () => {
    const other = read({
      path: 'core/pom.xml',
      text: fixture('multi-module/core/pom.xml'),
      sibling: (relative) =>
        relative === '../pom.xml' ? fixture('multi-module/pom.xml').replace('<version>1.0.0</version>', '<version>2.0.0</version>') : undefined
    })
    expect(other.packages.every((pkg) => pkg.version === null)).toBe(true)
  })
})
