// Prints the figures the react-bench tests wrote to .bench-results/react-bench/ (tests may not
// print to the console themselves): one line a figure, `figure  budget  ratio  ok/over`.
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const dir = join(dirname(fileURLToPath(import.meta.url)), '../../../.bench-results/react-bench')

let files = []
try {
  files = readdirSync(dir).filter((file) => file.endsWith('.json'))
} catch {
  // No results yet: said below.
}
if (files.length === 0) {
  console.log(`No bench results in ${dir}: run \`npm run bench\` in packages/react.`)
  process.exit(1)
}

const format = (value, unit) =>
  unit === 'ms' ? `${value.toFixed(1)} ms` : unit === '×' ? `${value.toFixed(2)}×` : `${value}`

const rows = [['figure', 'value', 'budget', 'ratio', '']]
const notes = []
for (const file of files.sort()) {
  const { figures, writtenAt } = JSON.parse(readFileSync(join(dir, file), 'utf8'))
  for (const figure of figures) {
    const ratio = figure.value / figure.budget
    const median = figure.repetitions > 1 ? ` (median of ${figure.repetitions})` : ''
    rows.push([
      figure.name,
      `${format(figure.value, figure.unit)}${median}`,
      format(figure.budget, figure.unit),
      ratio.toFixed(2),
      ratio <= 1 ? 'ok' : 'over',
    ])
    notes.push(`${figure.name} (${writtenAt}): ${figure.details ?? ''}`)
  }
}

const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)))
for (const row of rows) {
  console.log(
    row
      .map((cell, column) => cell.padEnd(widths[column]))
      .join('  ')
      .trimEnd(),
  )
}
console.log(`\n${notes.join('\n')}`)
