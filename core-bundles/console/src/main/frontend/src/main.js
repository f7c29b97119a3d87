import { createApp, nextTick } from 'vue'
import { ElConfigProvider, ElPagination, ElProgress, ElSwitch, ElTag, ElTimeline, ElTimelineItem } from 'element-plus'
// Only the styles of the components the console uses (with Element Plus's base), not the whole theme.
import 'element-plus/es/components/config-provider/style/css'
import 'element-plus/es/components/pagination/style/css'
import 'element-plus/es/components/progress/style/css'
import 'element-plus/es/components/switch/style/css'
import 'element-plus/es/components/tag/style/css'
import 'element-plus/es/components/timeline/style/css'
import 'element-plus/es/components/timeline-item/style/css'
import './styles.css'
import App from './App.vue'
import { router } from './router.js'
import { whenPasswordChangeRequired, whenUnauthorized } from './api.js'
import { forget, session } from './session.js'
import { locale } from './i18n.js'

const app = createApp(App)
for (const component of [ElConfigProvider, ElPagination, ElProgress, ElSwitch, ElTag, ElTimeline, ElTimelineItem]) {
  app.use(component)
}
app.use(router)

// A session that ended (expired, signed out elsewhere) sends the person back to sign in.
whenUnauthorized(() => {
  forget()
  const here = router.currentRoute.value
  if (!here.meta.public) router.replace({ path: '/login', query: { redirect: here.fullPath, expired: '1' } })
})

// Signed in with a one-time password: the API opens nothing but the change of it until then.
whenPasswordChangeRequired(() => {
  session.passwordChangeRequired = true
  const here = router.currentRoute.value
  if (here.path === '/password') return
  // Refused on the way from the sign-in page: go on to the caller's home afterwards.
  router.replace({ path: '/password', query: here.meta.public ? {} : { redirect: here.fullPath } })
})

document.documentElement.lang = locale.value
router.isReady().then(async () => {
  app.mount('#app')
  await nextTick()
  // The benchmark (karaf-distribution/benchmarks/console-benchmark.sh) reads this mark.
  performance.mark('skilleval-console-ready')
  document.documentElement.dataset.ready = 'true'
})
