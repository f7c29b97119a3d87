// Who is signed in, as the platform says: the caller of the session cookie. The page never sees the
// token itself, only the CSRF token that goes with it.
import { computed, reactive } from 'vue'
import { api, setCsrfToken } from './api.js'

export const ROLES = ['province', 'city', 'enterprise', 'expert', 'applicant', 'plugin_developer']

// passwordChangeRequired: the API refused a request until the one-time password is replaced.
export const session = reactive({ caller: null, loaded: false, passwordChangeRequired: false })

function adopt(answer) {
  session.caller = answer?.caller ?? null
  setCsrfToken(answer?.csrfToken ?? null)
}

export function forget() {
  session.caller = null
  session.passwordChangeRequired = false
  setCsrfToken(null)
}

/** Reads the session the browser holds, if any (once per page load). */
export async function loadSession() {
  try {
    adopt(await api.get('/api/auth/session', { quiet: true }))
  } catch (error) {
    if (error.status !== 401) throw error
    forget()
  } finally {
    session.loaded = true
  }
}

export async function signIn(username, password) {
  adopt(await api.post('/api/auth/session', { username, password }, { quiet: true }))
}

/**
 * Replaces the caller's password. The change ends every token of the account, this browser's
 * session too, so the console signs in again with the new password (the token in the change's
 * answer is for API clients; a page never holds a token).
 */
export async function changeOwnPassword(currentPassword, newPassword) {
  const username = session.caller.username
  await api.post('/api/me/password', { currentPassword, newPassword })
  await signIn(username, newPassword)
  session.passwordChangeRequired = false
}

export async function signOut() {
  try {
    await api.del('/api/auth/session', { quiet: true })
  } finally {
    forget()
  }
}

/** The caller's SkillEval roles, in the order their home pages are offered. */
export const roles = computed(() => ROLES.filter((role) => session.caller?.roles?.includes(role)))

export function hasRole(...wanted) {
  return wanted.some((role) => roles.value.includes(role))
}

/** The page a caller lands on: the home of their first role. */
export function homeOf() {
  const role = roles.value[0]
  // A plugin developer's work is the enterprise's plugins: no home page of tasks of its own.
  if (role === 'plugin_developer') return '/plugin-uploads'
  return role ? `/${role}` : '/public'
}
