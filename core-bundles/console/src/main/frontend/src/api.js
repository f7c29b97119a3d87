// The one way the console talks to the platform: the same REST API, roles and tenancy as any
// client. The session is an HttpOnly cookie the page cannot read; every change carries the
// session's CSRF token. Errors arrive as problem+json and are thrown as ApiError.
import { isChinese, t } from './i18n.js'

let csrfToken = null
let onUnauthorized = () => {}
let onPasswordChangeRequired = () => {}

export function setCsrfToken(token) {
  csrfToken = token
}

export function whenUnauthorized(handler) {
  onUnauthorized = handler
}

/** Called when the API refuses a request until the one-time password is replaced. */
export function whenPasswordChangeRequired(handler) {
  onPasswordChangeRequired = handler
}

/** The API's own verdict: every other path answers 403 `password-change-required` until then. */
function refusedForPasswordChange(status, problem) {
  return status === 403 && (problem?.type || '').endsWith(':password-change-required')
}

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.title || `HTTP ${status}`)
    this.status = status
    this.problem = problem || {}
  }

  /** The short title, in the console's language. */
  get title() {
    return (isChinese.value ? this.problem.titleZh : this.problem.title) || this.problem.title || this.message
  }

  /** What went wrong, in the console's language. */
  get detail() {
    return (isChinese.value ? this.problem.detailZh : this.problem.detail) || this.problem.detail || ''
  }

  /** The machine-readable problem type's last part, e.g. `deadline-passed`. */
  get type() {
    return (this.problem.type || '').replace('urn:skilleval:problem:', '')
  }

  /** Field errors: `[{field, rule, message: {zh, en}}]`. */
  get errors() {
    return Array.isArray(this.problem.errors) ? this.problem.errors : []
  }
}

function networkError() {
  const title = t('error.network')
  return new ApiError(0, { type: 'urn:skilleval:problem:network', title, titleZh: title })
}

const UNSAFE = new Set(['POST', 'PUT', 'DELETE', 'PATCH'])

async function request(method, path, body, options = {}) {
  const headers = { Accept: 'application/json' }
  let payload
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json'
    payload = JSON.stringify(body)
  }
  if (UNSAFE.has(method) && csrfToken) headers['X-CSRF-Token'] = csrfToken
  let response
  try {
    response = await fetch(path, { method, headers, body: payload, credentials: 'same-origin', cache: 'no-store' })
  } catch {
    throw networkError()
  }
  if (response.status === 204) return null
  const text = await response.text()
  let data = null
  if (text) {
    try {
      data = JSON.parse(text)
    } catch {
      data = { title: text.slice(0, 200) }
    }
  }
  if (!response.ok) {
    const error = new ApiError(response.status, data)
    if (response.status === 401 && !options.quiet) onUnauthorized(error)
    if (refusedForPasswordChange(response.status, data)) onPasswordChangeRequired(error)
    throw error
  }
  return data
}

export const api = {
  get: (path, options) => request('GET', path, undefined, options),
  post: (path, body = {}, options) => request('POST', path, body, options),
  put: (path, body = {}, options) => request('PUT', path, body, options),
  del: (path, options) => request('DELETE', path, undefined, options),
}

/** Builds `path?key=value…`, leaving out empty values. */
export function query(path, params) {
  const search = new URLSearchParams()
  for (const [key, value] of Object.entries(params || {})) {
    if (value !== undefined && value !== null && value !== '') search.set(key, value)
  }
  const text = search.toString()
  return text ? `${path}?${text}` : path
}

/** Every item of a paged list (at most `max`), for the small lists the console shows whole. */
export async function all(path, params = {}, max = 1000) {
  const items = []
  let offset = 0
  for (;;) {
    const page = await api.get(query(path, { ...params, offset, limit: 500 }))
    items.push(...page.items)
    offset += page.items.length
    if (page.items.length === 0 || offset >= page.total || offset >= max) return items
  }
}

/**
 * Uploads a file as an attachment (raw body, as the API takes it), reporting progress from 0 to
 * 100.
 */
export function upload(file, onProgress) {
  return uploadTo(query('/api/attachments', { fileName: file.name }), file, file.type || 'application/octet-stream', onProgress)
}

/**
 * Posts a file as the raw body of `path` with this content type, reporting progress from 0 to 100.
 * XMLHttpRequest because fetch cannot report upload progress.
 */
export function uploadTo(path, file, contentType, onProgress) {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest()
    xhr.open('POST', path)
    xhr.setRequestHeader('Content-Type', contentType)
    xhr.setRequestHeader('Accept', 'application/json')
    if (csrfToken) xhr.setRequestHeader('X-CSRF-Token', csrfToken)
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress?.(Math.round((event.loaded / event.total) * 100))
    }
    xhr.onload = () => {
      let data = null
      try {
        data = JSON.parse(xhr.responseText)
      } catch {
        data = null
      }
      if (xhr.status >= 200 && xhr.status < 300) resolve(data)
      else {
        if (refusedForPasswordChange(xhr.status, data)) onPasswordChangeRequired()
        reject(new ApiError(xhr.status, data))
      }
    }
    xhr.onerror = () => reject(networkError())
    xhr.send(file)
  })
}
