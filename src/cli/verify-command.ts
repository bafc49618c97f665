/** `chaingate verify`: placeholder until verification lands. */
import { ConfigurationError } from '../model/errors.js'
import type { CliIo } from './io.js'

export async function verifyCommand(_argv: string[], _io: CliIo): Promise<number> {
  throw new ConfigurationError('chaingate verify is not available in this build yet')
}
