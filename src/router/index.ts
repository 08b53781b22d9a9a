import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router'
import OverviewView from '@/views/OverviewView.vue'

/** Every screen. Views other than the overview load on demand so the first load stays small. */
export const routes: RouteRecordRaw[] = [
  { path: '/', name: 'overview', component: OverviewView, meta: { title: 'ภาพรวม' } },
  { path: '/organizations', name: 'organizations', component: () => import('@/views/OrganizationsView.vue'), meta: { title: 'หน่วยงานทั้งหมด' } },
  { path: '/import', name: 'import', component: () => import('@/views/ImportView.vue'), meta: { title: 'นำเข้าข้อมูล' } },
  { path: '/:pathMatch(.*)*', name: 'not-found', component: () => import('@/views/NotFoundView.vue'), meta: { title: 'ไม่พบหน้า' } },
]

export function createAppRouter() {
  return createRouter({ history: createWebHistory(import.meta.env.BASE_URL), routes })
}
