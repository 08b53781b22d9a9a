import { AssessmentScoresSchema, analyseAssessment, catalogueFor } from '@/domain'
import { DEMO_OVERRIDES_2567, DEMO_SCORES_2567 } from '@/domain/demo/nongson-2567'
import { demoWorkspace } from '@/app/demo-workspace'
import type { ReportMeasure } from '@/report/analysis-report'

/** Seed 002's analysis, as the demo holds it. */
export function demoAnalysis() {
  return analyseAssessment(catalogueFor(2567).catalogue, AssessmentScoresSchema.parse(DEMO_SCORES_2567), { overrides: DEMO_OVERRIDES_2567 })
}

export const demoOrganization = () => demoWorkspace().organization

/** A few measures shaped like seed 002's section 4. */
export const sampleMeasures: ReportMeasure[] = [
  {
    issueGroups: [1], name: 'จัดทำคู่มือหรือแนวทางการปฏิบัติงานของเจ้าหน้าที่', owners: ['ทุกสำนัก/กอง'],
    steps: ['แต่งตั้งคณะทำงานจัดทำคู่มือ', 'จัดทำร่างคู่มือ', 'เผยแพร่คู่มือผ่านเว็บไซต์หน่วยงาน'], period: 'เมษายน ๒๕๖๘ ถึง กันยายน ๒๕๖๘',
  },
  {
    issueGroups: [4], name: 'จัดให้มีการเปิดเผยข้อมูลแผนการจัดซื้อจัดจ้าง', owners: ['งานพัสดุ กองคลัง'],
    steps: ['จัดทำคำสั่งมอบหมาย', 'ประชาสัมพันธ์เผยแพร่ข้อมูล'], period: 'เมษายน ๒๕๖๘ ถึง กันยายน ๒๕๖๘',
  },
]
