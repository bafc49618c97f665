#!/usr/bin/env node
// The `chaingate` command: the bundled CLI.
import '../dist/cli.js'
