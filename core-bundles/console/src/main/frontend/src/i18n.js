// The console's words live in i18n/zh-CN.json and i18n/en.json; nothing on screen is written in a
// component. Simplified Chinese first; the choice of English is remembered in this browser.
import { computed, ref } from 'vue'
import zhCN from './i18n/zh-CN.json'
import en from './i18n/en.json'

const catalogues = { 'zh-CN': zhCN, en }
const STORAGE_KEY = 'skilleval.locale'

function initialLocale() {
  try {
    const saved = localStorage.getItem(STORAGE_KEY)
    if (saved && catalogues[saved]) return saved
  } catch {
    // storage blocked: Chinese
  }
  return 'zh-CN'
}

export const locale = ref(initialLocale())
export const isChinese = computed(() => locale.value === 'zh-CN')

export function setLocale(next) {
  if (!catalogues[next]) return
  locale.value = next
  document.documentElement.lang = next
  try {
    localStorage.setItem(STORAGE_KEY, next)
  } catch {
    // not remembered
  }
}

function lookup(catalogue, key) {
  let node = catalogue
  for (const part of key.split('.')) {
    if (node == null || typeof node !== 'object') return undefined
    node = node[part]
  }
  return typeof node === 'string' ? node : undefined
}

/** The message `key` in the current language, `{name}` placeholders filled from `params`. */
export function t(key, params) {
  const text = lookup(catalogues[locale.value], key) ?? lookup(zhCN, key) ?? key
  if (!params) return text
  return text.replace(/\{(\w+)\}/g, (whole, name) => (params[name] ?? whole).toString())
}

/** Whether a message exists: for optional labels such as a status the console does not know yet. */
export function has(key) {
  return lookup(zhCN, key) !== undefined
}

/** A `{zh, en}` text of the API or a plugin in the current language. */
export function loc(text) {
  if (text == null) return ''
  if (typeof text === 'string') return text
  return (isChinese.value ? text.zh : text.en) || text.zh || text.en || ''
}
