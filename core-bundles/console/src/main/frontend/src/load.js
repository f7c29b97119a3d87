import { ref, watch } from 'vue'
import { rounds } from './round.js'

/**
 * Runs `fetch(roundId)` now and whenever the chosen round changes, keeping its result, error and
 * loading state for the page. `fetch` is not called before a round is known.
 */
export function useRoundData(fetch, initial = null) {
  const data = ref(initial)
  const error = ref(null)
  const loading = ref(true)

  async function reload() {
    const roundId = rounds.current?.id
    if (!roundId) {
      loading.value = rounds.loading
      return
    }
    loading.value = true
    error.value = null
    try {
      data.value = await fetch(roundId)
    } catch (e) {
      error.value = e
    } finally {
      loading.value = false
    }
  }

  watch(() => [rounds.current?.id, rounds.loading], reload, { immediate: true })
  return { data, error, loading, reload }
}

/** Runs an action for a page: `busy` while it runs, its error kept to show. */
export function useAction() {
  const busy = ref(false)
  const error = ref(null)
  async function run(action) {
    busy.value = true
    error.value = null
    try {
      return await action()
    } catch (e) {
      error.value = e
      return undefined
    } finally {
      busy.value = false
    }
  }
  return { busy, error, run }
}
