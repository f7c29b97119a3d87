// Sums what a browser must fetch before the first screen: index.html and every script and
// stylesheet it names (entry, module preloads, CSS), gzipped as the server sends them. Fails the
// build above the budget of the web-console issue (500 KB gzipped).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync, constants } from 'node:zlib'

const BUDGET = 500 * 1000
const out = process.argv[2]
const html = readFileSync(join(out, 'index.html'), 'utf8')
const refs = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1])
const gz = (bytes) => gzipSync(bytes, { level: constants.Z_BEST_COMPRESSION }).length
let total = gz(Buffer.from(html))
const rows = [`  index.html ${gz(Buffer.from(html))} B`]
for (const ref of new Set(refs)) {
  const size = gz(readFileSync(join(out, ref)))
  total += size
  rows.push(`  ${ref} ${size} B`)
}
console.log(`console first load: ${(total / 1000).toFixed(1)} KB gzipped (budget ${BUDGET / 1000} KB)\n${rows.join('\n')}`)
if (total > BUDGET) {
  console.error('console first load is over budget')
  process.exit(1)
}
