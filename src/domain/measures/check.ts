import type { Analysis } from '../analysis'
import type { Organization } from '../workspace'
import { compareItemCodes } from '../item-code'
import { findLeftovers, type Leftover } from './leftovers'
import { isCollectiveOwner, ownerMatchesUnits } from './owners'
import { isPeriodInFiscalYear, monthIndex } from './period'
import type { Measure, MeasurePlan } from './schema'

/**
 * Checks before publishing a plan. Findings are named codes with what they are about; their Thai
 * wording lives in src/ui/measures.ts.
 */

export type FindingSeverity = 'error' | 'warning' | 'info'

export type MeasureField = 'name' | 'owners' | 'steps' | 'kpi' | 'remark' | 'targetGroups' | 'outputs' | 'outcomes'

export type Finding =
  /** The plan has no measure at all. */
  | { code: 'no-measures'; severity: 'error' }
  /** An improve item no measure answers; `groups` are the issue groups it belongs to. */
  | { code: 'unanswered-item'; severity: 'error'; item: string; groups: number[] }
  | { code: 'missing-name' | 'missing-owner' | 'missing-steps' | 'missing-period' | 'missing-issue-group'; severity: 'error'; measureId: string; row: number }
  /** The period ends before it starts. */
  | { code: 'period-reversed'; severity: 'error'; measureId: string; row: number }
  | { code: 'period-outside-year'; severity: 'error'; measureId: string; row: number; fiscalYear: number }
  | { code: 'leftover-placeholder' | 'leftover-other-organization'; severity: 'error'; measureId: string; row: number; field: MeasureField; text: string }
  | { code: 'leftover-organization-type'; severity: 'warning'; measureId: string; row: number; field: MeasureField; text: string }
  /** Another organisation's name or type word the committee confirmed belongs in the plan. */
  | { code: 'leftover-confirmed'; severity: 'info'; measureId: string; row: number; field: MeasureField; text: string }
  /** An owner that is none of the organisation's units (nor a collective owner such as ทุกสำนัก/กอง). */
  | { code: 'owner-not-a-unit'; severity: 'info'; measureId: string; row: number; owner: string }
  /** A drafted row the committee has neither accepted nor edited. */
  | { code: 'not-reviewed'; severity: 'info'; measureId: string; row: number }

export type FindingCode = Finding['code']

const LEFTOVER_CODE = {
  placeholder: 'leftover-placeholder',
  'other-organization': 'leftover-other-organization',
  'organization-type': 'leftover-organization-type',
} as const satisfies Record<Leftover['kind'], FindingCode>

function textsOf(measure: Measure): Array<[MeasureField, string]> {
  return [
    ['name', measure.name],
    ...measure.owners.map((owner): [MeasureField, string] => ['owners', owner]),
    ...measure.steps.map((step): [MeasureField, string] => ['steps', step]),
    ['kpi', measure.kpi],
    ['remark', measure.remark],
    ...measure.targetGroups.map((target): [MeasureField, string] => ['targetGroups', target.group]),
    ...measure.outputs.map((output): [MeasureField, string] => ['outputs', `${output.text} ${output.unit} ${output.method}`]),
    ...measure.outcomes.map((outcome): [MeasureField, string] => ['outcomes', `${outcome.text} ${outcome.unit} ${outcome.method}`]),
  ]
}

/**
 * Everything to fix before a plan is published, rows in plan order (`row` is 1-based):
 * - the plan has measures at all;
 * - every improve item of `analysis` (the assessment the plan is based on) is answered by some measure;
 *   skipped when `analysis` is null (no result saved for that year);
 * - every measure has a name, an issue group, an owner, steps and a period inside the plan's fiscal year;
 * - template leftovers: placeholders, another organisation's name, another organisation type's words
 *   (a name or word the committee confirmed belongs in the plan is a note, `leftover-confirmed`);
 * - owners that are none of the organisation's units (info), rows still neither accepted nor edited (info).
 */
export function checkMeasurePlan(plan: MeasurePlan, analysis: Analysis | null, organization: Organization): Finding[] {
  const findings: Finding[] = []
  const confirmed = new Set(plan.confirmedNames)
  if (plan.measures.length === 0) findings.push({ code: 'no-measures', severity: 'error' })
  if (analysis) {
    const answered = new Set(plan.measures.flatMap((measure) => measure.items))
    const improve = analysis.items.filter((item) => item.flag === 'improve' && !answered.has(item.code))
    for (const item of [...improve].sort((a, b) => compareItemCodes(a.code, b.code))) {
      const groups = analysis.issueGroups.filter((group) => group.improve.some((candidate) => candidate.code === item.code)).map((group) => group.no)
      findings.push({ code: 'unanswered-item', severity: 'error', item: item.code, groups })
    }
  }
  plan.measures.forEach((measure, index) => {
    const at = { measureId: measure.id, row: index + 1 }
    if (measure.name.trim() === '') findings.push({ code: 'missing-name', severity: 'error', ...at })
    if (measure.issueGroups.length === 0) findings.push({ code: 'missing-issue-group', severity: 'error', ...at })
    if (measure.owners.length === 0) findings.push({ code: 'missing-owner', severity: 'error', ...at })
    if (measure.steps.length === 0) findings.push({ code: 'missing-steps', severity: 'error', ...at })
    if (!measure.period) findings.push({ code: 'missing-period', severity: 'error', ...at })
    else if (monthIndex(measure.period.start) > monthIndex(measure.period.end)) findings.push({ code: 'period-reversed', severity: 'error', ...at })
    else if (!isPeriodInFiscalYear(measure.period, plan.fiscalYear)) {
      findings.push({ code: 'period-outside-year', severity: 'error', ...at, fiscalYear: plan.fiscalYear })
    }
    for (const [field, text] of textsOf(measure)) {
      for (const leftover of findLeftovers(text, organization)) {
        const code = LEFTOVER_CODE[leftover.kind]
        if (code !== 'leftover-placeholder' && confirmed.has(leftover.text.normalize('NFC'))) {
          findings.push({ code: 'leftover-confirmed', severity: 'info', ...at, field, text: leftover.text })
        } else if (code === 'leftover-organization-type') findings.push({ code, severity: 'warning', ...at, field, text: leftover.text })
        else findings.push({ code, severity: 'error', ...at, field, text: leftover.text })
      }
    }
    for (const owner of measure.owners) {
      if (!isCollectiveOwner(owner) && !ownerMatchesUnits(owner, organization.units)) {
        findings.push({ code: 'owner-not-a-unit', severity: 'info', ...at, owner })
      }
    }
    if (!measure.accepted && !measure.edited) findings.push({ code: 'not-reviewed', severity: 'info', ...at })
  })
  return findings
}

/** True when nothing stands in the way of publishing (no error; warnings and notes may remain). */
export function isReadyToPublish(findings: readonly Finding[]): boolean {
  return findings.every((finding) => finding.severity !== 'error')
}
