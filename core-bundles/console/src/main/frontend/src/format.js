import { locale } from './i18n.js'

const ZONE = 'Asia/Shanghai'

/** A date `2026-02-09` as people read it. */
export function day(value) {
  if (!value) return ''
  const date = new Date(`${value}T00:00:00+08:00`)
  if (Number.isNaN(date.getTime())) return value
  return new Intl.DateTimeFormat(locale.value, { year: 'numeric', month: 'long', day: 'numeric', timeZone: ZONE }).format(date)
}

/** An instant as a Jiangsu date and time. */
export function moment(value) {
  if (!value) return ''
  const date = new Date(value)
  if (Number.isNaN(date.getTime())) return value
  return new Intl.DateTimeFormat(locale.value, { dateStyle: 'medium', timeStyle: 'short', timeZone: ZONE }).format(date)
}

/** Today in Jiangsu as `yyyy-MM-dd`, for defaults of date fields (the server decides what is allowed). */
export function todayIso() {
  return new Intl.DateTimeFormat('en-CA', { timeZone: ZONE }).format(new Date())
}

/** A number of points without trailing zeros. */
export function points(value) {
  if (value === null || value === undefined || value === '') return ''
  const n = Number(value)
  return Number.isFinite(n) ? n.toLocaleString(locale.value, { maximumFractionDigits: 2 }) : String(value)
}
