/** Entry point of the action (bundled to dist/index.js). */
import { useSynchronousStdio } from '../runtime/sync-stdio.js'
import { run } from './main.js'

useSynchronousStdio()

process.exitCode = await run()
