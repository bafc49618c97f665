/**
 * The V8 tuning held while images stream: set by the first holder, undone by the last release, whatever
 * the order; a release twice counts once. V8's flag setter is replaced here (setting the flags for real
 * would leave this test worker without its optimizing compilers).
 */
import { afterEach, describe, expect, it, jest } from '@jest/globals'
import v8 from 'node:v8'
import { holdImageStreamingTune } from '../../src/runtime/image-streaming.js'

describe('holdImageStreamingTune', () => {
  afterEach(() => {
    jest.restoreAllMocks()
  })

  it('turns the optimizing compilers off for the first holder and on again after the last release', () => {
    const set = jest.spyOn(v8, 'setFlagsFromString').mockImplementation(() => undefined)
    const first = holdImageStreamingTune()
    expect(set.mock.calls.map(([flag]) => flag)).toEqual(['--semi-space-growth-factor=1', '--no-maglev', '--no-turbofan'])
    const second = holdImageStreamingTune()
    first()
    first()
    // The second holder still streams: nothing undone yet, and a repeated release changed nothing.
    expect(set).toHaveBeenCalledTimes(3)
    second()
    expect(set.mock.calls.slice(3).map(([flag]) => flag)).toEqual(['--maglev', '--turbofan'])
    // A new holder sets them again.
    const third = holdImageStreamingTune()
    expect(set.mock.calls.slice(5).map(([flag]) => flag)).toEqual(['--semi-space-growth-factor=1', '--no-maglev', '--no-turbofan'])
    third()
  })
})
