// Every page of the console in one list: its address, who may open it, and where it appears in the
// navigation. Adding a page (the accounts pages of issue 9, say) is one entry here, its component
// and its words in the message files; the router, the guard and the side navigation follow.
//
//   path       the route
//   component  the page, loaded when first opened
//   roles      who may open it (omitted together with `public: true` for pages without sign-in)
//   menu       `{ label, order, roles? }` to list it in the side navigation of those roles
//   title      message key for the browser tab (defaults to menu.label)
import Login from './pages/Login.vue'

const PROVINCE = ['province']
const CITY = ['city']
const ENTERPRISE = ['enterprise']
const STAFF = ['province', 'city', 'enterprise']
const EVERYONE = ['province', 'city', 'enterprise', 'expert', 'applicant', 'plugin_developer']
// Who owns an enterprise's plugins: its HR, or the plugin developer HR made an account for.
const PLUGIN_OWNERS = ['enterprise', 'plugin_developer']

export const pages = [
  { path: '/login', component: Login, public: true, title: 'login.title' },
  { path: '/public', component: () => import('./pages/public/Publicities.vue'), public: true, title: 'public.title' },
  { path: '/public/publicities/:id', component: () => import('./pages/public/Publicity.vue'), public: true, title: 'public.title' },
  { path: '/verify', component: () => import('./pages/public/Verify.vue'), public: true, title: 'verify.title' },

  // Each role's landing page: open tasks and the round's deadlines.
  { path: '/province', component: () => import('./pages/homes/ProvinceHome.vue'), roles: PROVINCE, menu: { label: 'nav.home', order: 0 } },
  { path: '/city', component: () => import('./pages/homes/CityHome.vue'), roles: CITY, menu: { label: 'nav.home', order: 0 } },
  { path: '/enterprise', component: () => import('./pages/homes/EnterpriseHome.vue'), roles: ENTERPRISE, menu: { label: 'nav.home', order: 0 } },
  { path: '/expert', component: () => import('./pages/expert/ExpertHome.vue'), roles: ['expert'], menu: { label: 'nav.expertHome', order: 0 } },
  { path: '/applicant', component: () => import('./pages/applicant/ApplicantHome.vue'), roles: ['applicant'], menu: { label: 'nav.applicantHome', order: 0 } },

  { path: '/rounds', component: () => import('./pages/staff/Rounds.vue'), roles: STAFF, menu: { label: 'nav.rounds', order: 10, roles: PROVINCE } },
  { path: '/participations', component: () => import('./pages/staff/Participations.vue'), roles: STAFF, menu: { label: 'nav.participations', order: 20, roles: ['province', 'city'] } },
  { path: '/work-plans', component: () => import('./pages/staff/WorkPlans.vue'), roles: STAFF, menu: { label: 'nav.workPlans', order: 30 } },
  { path: '/work-plans/new', component: () => import('./pages/staff/WorkPlanEditor.vue'), roles: ENTERPRISE, title: 'workPlan.new' },
  { path: '/work-plans/:id', component: () => import('./pages/staff/WorkPlanDetail.vue'), roles: STAFF, title: 'nav.workPlans' },
  { path: '/work-plans/:id/edit', component: () => import('./pages/staff/WorkPlanEditor.vue'), roles: ENTERPRISE, title: 'workPlan.edit' },
  { path: '/work-plans/:id/migrations', component: () => import('./pages/staff/Migration.vue'), roles: STAFF, title: 'migration.title' },
  { path: '/applications', component: () => import('./pages/staff/Applications.vue'), roles: STAFF, menu: { label: 'nav.applications', order: 40 } },
  { path: '/applications/:id', component: () => import('./pages/staff/ApplicationDetail.vue'), roles: STAFF, title: 'nav.applications' },
  { path: '/panels', component: () => import('./pages/staff/Panels.vue'), roles: STAFF, menu: { label: 'nav.panels', order: 50, roles: ENTERPRISE } },
  { path: '/panels/new', component: () => import('./pages/staff/PanelEditor.vue'), roles: ENTERPRISE, title: 'panel.new' },
  { path: '/panels/:id/edit', component: () => import('./pages/staff/PanelEditor.vue'), roles: ENTERPRISE, title: 'panel.edit' },
  { path: '/assessments', component: () => import('./pages/staff/Assessments.vue'), roles: [...STAFF, 'expert'], menu: { label: 'nav.assessments', order: 60, roles: STAFF } },
  { path: '/assessments/:id', component: () => import('./pages/expert/AssessmentDetail.vue'), roles: [...STAFF, 'expert'], title: 'nav.assessments' },
  { path: '/proposal-lists', component: () => import('./pages/staff/ProposalLists.vue'), roles: STAFF, menu: { label: 'nav.proposalLists', order: 70 } },
  { path: '/proposal-lists/:id', component: () => import('./pages/staff/ProposalListDetail.vue'), roles: STAFF, title: 'nav.proposalLists' },
  { path: '/objections', component: () => import('./pages/staff/Objections.vue'), roles: ['province', 'enterprise'], menu: { label: 'nav.objections', order: 80 } },
  { path: '/certificates', component: () => import('./pages/staff/Certificates.vue'), roles: STAFF, menu: { label: 'nav.certificates', order: 90 } },
  { path: '/appointments', component: () => import('./pages/staff/Appointments.vue'), roles: STAFF, menu: { label: 'nav.appointments', order: 95 } },
  { path: '/supervision-notes', component: () => import('./pages/staff/SupervisionNotes.vue'), roles: STAFF, menu: { label: 'nav.supervision', order: 100, roles: ['province', 'city'] } },
  { path: '/sanctions', component: () => import('./pages/staff/Sanctions.vue'), roles: PROVINCE, menu: { label: 'nav.sanctions', order: 110 } },
  { path: '/statistics', component: () => import('./pages/staff/Statistics.vue'), roles: ['province', 'city'], menu: { label: 'nav.statistics', order: 120 } },
  { path: '/audit', component: () => import('./pages/staff/Audit.vue'), roles: PROVINCE, menu: { label: 'nav.audit', order: 130 } },
  { path: '/extensions', component: () => import('./pages/staff/Extensions.vue'), roles: ['province', 'city'], menu: { label: 'nav.extensions', order: 140, roles: CITY } },
  { path: '/plugins', component: () => import('./pages/staff/Plugins.vue'), roles: STAFF, menu: { label: 'nav.plugins', order: 150, roles: PROVINCE } },
  { path: '/plugin-uploads', component: () => import('./pages/staff/PluginUploads.vue'), roles: ['province', 'city', ...PLUGIN_OWNERS], menu: { label: 'nav.pluginUploads', order: 155 } },

  // Accounts (issue 9): each level administers the level below it; the API decides the scope.
  { path: '/accounts', component: () => import('./pages/accounts/Accounts.vue'), roles: STAFF, menu: { label: 'nav.accounts', order: 160 } },
  { path: '/accounts/import', component: () => import('./pages/accounts/Import.vue'), roles: ENTERPRISE, title: 'accountImport.title' },
  { path: '/expert-pool', component: () => import('./pages/accounts/ExpertPool.vue'), roles: STAFF, menu: { label: 'nav.expertPool', order: 170, roles: ['province', 'city'] } },
  { path: '/expert-pool/import', component: () => import('./pages/accounts/Import.vue'), roles: ['province', 'city'], title: 'expertImport.title' },
  { path: '/password', component: () => import('./pages/accounts/OwnPassword.vue'), roles: EVERYONE, menu: { label: 'nav.password', order: 900 } },

  { path: '/application/:id?', component: () => import('./pages/applicant/ApplicationEditor.vue'), roles: ['applicant'], title: 'applicant.form' },
]

/** The side navigation of a caller with these roles, in order, without duplicates. */
export function menuFor(roles) {
  const seen = new Set()
  return pages
    .filter((page) => page.menu && (page.menu.roles ?? page.roles ?? []).some((role) => roles.includes(role)))
    .sort((a, b) => a.menu.order - b.menu.order)
    .filter((page) => (seen.has(page.path) ? false : seen.add(page.path)))
}
