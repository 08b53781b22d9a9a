/**
 * The five-year cycles of the national anti-corruption plan an organisation's yearly plan belongs to,
 * with the names of their four dimensions (มิติ) as the seeds print them (seed digest §3).
 */
export interface PlanCycle {
  id: string
  firstYear: number
  lastYear: number
  dimensions: ReadonlyArray<{ no: 1 | 2 | 3 | 4; name: string }>
  /** Where the names come from. */
  source: string
}

export const PLAN_CYCLES: readonly PlanCycle[] = [
  {
    id: '2566-2570', firstYear: 2566, lastYear: 2570,
    dimensions: [
      { no: 1, name: 'การสร้างวัฒนธรรมสุจริต' },
      { no: 2, name: 'การบริหารราชการด้วยความโปร่งใส' },
      { no: 3, name: 'การส่งเสริมบทบาทและการมีส่วนร่วมของภาคประชาชน' },
      { no: 4, name: 'การยกระดับกลไกการตรวจสอบการดำเนินงานขององค์กรปกครองส่วนท้องถิ่น' },
    ],
    source: 'seed 003 (แผนปฏิบัติการป้องกันการทุจริต ๒๕๖๙ ของ อบต.บ้านแหง), คำอธิบาย',
  },
  {
    id: '2561-2565', firstYear: 2561, lastYear: 2565,
    dimensions: [
      { no: 1, name: 'การสร้างสังคมที่ไม่ทนต่อการทุจริต' },
      { no: 2, name: 'การบริหารราชการเพื่อป้องกันการทุจริต' },
      { no: 3, name: 'การส่งเสริมบทบาทและการมีส่วนร่วมของประชาชน' },
      { no: 4, name: 'การเสริมสร้างและปรับปรุงกลไกในการตรวจสอบการบริหารราชการขององค์กรปกครองส่วนท้องถิ่น' },
    ],
    source: 'seed 001 (รายงานผล ๑๒ เดือน ๒๕๖๗ ของ อบต.บางเตย) section ๑, which still used this wording in 2567; it prints dimension 1 as "การสร้างสรรค์ที่ไม่ทนต่อการทุจริต", read as สังคม (seed digest §3)',
  },
]

/** The cycle a fiscal year (BE) falls in; past the last shipped cycle, the latest; before the first, the earliest. */
export function cycleFor(fiscalYear: number): PlanCycle {
  const sorted = [...PLAN_CYCLES].sort((a, b) => a.firstYear - b.firstYear)
  return sorted.find((cycle) => fiscalYear >= cycle.firstYear && fiscalYear <= cycle.lastYear)
    ?? (fiscalYear < sorted[0]!.firstYear ? sorted[0]! : sorted.at(-1)!)
}

/** The cycle a plan names; the current one when the id is unknown (a plan from a newer version). */
export function cycleById(id: string): PlanCycle {
  return PLAN_CYCLES.find((cycle) => cycle.id === id) ?? PLAN_CYCLES[0]!
}
