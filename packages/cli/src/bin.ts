import { toIsoDate } from '@okrkit/core'
import { run } from './cli'
import { colorsFor } from './colors'

// `okrkit report … | head` closes the pipe early: that is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0)
  throw error
})

process.exitCode = await run(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  colors: {
    out: colorsFor(process.stdout, process.env),
    err: colorsFor(process.stderr, process.env),
  },
  today: toIsoDate(new Date()),
  result: { exitCode: 0 },
})
