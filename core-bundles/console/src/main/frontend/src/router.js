import { createRouter, createWebHistory } from 'vue-router'
import { pages } from './pages.js'
import { hasRole, homeOf, loadSession, session } from './session.js'
import { t } from './i18n.js'

const routes = [
  { path: '/', redirect: () => (session.caller ? homeOf() : '/public') },
  ...pages.map((page) => ({
    path: page.path,
    component: page.component,
    meta: { public: !!page.public, roles: page.roles, title: page.title ?? page.menu?.label },
  })),
  { path: '/forbidden', name: 'forbidden', component: () => import('./pages/Forbidden.vue'), meta: { public: true, title: 'forbidden.title' } },
  { path: '/:rest(.*)*', name: 'not-found', component: () => import('./pages/NotFound.vue'), meta: { public: true, title: 'notFound.title' } },
]

export const router = createRouter({
  history: createWebHistory(),
  routes,
  scrollBehavior: () => ({ top: 0 }),
})

router.beforeEach(async (to) => {
  if (!session.loaded) await loadSession()
  if (to.meta.public) return true
  if (!session.caller) return { path: '/login', query: { redirect: to.fullPath } }
  if (to.meta.roles && !hasRole(...to.meta.roles)) return { name: 'forbidden' }
  return true
})

router.afterEach((to) => {
  const page = to.meta.title ? t(to.meta.title) : ''
  document.title = page ? `${page} · ${t('app.shortName')}` : t('app.name')
})
