#!/usr/bin/env node
/**
 * Builds the monorepo the inventory benchmark reads: one directory per project, each with a lockfile made
 * by the real package manager (npm, pnpm, yarn, uv, cargo, go), resolved as of a fixed date where the tool
 * allows it. Needs the registries (npm, PyPI, crates.io, the Go module proxy) once; the result is cached in
 * `bench/corpus/inventory/` (git-ignored, never in the package) and reused by `bench/inventory.mjs`.
 *
 *   scripts/install-peers.sh js-package-managers uv      # pnpm, yarn and uv, pinned, outside the repository
 *   scripts/node24 bench/inventory-corpus.mjs [--out bench/corpus/inventory] [--force]
 *
 * No shell: every tool is run with an argument list. A project whose tool is missing or fails is reported
 * and left out; the script exits non-zero when fewer than 50 lockfiles were made.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const args = process.argv.slice(2)
const option = (name, fallback) => {
  const index = args.indexOf(`--${name}`)
  return index >= 0 ? args[index + 1] : fallback
}
const OUT = path.resolve(option('out', 'bench/corpus/inventory'))
const FORCE = args.includes('--force')
const BEFORE = '2026-11-30'
const PEERS = process.env.CHAINGATE_PEERS_DIR ?? path.join(os.homedir(), '.cache', 'chaingate-peers')

// Top-level dependencies of each npm project: [runtime, dev].
const NPM_PROJECTS = [
  [
    ['express', 'lodash', 'body-parser'],
    ['jest', 'supertest']
  ],
  [
    ['react', 'react-dom', 'next'],
    ['typescript', '@types/react', 'eslint', 'eslint-config-next']
  ],
  [['webpack', 'webpack-cli', 'babel-loader', '@babel/core', '@babel/preset-env'], ['webpack-dev-server']],
  [
    ['@nestjs/core', '@nestjs/common', '@nestjs/platform-express', 'rxjs', 'reflect-metadata'],
    ['@nestjs/cli', '@nestjs/testing']
  ],
  [
    ['mongoose', 'axios', 'dotenv'],
    ['nodemon', 'mocha', 'chai']
  ],
  [
    ['@aws-sdk/client-s3', '@aws-sdk/client-dynamodb'],
    ['aws-cdk-lib', 'constructs']
  ],
  [
    ['vue', 'vue-router', 'pinia'],
    ['vite', '@vitejs/plugin-vue', 'vitest']
  ],
  [
    ['@angular/core', '@angular/common', '@angular/router', 'zone.js'],
    ['@angular/cli', '@angular-devkit/build-angular', 'karma']
  ],
  [['sequelize', 'pg', 'winston'], ['sequelize-cli']],
  [
    ['socket.io', 'redis', 'ioredis'],
    ['ts-node', 'typescript']
  ],
  [['graphql', '@apollo/server', 'graphql-tag'], ['@graphql-codegen/cli']],
  [
    ['@mui/material', '@emotion/react', '@emotion/styled', 'react', 'react-dom'],
    ['@storybook/react', 'storybook']
  ],
  [['three', 'd3', 'chart.js'], ['parcel']],
  [['moment', 'dayjs', 'date-fns', 'luxon'], ['prettier']],
  [['gulp', 'gulp-sass', 'sass'], ['browser-sync']],
  [['puppeteer'], ['jest-puppeteer']],
  [['prisma', '@prisma/client', 'zod'], ['tsx']],
  [['tailwindcss', 'postcss', 'autoprefixer'], ['@tailwindcss/forms']],
  [['firebase', 'firebase-admin'], ['firebase-tools']],
  [['electron-updater'], ['electron', 'electron-builder']],
  [['hardhat', 'ethers'], ['@nomicfoundation/hardhat-toolbox']],
  [
    ['@sveltejs/kit', 'svelte'],
    ['@sveltejs/adapter-auto', 'svelte-check']
  ],
  [['astro'], ['@astrojs/check']],
  [['react-native'], ['@react-native/babel-preset', 'metro-react-native-babel-preset']],
  [['lerna'], ['nx']],
  [['sharp', 'jimp'], ['ava']],
  [
    ['passport', 'passport-jwt', 'jsonwebtoken', 'bcrypt'],
    ['eslint', 'eslint-plugin-import']
  ],
  [['knex', 'mysql2', 'sqlite3'], ['jest']],
  [['koa', '@koa/router', 'koa-body'], ['c8']],
  [['fastify', '@fastify/cors', 'pino'], ['tap']],
  [['@remix-run/node', '@remix-run/react', '@remix-run/serve'], ['@remix-run/dev']],
  [['gatsby', 'gatsby-plugin-image'], []],
  [['react-scripts', 'react', 'react-dom'], []],
  [['@tensorflow/tfjs'], ['karma-chrome-launcher']],
  [['openai', '@anthropic-ai/sdk', 'langchain'], ['vitest']],
  [['@docusaurus/core', '@docusaurus/preset-classic', '@mdx-js/react'], ['@docusaurus/module-type-aliases']],
  [['expo', 'expo-router', 'react-native-web'], ['@babel/core']],
  [
    ['@vue/cli-service', 'vue-template-compiler'],
    ['@vue/cli-plugin-babel', '@vue/cli-plugin-eslint']
  ],
  [['@keystone-6/core', 'graphql'], []],
  [
    ['@nrwl/workspace', '@nx/react'],
    ['@nx/jest', '@nx/eslint']
  ],
  [['webpack', 'html-webpack-plugin', 'css-loader', 'style-loader', 'sass-loader', 'mini-css-extract-plugin'], ['webpack-bundle-analyzer']],
  [['serverless', 'serverless-offline'], ['serverless-webpack']],
  [['@loopback/core', '@loopback/rest', '@loopback/repository'], ['@loopback/testlab']],
  [
    ['meteor-node-stubs', 'react', 'react-dom'],
    ['@storybook/addon-essentials', '@storybook/react-webpack5']
  ],
  [
    ['typeorm', 'mssql', 'oracledb', 'mongodb'],
    ['ts-jest', 'jest']
  ],
  [
    ['bull', 'bullmq', 'agenda', 'node-cron'],
    ['sinon', 'nyc']
  ],
  [['@playwright/test', 'cypress'], ['start-server-and-test']],
  [['verdaccio'], []],
  [['node-red'], []],
  [['appium'], []]
]
const PNPM_PROJECTS = [
  [['express', 'helmet', 'cors'], ['vitest']],
  [
    ['react', 'react-dom', '@tanstack/react-query'],
    ['vite', '@vitejs/plugin-react']
  ],
  [['nuxt'], ['@nuxt/devtools']]
]
const YARN_PROJECTS = [
  [
    ['jquery', 'bootstrap', 'popper.js'],
    ['grunt', 'grunt-contrib-uglify']
  ],
  [['redux', '@reduxjs/toolkit', 'react-redux'], ['@testing-library/react']],
  [['ember-source'], ['ember-cli']]
]
const PY_PROJECTS = [
  ['django', 'djangorestframework', 'celery', 'psycopg2-binary'],
  ['flask', 'sqlalchemy', 'alembic', 'gunicorn'],
  ['pandas', 'scikit-learn', 'matplotlib', 'seaborn'],
  ['fastapi', 'uvicorn[standard]', 'pydantic-settings', 'httpx'],
  ['jupyterlab', 'ipywidgets'],
  ['boto3', 'awscli', 'moto'],
  ['pytest', 'tox', 'black', 'mypy', 'ruff'],
  ['scrapy', 'beautifulsoup4', 'lxml'],
  ['torch-geometric', 'networkx', 'sympy']
]
const CARGO_PROJECTS = [
  ['tokio@1 --features full', 'serde@1 --features derive', 'reqwest@0.12 --features json'],
  ['actix-web@4', 'sqlx@0.8 --features postgres,runtime-tokio'],
  ['clap@4 --features derive', 'anyhow@1', 'tracing-subscriber@0.3'],
  ['axum@0.8', 'tower-http@0.6 --features full'],
  ['diesel@2 --features postgres', 'chrono@0.4'],
  ['wgpu@25', 'winit@0.30']
]
const GO_PROJECTS = [
  ['github.com/gin-gonic/gin'],
  ['k8s.io/client-go/kubernetes', 'k8s.io/apimachinery/pkg/apis/meta/v1'],
  ['github.com/spf13/cobra', 'github.com/spf13/viper'],
  ['google.golang.org/grpc', 'google.golang.org/protobuf/proto'],
  ['github.com/aws/aws-sdk-go-v2/service/s3', 'github.com/aws/aws-sdk-go-v2/config'],
  ['github.com/prometheus/client_golang/prometheus', 'go.uber.org/zap']
]

const made = []
const failed = []

function run(command, argv, cwd, env = {}) {
  const result = spawnSync(command, argv, { cwd, env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: 15 * 60 * 1000 })
  if (result.status !== 0)
    throw new Error(`${command} ${argv.join(' ')}: ${(result.error?.message ?? result.stderr ?? '').trim().split('\n').slice(-3).join(' | ')}`)
  return result.stdout
}

function project(dir, lockfile, make) {
  const full = path.join(OUT, dir)
  if (!FORCE && fs.existsSync(path.join(full, lockfile))) {
    made.push(`${dir}/${lockfile}`)
    return
  }
  fs.rmSync(full, { recursive: true, force: true })
  fs.mkdirSync(full, { recursive: true })
  try {
    make(full)
    if (!fs.existsSync(path.join(full, lockfile))) throw new Error(`${lockfile} was not written`)
    made.push(`${dir}/${lockfile}`)
    process.stderr.write(`made ${dir}/${lockfile}\n`)
  } catch (error) {
    failed.push(`${dir}: ${error.message}`)
    process.stderr.write(`FAILED ${dir}: ${error.message}\n`)
  }
}

function packageJson(full, name, [runtime, dev]) {
  fs.writeFileSync(
    path.join(full, 'package.json'),
    JSON.stringify(
      {
        name,
        version: '1.0.0',
        private: true,
        dependencies: Object.fromEntries(runtime.map((dep) => [dep, '*'])),
        devDependencies: Object.fromEntries(dev.map((dep) => [dep, '*']))
      },
      null,
      2
    )
  )
}

fs.mkdirSync(OUT, { recursive: true })
fs.writeFileSync(
  path.join(OUT, 'README.md'),
  'Generated by bench/inventory-corpus.mjs: one project per directory, lockfiles made by the real package managers.\n'
)

NPM_PROJECTS.forEach((deps, index) => {
  const dir = `js/npm-${String(index).padStart(2, '0')}`
  project(dir, 'package-lock.json', (full) => {
    packageJson(full, `npm-${index}`, deps)
    run('npm', ['install', '--package-lock-only', '--ignore-scripts', '--no-audit', '--no-fund', '--legacy-peer-deps', `--before=${BEFORE}`], full)
  })
})
const pnpm = path.join(PEERS, 'bin', 'pnpm')
PNPM_PROJECTS.forEach((deps, index) => {
  const dir = `js/pnpm-${index}`
  project(dir, 'pnpm-lock.yaml', (full) => {
    packageJson(full, `pnpm-${index}`, deps)
    run(pnpm, ['install', '--lockfile-only', '--ignore-scripts'], full)
  })
})
const yarn = path.join(PEERS, 'bin', 'yarn')
YARN_PROJECTS.forEach((deps, index) => {
  const dir = `js/yarn-${index}`
  project(dir, 'yarn.lock', (full) => {
    packageJson(full, `yarn-${index}`, deps)
    run(yarn, ['install', '--ignore-scripts', '--ignore-engines', '--non-interactive', '--mode=update-lockfile', '--no-progress'], full)
    // Yarn classic downloads packages even in this mode: keep only the lockfile, like the other projects.
    fs.rmSync(path.join(full, 'node_modules'), { recursive: true, force: true })
  })
})
const uv = path.join(PEERS, 'bin', 'uv')
PY_PROJECTS.forEach((deps, index) => {
  const dir = `py/uv-${index}`
  project(dir, 'uv.lock', (full) => {
    fs.writeFileSync(
      path.join(full, 'pyproject.toml'),
      `[project]\nname = "py-${index}"\nversion = "1.0.0"\nrequires-python = ">=3.10"\ndependencies = [${deps.map((dep) => JSON.stringify(dep)).join(', ')}]\n\n[dependency-groups]\ndev = ["pytest"]\n`
    )
    run(uv, ['lock', '--exclude-newer', `${BEFORE}T00:00:00Z`], full)
  })
})
CARGO_PROJECTS.forEach((deps, index) => {
  const dir = `rust/cargo-${index}`
  project(dir, 'Cargo.lock', (full) => {
    run('cargo', ['init', '--quiet', '--vcs', 'none', '--name', `rust_${index}`], full)
    for (const dep of deps) run('cargo', ['add', '--quiet', ...dep.split(' ')], full)
    run('cargo', ['generate-lockfile', '--quiet'], full)
  })
})
GO_PROJECTS.forEach((imports, index) => {
  const dir = `go/mod-${index}`
  project(dir, 'go.mod', (full) => {
    run('go', ['mod', 'init', `example.com/bench/mod${index}`], full)
    const blank = `package main\n\nimport (\n${imports.map((name) => `\t_ ${JSON.stringify(name)}`).join('\n')}\n)\n\nfunc main() {}\n`
    fs.writeFileSync(path.join(full, 'main.go'), blank)
    run('go', ['mod', 'tidy'], full, { GOFLAGS: '-mod=mod', GOTOOLCHAIN: 'local' })
  })
})

const summary = { out: OUT, lockfiles: made.length, failed }
fs.writeFileSync(path.join(OUT, 'corpus.json'), JSON.stringify(summary, null, 2))
console.log(JSON.stringify(summary, null, 2))
if (made.length < 50) process.exitCode = 1
