import { describe, expect, it } from '@jest/globals'
import { dockerfileImages, expandArgs } from '../../../src/images/sources/dockerfile.js'
import { isDockerfileName } from '../../../src/images/sources/index.js'
import type { ImageSource } from '../../../src/images/sources/model.js'

const D = 'sha256:' + 'c'.repeat(64)

/** `line:col-line:col kind text → canonical | unknown: reason`, compact. */
function brief(images: ImageSource[]): string[] {
  return images.map((image) => {
    const at = image.location ? `${image.location.startLine}:${image.location.startColumn}-${image.location.endLine}:${image.location.endColumn}` : '-'
    const platform = image.platform ? ` [${image.platform}]` : image.platformUnknown ? ` [? ${image.platformUnknown}]` : ''
    return `${at} ${image.kind} ${image.text} → ${image.ref ? image.ref.canonical : `unknown: ${image.unknown}`}${platform}`
  })
}

describe('Dockerfile image sources', () => {
  it('substitutes global ARG defaults, skips scratch and earlier stages, keeps --platform', () => {
    const text = [
      '# syntax=docker/dockerfile:1',
      'ARG REGISTRY=ghcr.io/acme',
      'ARG NODE_VERSION=22',
      'ARG VARIANT',
      'FROM --platform=$BUILDPLATFORM node:${NODE_VERSION}-${VARIANT:-bookworm} AS build',
      'ARG INSIDE=ignored',
      'RUN npm ci',
      'FROM scratch AS empty',
      'FROM build AS test',
      'FROM --platform=linux/arm64 ${REGISTRY}/runtime@' + D,
      'COPY --from=build /app /app',
      'COPY --from=0 /x /x',
      'COPY --from=nginx:1.27 /etc/nginx /etc/nginx',
      ''
    ].join('\n')
    expect(brief(dockerfileImages('Dockerfile', text))).toEqual([
      '1:10-1:28 dockerfile-syntax docker/dockerfile:1 → docker.io/docker/dockerfile:1',
      '5:32-5:72 dockerfile-from node:${NODE_VERSION}-${VARIANT:-bookworm} → docker.io/library/node:22-bookworm [? $BUILDPLATFORM is set by the builder for each build]',
      `10:29-10:119 dockerfile-from \${REGISTRY}/runtime@${D} → ghcr.io/acme/runtime@${D} [linux/arm64]`,
      '13:13-13:22 dockerfile-copy nginx:1.27 → docker.io/library/nginx:1.27'
    ])
    const [syntax, first] = dockerfileImages('Dockerfile', text)
    expect(syntax).toMatchObject({ context: '# syntax= frontend' })
    expect(first).toMatchObject({ context: 'stage build', resolved: 'node:22-bookworm' })
  })

  it('reports what a default build cannot decide as unknown', () => {
    const text = [
      'ARG BASE',
      'ARG TAG=1',
      'FROM $BASE:$TAG',
      'FROM ${UNDECLARED:?required}',
      'FROM golang:1.23-${TARGETARCH}',
      'FROM node:${TAG:+x}${NOPE}',
      'FROM ${TAG:1}',
      ''
    ].join('\n')
    expect(brief(dockerfileImages('Dockerfile', text)).map((line) => line.replace(/^\S+ /, ''))).toEqual([
      'dockerfile-from $BASE:$TAG → unknown: ARG BASE has no default (the image depends on --build-arg BASE=…)',
      'dockerfile-from ${UNDECLARED:?required} → unknown: $UNDECLARED is not declared by an ARG before the first FROM',
      'dockerfile-from golang:1.23-${TARGETARCH} → unknown: $TARGETARCH is set by the builder for each build',
      // A default build expands an undeclared name to nothing (BuildKit's lexer): still a reference.
      'dockerfile-from node:${TAG:+x}${NOPE} → docker.io/library/node:x',
      'dockerfile-from ${TAG:1} → unknown: ${TAG:1} is not a substitution BuildKit evaluates: the build fails'
    ])
  })

  it('reads lower-case instructions, line continuations, heredocs and the escape directive', () => {
    const text = [
      '# escape=`',
      'from alpine:3.20 as Base',
      'run <<EOF',
      'FROM not-an-image:1',
      'EOF',
      'FROM `',
      '  base',
      'FROM `',
      '  debian:bookworm-slim `',
      '  AS final',
      'ARG WORD=`$literal',
      ''
    ].join('\r\n')
    expect(brief(dockerfileImages('Containerfile', text))).toEqual([
      '2:6-2:16 dockerfile-from alpine:3.20 → docker.io/library/alpine:3.20',
      '9:3-9:22 dockerfile-from debian:bookworm-slim → docker.io/library/debian:bookworm-slim'
    ])
  })

  it('matches stage names case-insensitively and only earlier stages', () => {
    const text = ['FROM golang:1.23 AS Builder', 'FROM builder', 'FROM later', 'FROM alpine AS later', ''].join('\n')
    // BuildKit's name for the stage is lower case.
    expect(dockerfileImages('Dockerfile', text)[0]!.context).toBe('stage builder')
    expect(brief(dockerfileImages('Dockerfile', text)).map((line) => line.split(' → ')[1])).toEqual([
      'docker.io/library/golang:1.23',
      'docker.io/library/later:latest',
      'docker.io/library/alpine:latest'
    ])
  })

  it('expands ARG defaults in order, with single quotes literal and ${V-word} only for unset', () => {
    const text = ['ARG A=1 B="${A}.2"', "ARG C='${A}'", 'ARG EMPTY=', 'FROM img:${B}', 'FROM img:${EMPTY:-dflt}', 'FROM img:x${EMPTY-dflt}', ''].join('\n')
    expect(brief(dockerfileImages('Dockerfile', text)).map((line) => line.split(' → ')[1])).toEqual([
      'docker.io/library/img:1.2',
      'docker.io/library/img:dflt',
      'docker.io/library/img:x'
    ])
    expect(expandArgs('${C}', new Map([['C', { value: '${A}' }]]))).toEqual({ ok: true, value: '${A}' })
    expect(expandArgs('\\$HOME', new Map())).toEqual({ ok: true, value: '$HOME' })
  })

  it('reports an expanded value that is not a reference, and uppercase repositories', () => {
    const text = ['ARG IMG=Acme', 'FROM ${IMG}', 'FROM My/Image', ''].join('\n')
    const [first, second] = dockerfileImages('Dockerfile', text)
    expect(first!.unknown).toBe('"Acme" is not a valid image reference: repository "Acme" must be lower case')
    // `My` has an upper-case letter: distribution reads it as a registry host; the path is then checked.
    expect(second!.unknown).toContain('must be lower case')
  })

  it('finds COPY --from among other flags and RUN --mount from= images, not stages (later ones too)', () => {
    // The shapes of BuildKit-era application Dockerfiles: `COPY --link --from=…`, cache and bind mounts.
    const text = [
      'FROM golang:1.23 AS build',
      'RUN --mount=type=cache,target=/root/.cache/go-build,from=ghcr.io/acme/gocache:1 \\',
      '    --mount=type=bind,from=BUILD,source=/src,target=/src go build ./...',
      'RUN --mount=type=bind,target=/x true',
      'FROM gcr.io/distroless/static:nonroot',
      'COPY --link --from=build /out /app',
      'COPY --from=docker.io/tonistiigi/xx:1.6 --chmod=755 /usr/bin/xx-* /usr/bin/',
      'COPY --chown=1:1 --from=${HELPER} /a /b',
      'ONBUILD COPY --from=later:1 /a /b',
      'COPY --from=Tools /bin/t /bin/t',
      'RUN --mount=from=tools,target=/t true',
      'FROM alpine:3.20 AS tools',
      ''
    ].join('\n')
    expect(brief(dockerfileImages('Dockerfile', text))).toEqual([
      '1:6-1:16 dockerfile-from golang:1.23 → docker.io/library/golang:1.23',
      '5:6-5:37 dockerfile-from gcr.io/distroless/static:nonroot → gcr.io/distroless/static:nonroot',
      '12:6-12:16 dockerfile-from alpine:3.20 → docker.io/library/alpine:3.20',
      '7:13-7:39 dockerfile-copy docker.io/tonistiigi/xx:1.6 → docker.io/tonistiigi/xx:1.6',
      '8:25-8:33 dockerfile-copy ${HELPER} → unknown: COPY --from uses a variable, which BuildKit refuses ("variable expansion is not supported for --from"): the build fails',
      '2:58-2:79 dockerfile-mount ghcr.io/acme/gocache:1 → ghcr.io/acme/gocache:1'
    ])
    expect(dockerfileImages('Dockerfile', text).at(-1)!.context).toBe('RUN --mount (cache)')
  })

  it('takes a FROM that can only name earlier stages for a stage, and keeps builder values unknown through :- and :+', () => {
    // BuildKit's own shape: per-OS stages chosen by $TARGETOS, and an ARG whose default is computed from one.
    const text = [
      'ARG FLAVOUR=${TARGETPLATFORM#linux/}',
      'ARG FLAVOUR=${FLAVOUR:+"x"}',
      'ARG MODE',
      'ARG MODE=${MODE:-"release"}',
      'ARG NODEFAULT',
      'ARG CHAINED=${NODEFAULT}',
      'FROM alpine:3.20 AS bin-linux',
      'FROM alpine:3.20 AS bin-windows',
      'FROM bin-$TARGETOS${DEBUG:+-debug} AS bin',
      'FROM img:${FLAVOUR:-plain}',
      'FROM img:${MODE}',
      'FROM img:${CHAINED:-dflt}',
      'FROM $BASE-linux',
      'FROM other-$TARGETOS',
      ''
    ].join('\n')
    expect(brief(dockerfileImages('Dockerfile', text)).map((line) => line.replace(/^\S+ /, ''))).toEqual([
      'dockerfile-from alpine:3.20 → docker.io/library/alpine:3.20',
      'dockerfile-from alpine:3.20 → docker.io/library/alpine:3.20',
      'dockerfile-from img:${FLAVOUR:-plain} → unknown: ARG FLAVOUR: $TARGETPLATFORM is set by the builder for each build',
      'dockerfile-from img:${MODE} → docker.io/library/img:release',
      'dockerfile-from img:${CHAINED:-dflt} → docker.io/library/img:dflt',
      'dockerfile-from $BASE-linux → unknown: $BASE is not declared by an ARG before the first FROM',
      'dockerfile-from other-$TARGETOS → unknown: $TARGETOS is set by the builder for each build'
    ])
  })

  it('expands an ARG without a default to nothing, as a default build does, and says why when that is no reference', () => {
    const text = [
      'ARG MIRROR',
      'ARG SUFFIX',
      'ARG TAG=${SUFFIX}',
      'FROM ${MIRROR}alpine:3.20',
      'FROM ubuntu:${TAG}',
      'FROM ${TAG:-debian}:bookworm',
      'FROM ${TAG-debian}:x',
      'FROM --platform=linux/${SUFFIX} busybox:1.36',
      'FROM $MIRROR',
      ''
    ].join('\n')
    expect(brief(dockerfileImages('Dockerfile', text)).map((line) => line.replace(/^\S+ /, ''))).toEqual([
      'dockerfile-from ${MIRROR}alpine:3.20 → docker.io/library/alpine:3.20',
      'dockerfile-from ubuntu:${TAG} → unknown: ARG SUFFIX has no default (the image depends on --build-arg SUFFIX=…)',
      'dockerfile-from ${TAG:-debian}:bookworm → docker.io/library/debian:bookworm',
      // TAG is set (to the empty value SUFFIX gave it): `-` keeps it.
      'dockerfile-from ${TAG-debian}:x → unknown: ARG SUFFIX has no default (the image depends on --build-arg SUFFIX=…)',
      'dockerfile-from busybox:1.36 → docker.io/library/busybox:1.36 [? ARG SUFFIX has no default (the image depends on --build-arg SUFFIX=…)]',
      'dockerfile-from $MIRROR → unknown: ARG MIRROR has no default (the image depends on --build-arg MIRROR=…)'
    ])
    expect(dockerfileImages('Dockerfile', text)[0]).toMatchObject({ resolved: 'alpine:3.20' })
  })

  it('compares scratch and stage names with the name as written, refuses an image ID and a variable in a mount from=', () => {
    const hex = 'e'.repeat(64)
    const text = [
      'FROM alpine:3.20 AS builder',
      'FROM Builder',
      'FROM SCRATCH',
      `FROM ${hex}`,
      'ARG HELPER=busybox',
      'RUN --mount=type=bind,from=$HELPER,target=/h true',
      ''
    ].join('\n')
    expect(brief(dockerfileImages('Dockerfile', text)).map((line) => line.replace(/^\S+ /, ''))).toEqual([
      'dockerfile-from alpine:3.20 → docker.io/library/alpine:3.20',
      'dockerfile-from Builder → unknown: "Builder" is not a valid image reference: repository "Builder" must be lower case',
      'dockerfile-from SCRATCH → unknown: "SCRATCH" is not a valid image reference: repository "SCRATCH" must be lower case',
      `dockerfile-from ${hex} → unknown: "${hex}" is not a valid image reference: 64 hexadecimal digits name an image ID, not a repository`,
      "dockerfile-mount $HELPER → unknown: RUN --mount (bind) from= uses a variable, which BuildKit refuses (\"'from' doesn't support variable expansion\"): the build fails"
    ])
  })

  it('reads the syntax directive as BuildKit detects it: after a byte-order mark or #!, any Unicode space after #', () => {
    const image = (text: string): string[] => brief(dockerfileImages('Dockerfile', text).filter((found) => found.kind === 'dockerfile-syntax'))
    expect(image('#\u00a0syntax = docker/dockerfile:1.7 \nFROM alpine\n')).toEqual([
      '1:12-1:32 dockerfile-syntax docker/dockerfile:1.7 → docker.io/docker/dockerfile:1.7'
    ])
    expect(image('\ufeff#!/usr/bin/env buildctl\n# escape=`\n#SYNTAX=ghcr.io/acme/frontend:2\nFROM alpine\n')).toEqual([
      '3:9-3:31 dockerfile-syntax ghcr.io/acme/frontend:2 → ghcr.io/acme/frontend:2'
    ])
    // An unknown directive or any other line ends the directives.
    expect(image('# note=x\n# syntax=docker/dockerfile:1\nFROM alpine\n')).toEqual([])
    expect(image('FROM alpine\n# syntax=docker/dockerfile:1\n')).toEqual([])
  })

  it('evaluates the pattern substitutions as BuildKit does, and keeps an earlier or automatic value on an ARG without a default', () => {
    const text = [
      'ARG V=v1.2.3-alpine',
      'ARG V',
      'ARG TARGETARCH',
      'ARG BUILDOS=linux',
      'ARG P=linux/arm64/v8',
      'FROM node:${V#v}',
      'FROM node:${V%-*}',
      'FROM node:${V%%.*}',
      'FROM node:${V##*.}',
      'FROM node:${V/alpine/slim}',
      'FROM node:${V//./_}',
      'FROM node:${V#*.}',
      'FROM --platform=${P%/*} img:${BUILDOS}',
      'FROM img-${TARGETARCH}',
      'FROM img:${V/x}',
      ''
    ].join('\n')
    expect(brief(dockerfileImages('Dockerfile', text)).map((line) => line.replace(/^\S+ /, ''))).toEqual([
      'dockerfile-from node:${V#v} → docker.io/library/node:1.2.3-alpine',
      'dockerfile-from node:${V%-*} → docker.io/library/node:v1.2.3',
      'dockerfile-from node:${V%%.*} → docker.io/library/node:v1',
      'dockerfile-from node:${V##*.} → docker.io/library/node:3-alpine',
      'dockerfile-from node:${V/alpine/slim} → docker.io/library/node:v1.2.3-slim',
      'dockerfile-from node:${V//./_} → docker.io/library/node:v1_2_3-alpine',
      'dockerfile-from node:${V#*.} → docker.io/library/node:2.3-alpine',
      'dockerfile-from img:${BUILDOS} → docker.io/library/img:linux [linux/arm64]',
      'dockerfile-from img-${TARGETARCH} → unknown: $TARGETARCH is set by the builder for each build',
      'dockerfile-from img:${V/x} → unknown: ${V/x} has no / before its replacement: the build fails'
    ])
  })

  it('runs a pattern from the file in linear time', () => {
    const text = [`ARG V=${'a'.repeat(3000)}`, 'FROM img:x${V#*a*a*a*a*a*a*a*a*a*a*b}', 'FROM img:x${V//*a*a*a*a*a*a*a*a*b/}', ''].join('\n')
    const started = Date.now()
    const images = dockerfileImages('Dockerfile', text)
    expect(Date.now() - started).toBeLessThan(2000)
    // No match: nothing removed, nothing replaced (a tag of 3,001 characters is no tag).
    expect(images.map((image) => image.unknown)).toEqual([expect.stringContaining('is not a valid tag'), expect.stringContaining('is not a valid tag')])
    // `img:x` and the 3,000 letters, whole.
    expect(images.map((image) => image.resolved?.length)).toEqual([3005, 3005])
  })

  it('leaves substitutions nested past 100 unknown instead of exhausting the stack', () => {
    const nested = (n: number): string => 'FROM img:' + '${A:-'.repeat(n) + 'x' + '}'.repeat(n)
    expect(dockerfileImages('Dockerfile', nested(100))[0]!.ref?.canonical).toBe('docker.io/library/img:x')
    expect(dockerfileImages('Dockerfile', nested(20000))[0]!.unknown).toBe('substitutions nested more than 100 deep')
  })

  it('reads a FROM as written: escapes kept in a pattern, taken elsewhere, a literal $ not expanded again', () => {
    const text = [
      'ARG V=v1.2',
      'ARG A=\\$B',
      'FROM img:${V##\\*}',
      'FROM img:${V%\\.*}',
      'FROM img:${V/./\\/}',
      'FROM img:\\${V}',
      'FROM img:x\\y',
      'FROM img:${A}',
      ''
    ].join('\n')
    expect(brief(dockerfileImages('Dockerfile', text)).map((line) => line.replace(/^\S+ /, ''))).toEqual([
      // `\*` is a literal star: nothing of v1.2 matches, nothing is removed.
      'dockerfile-from img:${V##*} → docker.io/library/img:v1.2',
      'dockerfile-from img:${V%.*} → unknown: ${V%\\.*} has an escape BuildKit refuses: the build fails',
      'dockerfile-from img:${V/.//} → unknown: "img:v1\\\\/2" is not a valid image reference: "img:v1\\\\" is not a registry host',
      'dockerfile-from img:\\${V} → unknown: "img:${V}" is not a valid image reference: "${V}" is not a valid tag',
      'dockerfile-from img:xy → docker.io/library/img:xy',
      'dockerfile-from img:${A} → unknown: "img:$B" is not a valid image reference: "$B" is not a valid tag'
    ])
  })

  it('reports a FROM BuildKit refuses as unknown: a comment after the image, a missing or invalid stage name', () => {
    const text = ['FROM node:20 # the LTS', 'FROM alpine:3.20 AS', 'FROM alpine:3.20 AS 1st', 'FROM alpine:3.20 As Ok.Name_1', ''].join('\n')
    expect(brief(dockerfileImages('Dockerfile', text)).map((line) => line.replace(/^\S+ /, ''))).toEqual([
      'dockerfile-from node:20 → unknown: BuildKit refuses this FROM (it takes an image and an optional "AS name", not 4 words): the build fails',
      'dockerfile-from alpine:3.20 → unknown: BuildKit refuses this FROM (it takes an image and an optional "AS name", not 2 words): the build fails',
      'dockerfile-from alpine:3.20 → unknown: BuildKit refuses the stage name "1st" (a letter, then letters, digits, "-", "_" or "."): the build fails',
      'dockerfile-from alpine:3.20 → docker.io/library/alpine:3.20'
    ])
  })

  it('reads flag values as BuildKit does: quotes removed, the escape character, --mount options as CSV; stage indexes after COPY only', () => {
    const text = [
      'FROM golang:1.23 AS build',
      'FROM --platform="linux/arm64" alpine:3.20',
      'COPY --from="build" /a /b',
      "COPY --from='busybox:1.36' /a /b",
      'COPY --from=docker.io/acme/to\\ol:1 /a /b',
      'RUN --mount="type=bind,from=ghcr.io/acme/data:2,target=/d" --mount=type=cache,FROM=BUILD,target=/c true',
      'COPY --from=1 /a /b',
      'COPY --from=2 /a /b',
      'RUN --mount=from=0,target=/z true',
      ''
    ].join('\n')
    expect(brief(dockerfileImages('Dockerfile', text)).map((line) => line.replace(/^\S+ /, ''))).toEqual([
      'dockerfile-from golang:1.23 → docker.io/library/golang:1.23',
      'dockerfile-from alpine:3.20 → docker.io/library/alpine:3.20 [linux/arm64]',
      'dockerfile-copy busybox:1.36 → docker.io/library/busybox:1.36',
      'dockerfile-copy docker.io/acme/tool:1 → docker.io/acme/tool:1',
      'dockerfile-copy 2 → unknown: COPY --from=2 names stage 2, which this file does not have (it has 2): the build fails',
      'dockerfile-mount ghcr.io/acme/data:2 → ghcr.io/acme/data:2',
      // A mount's from= names a stage by name only: `0` is the image docker.io/library/0.
      'dockerfile-mount 0 → docker.io/library/0:latest'
    ])
  })

  it('knows Dockerfile names', () => {
    expect(
      [
        'Dockerfile',
        'app/Dockerfile',
        'Dockerfile.dev',
        'build/web.Dockerfile',
        'web.dockerfile',
        'Containerfile',
        'x/dockerfile',
        'rootfs/Dockerfile-chroot',
        'Dockerfile_alpine',
        'Dockerfile.ubuntu-22.04'
      ].every(isDockerfileName)
    ).toBe(true)
    expect(
      [
        'Dockerfile.md',
        'Dockerfile.dockerignore',
        'docker-compose.yml',
        'Dockerfiles/readme.txt',
        'MyDockerfile',
        'pkg/dockerfile.go',
        'src/dockerfile_test.go',
        'lib/dockerfile-parser.ts',
        'Dockerfile.tmpl',
        'Dockerfile.template',
        'Dockerfile.j2',
        // A policy about Dockerfiles (Open Policy Agent, conftest).
        'policy/Dockerfile.rego'
      ].filter(isDockerfileName)
    ).toEqual([])
  })
})
