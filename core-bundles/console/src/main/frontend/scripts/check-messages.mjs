// Every label of the console comes from the message files: this check fails the build when
// a key is used but missing, when the two languages differ in their keys, or when Chinese text
// is written into a component instead of src/i18n/zh-CN.json.
import { readFileSync, readdirSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'

const root = new URL('..', import.meta.url).pathname
const src = join(root, 'src')

function flatten(object, prefix = '', out = {}) {
  for (const [key, value] of Object.entries(object)) {
    const path = prefix ? `${prefix}.${key}` : key
    if (value !== null && typeof value === 'object') flatten(value, path, out)
    else out[path] = value
  }
  return out
}

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? files(path) : [path]
  })
}

const zh = flatten(JSON.parse(readFileSync(join(src, 'i18n/zh-CN.json'), 'utf8')))
const en = flatten(JSON.parse(readFileSync(join(src, 'i18n/en.json'), 'utf8')))
const problems = []
for (const key of Object.keys(zh)) if (!(key in en)) problems.push(`en.json lacks ${key}`)
for (const key of Object.keys(en)) if (!(key in zh)) problems.push(`zh-CN.json lacks ${key}`)

const cjk = /[\u3400-\u9fff\uff00-\uffef\u3000-\u303f]/
const used = /\bt\(\s*'([a-zA-Z0-9_.-]+)'/g
for (const file of files(src).filter((f) => /\.(vue|js)$/.test(f))) {
  const text = readFileSync(file, 'utf8')
  const name = relative(root, file)
  text.split('\n').forEach((line, i) => {
    const code = line.trim()
    const comment = code.startsWith('//') || code.startsWith('*') || code.startsWith('/*') || code.startsWith('<!--')
    if (!comment && cjk.test(line)) problems.push(`${name}:${i + 1}: Chinese text belongs in src/i18n/zh-CN.json`)
  })
  for (const match of text.matchAll(used)) {
    const key = match[1]
    // A key ending in '.' is a prefix completed at run time (e.g. t('status.application.' + s)).
    if (key.endsWith('.')) {
      if (!Object.keys(zh).some((k) => k.startsWith(key))) problems.push(`${name}: no message starts with ${key}`)
    } else if (!(key in zh)) {
      problems.push(`${name}: message ${key} is missing`)
    }
  }
}
if (problems.length) {
  console.error(`console messages: ${problems.length} problem(s)\n  ` + problems.join('\n  '))
  process.exit(1)
}
console.log(`console messages: ${Object.keys(zh).length} keys in both languages`)
