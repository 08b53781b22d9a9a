import { parentPort } from 'node:worker_threads'
import type { ParsedAssessment } from '@/import/assemble'
import type { ImportWarning } from '@/import/problems'
import { assessmentJson, reportAssessment } from './report'

/** A share of a many-organisation file: its assessments (each with its own warnings) as JSON texts. */
export interface ReportJob {
  assessments: ParsedAssessment[]
  warnings: ImportWarning[][]
  threshold: number
  indent: number | undefined
}

parentPort?.on('message', (job: ReportJob) => {
  const texts = job.assessments.map((assessment, index) =>
    assessmentJson(reportAssessment(assessment, assessment.fiscalYear as number, job.threshold, job.warnings[index] ?? []), job.indent))
  parentPort?.postMessage(texts)
})
