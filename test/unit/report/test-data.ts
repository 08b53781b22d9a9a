import { AssessmentScoresSchema, analyseAssessment, catalogueFor } from '@/domain'
import { DEMO_OVERRIDES_2567, DEMO_SCORES_2567 } from '@/domain/demo/nongson-2567'
import { demoWorkspace } from '@/app/demo-workspace'
import { demoMeasurePlan } from '@/domain/demo/nongson-2568-plan'
import { measureTableRows } from '@/domain/measures/table'
import { DEMO_ORGANIZATION_ID } from '@/app/demo-workspace'
import type { DigitStyle } from '@/domain/thai'
import { buildAnalysisReport } from '@/report/analysis-report'

/** Seed 002's analysis, as the demo holds it. */
export function demoAnalysis() {
  return analyseAssessment(catalogueFor(2567).catalogue, AssessmentScoresSchema.parse(DEMO_SCORES_2567), { overrides: DEMO_OVERRIDES_2567 })
}

export const demoOrganization = () => demoWorkspace().organization

/** Seed 002's own 2568 measures, as the demo carries them. */
export const demoPlan = () => demoMeasurePlan(DEMO_ORGANIZATION_ID)

export function demoMeasureRows() {
  return measureTableRows(demoPlan(), demoAnalysis().catalogue.issueGroups, 'thai')
}

/** Seed 002's analysis report as the print route builds it, with group 4's analysis text and signers. */
export function demoAnalysisReport(digits: DigitStyle) {
  return buildAnalysisReport({
    organization: demoOrganization(),
    analysis: demoAnalysis(),
    groupTexts: new Map([[4, 'ข้อเท็จจริงพบว่าคะแนนตัวชี้วัดการใช้ทรัพย์สินของราชการ\nหน่วยงานควรจัดทำคู่มือ (อ้างอิงจาก o10)']]),
    measures: measureTableRows(demoPlan(), demoAnalysis().catalogue.issueGroups, digits),
    digits,
    signatures: { preparedBy: { name: 'นางสาวตัวอย่าง ทดสอบ', position: 'นิติกร' }, approvedBy: { name: '', position: 'นายก อบต.' } },
  })
}
