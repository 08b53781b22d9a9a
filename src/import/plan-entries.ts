import { MeasureSchema, type FollowUpStatus, type Measure } from '@/domain/measures/schema'
import { periodFromText, type PlanTable } from './plan-table'

/** What a results table says of one entry: its status ticked and its disbursed amount. */
export interface ImportedResult {
  measureId: string
  status: FollowUpStatus | null
  disbursed: number | null
}

/**
 * An imported plan table as the plan's own entries, `ap-1`... in the table's order: the kind from the
 * name's prefix (a project when it has none), มิติ or its mark, the budget ("ไม่ใช้งบประมาณ" when the
 * cell is blank or the table has no budget), the quarter ticks, the remark, and from a detail table
 * the KPI, the owner, the steps (one per line) and the period. Their results, for a report table.
 */
export function planTableEntries(table: PlanTable): { measures: Measure[]; results: ImportedResult[] } {
  const measures = table.rows.map((row, index) => MeasureSchema.parse({
    id: `ap-${index + 1}`,
    origin: 'custom',
    name: row.name,
    kind: row.kind ?? 'project',
    dimension: row.dimension,
    dimensionMark: row.dimensionMark,
    budget: row.budget ?? { kind: 'none' },
    quarters: row.quarters ?? [false, false, false, false],
    remark: row.remark,
    kpi: row.kpi,
    owners: row.owner.trim() ? [row.owner.trim()] : [],
    steps: row.steps.split(/\r?\n/).map((line) => line.trim()).filter(Boolean).slice(0, 50),
    period: row.period ? periodFromText(row.period) : null,
    accepted: true,
    edited: true,
  }))
  const results = table.hasStatus || table.hasDisbursed
    ? table.rows.map((row, index) => ({ measureId: `ap-${index + 1}`, status: row.status, disbursed: row.disbursed }))
    : []
  return { measures, results }
}
