import { createApp, nextTick } from 'vue'
import {
  ElAlert, ElButton, ElCard, ElCheckbox, ElCol, ElConfigProvider, ElDatePicker, ElDescriptions,
  ElDescriptionsItem, ElDialog, ElDivider, ElEmpty, ElForm, ElFormItem, ElInput, ElInputNumber,
  ElLoading, ElOption, ElPagination, ElProgress, ElRadio, ElRadioGroup, ElRow, ElSelect, ElSwitch,
  ElTable, ElTableColumn, ElTabPane, ElTabs, ElTag, ElTimeline, ElTimelineItem,
} from 'element-plus'
import 'element-plus/dist/index.css'
import './styles.css'
import App from './App.vue'
import { router } from './router.js'
import { whenUnauthorized } from './api.js'
import { forget } from './session.js'
import { locale } from './i18n.js'

const app = createApp(App)
for (const component of [
  ElAlert, ElButton, ElCard, ElCheckbox, ElCol, ElConfigProvider, ElDatePicker, ElDescriptions,
  ElDescriptionsItem, ElDialog, ElDivider, ElEmpty, ElForm, ElFormItem, ElInput, ElInputNumber,
  ElOption, ElPagination, ElProgress, ElRadio, ElRadioGroup, ElRow, ElSelect, ElSwitch, ElTable,
  ElTableColumn, ElTabPane, ElTabs, ElTag, ElTimeline, ElTimelineItem,
]) {
  app.use(component)
}
app.use(ElLoading)
app.use(router)

// A session that ended (expired, signed out elsewhere) sends the person back to sign in.
whenUnauthorized(() => {
  forget()
  const here = router.currentRoute.value
  if (!here.meta.public) router.replace({ path: '/login', query: { redirect: here.fullPath, expired: '1' } })
})

document.documentElement.lang = locale.value
router.isReady().then(async () => {
  app.mount('#app')
  await nextTick()
  // The benchmark (karaf-distribution/benchmarks/console-benchmark.sh) reads this mark.
  performance.mark('skilleval-console-ready')
  document.documentElement.dataset.ready = 'true'
})
