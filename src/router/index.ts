import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router'
import OverviewView from '@/views/OverviewView.vue'

/** Every screen. Views other than the overview load on demand so the first load stays small. */
export const routes: RouteRecordRaw[] = [
  { path: '/', name: 'overview', component: OverviewView, meta: { title: 'ภาพรวม' } },
  { path: '/items', name: 'items', component: () => import('@/views/ItemsView.vue'), meta: { title: 'ข้อคำถาม' } },
  { path: '/what-if', name: 'what-if', component: () => import('@/views/WhatIfView.vue'), meta: { title: 'What-if' } },
  { path: '/compare', name: 'compare', component: () => import('@/views/CompareView.vue'), meta: { title: 'เปรียบเทียบปี' } },
  { path: '/catalogue', name: 'catalogue', component: () => import('@/views/CatalogueView.vue'), meta: { title: 'รายการข้อคำถาม' } },
  { path: '/groups', name: 'groups', component: () => import('@/views/GroupsView.vue'), meta: { title: '๗ ประเด็น' } },
  { path: '/items/:code', name: 'item', component: () => import('@/views/ItemView.vue'), meta: { title: 'รายข้อ' } },
  { path: '/recommendations', name: 'recommendations', component: () => import('@/views/RecommendationsView.vue'), meta: { title: 'คลังคำแนะนำ' } },
  { path: '/measures', name: 'measures', component: () => import('@/views/MeasuresView.vue'), meta: { title: 'มาตรการ' } },
  { path: '/follow-up', name: 'follow-up', component: () => import('@/views/FollowUpView.vue'), meta: { title: 'ติดตามผล' } },
  { path: '/action-plan', name: 'action-plan', component: () => import('@/views/ActionPlanView.vue'), meta: { title: 'แผนปฏิบัติการป้องกันการทุจริต' } },
  { path: '/action-plan/report', name: 'action-plan-report', component: () => import('@/views/ActionPlanReportView.vue'), meta: { title: 'รายงานผลตามแผนปฏิบัติการ' } },
  { path: '/print/analysis', name: 'print-analysis', component: () => import('@/views/print/PrintAnalysisView.vue'), meta: { title: 'พิมพ์รายงานการวิเคราะห์', layout: 'print' } },
  { path: '/print/follow-up', name: 'print-follow-up', component: () => import('@/views/print/PrintFollowUpView.vue'), meta: { title: 'พิมพ์รายงานติดตามผล', layout: 'print' } },
  { path: '/print/announcement', name: 'print-announcement', component: () => import('@/views/print/PrintAnnouncementView.vue'), meta: { title: 'พิมพ์ประกาศใช้แผนปฏิบัติการ', layout: 'print' } },
  { path: '/print/action-plan', name: 'print-action-plan', component: () => import('@/views/print/PrintActionPlanView.vue'), meta: { title: 'พิมพ์แผนปฏิบัติการป้องกันการทุจริต', layout: 'print' } },
  { path: '/print/action-plan-report', name: 'print-action-plan-report', component: () => import('@/views/print/PrintActionPlanReportView.vue'), meta: { title: 'พิมพ์รายงานผลตามแผนปฏิบัติการ', layout: 'print' } },
  { path: '/data', name: 'data', component: () => import('@/views/DataView.vue'), meta: { title: 'ข้อมูลและการสำรอง' } },
  { path: '/organizations', name: 'organizations', component: () => import('@/views/OrganizationsView.vue'), meta: { title: 'หน่วยงานทั้งหมด' } },
  { path: '/import', name: 'import', component: () => import('@/views/ImportView.vue'), meta: { title: 'นำเข้าข้อมูล' } },
  { path: '/:pathMatch(.*)*', name: 'not-found', component: () => import('@/views/NotFoundView.vue'), meta: { title: 'ไม่พบหน้า' } },
]

export function createAppRouter() {
  return createRouter({ history: createWebHistory(import.meta.env.BASE_URL), routes })
}
