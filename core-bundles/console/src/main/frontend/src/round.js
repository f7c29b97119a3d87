// The round (评聘批次) the staff pages show: chosen in the header, remembered in this browser, the
// latest one by default.
import { reactive } from 'vue'
import { api, query } from './api.js'

const STORAGE_KEY = 'skilleval.round'

export const rounds = reactive({ items: [], current: null, loading: false, error: null })

export async function loadRounds() {
  rounds.loading = true
  rounds.error = null
  try {
    const page = await api.get(query('/api/rounds', { limit: 100 }))
    rounds.items = page.items
    let saved = null
    try {
      saved = Number(localStorage.getItem(STORAGE_KEY))
    } catch {
      saved = null
    }
    rounds.current = page.items.find((r) => r.id === saved) ?? page.items[0] ?? null
  } catch (error) {
    rounds.error = error
  } finally {
    rounds.loading = false
  }
}

export function chooseRound(id) {
  rounds.current = rounds.items.find((r) => r.id === id) ?? rounds.current
  try {
    localStorage.setItem(STORAGE_KEY, String(id))
  } catch {
    // not remembered
  }
}

/** Puts a round the province just opened or changed into the list. */
export function rememberRound(round) {
  const index = rounds.items.findIndex((r) => r.id === round.id)
  if (index >= 0) rounds.items.splice(index, 1, round)
  else rounds.items.unshift(round)
  if (rounds.current?.id === round.id || !rounds.current) rounds.current = round
}
