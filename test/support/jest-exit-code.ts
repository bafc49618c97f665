/**
 * Code under test that sets process.exitCode (core.setFailed, the CLI entry) would otherwise decide jest's
 * own exit status when jest runs in band: every test must leave it unset.
 */
import { afterEach, expect } from '@jest/globals'

afterEach(() => {
  const leaked = process.exitCode
  process.exitCode = undefined
  expect(`process.exitCode after this test: ${String(leaked ?? 'unset')}`).toBe('process.exitCode after this test: unset')
})
