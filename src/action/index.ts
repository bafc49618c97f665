/** Entry point of the action (bundled to dist/index.js). */
import { run } from './main.js'

process.exitCode = await run(process.env, { synchronousStdio: true })
