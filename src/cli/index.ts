/** Entry point of the `chaingate` command (bundled to dist/cli.js). */
import { main } from './main.js'
import { processIo } from './io.js'

const io = processIo()
process.exitCode = await io.finish(await main(process.argv.slice(2), io))
