import { CatalogueSchema, type Catalogue, type CatalogueInput, type CatalogueSource } from './schema'
import { GRADE_SCHEME_TO_2566, RESULT_SCHEME_FROM_2567 } from './common'
import { FY2563 } from './fy2563'
import { FY2567 } from './fy2567'
import { FY2568 } from './fy2568'
import { FY2569 } from './fy2569'
import { FY2570, FY2570_BORROWS_FROM } from './fy2570'

export * from './schema'
export { catalogueItemsByCode } from './lookup'
export { evidenceAssessmentYear, evidenceItems, type EvidenceItem } from './evidence'
export { TEN_INDICATORS, SEVEN_ISSUE_GROUPS, OIT_SUB_INDICATORS, PASS_MARK, TOOL_WEIGHTS } from './common'

const SHIPPED_INPUTS: CatalogueInput[] = [FY2563, FY2567, FY2568, FY2569, FY2570]

/** Shipped catalogues, validated once when the module loads: a broken one fails every test at once. */
const SHIPPED: ReadonlyMap<number, Catalogue> = new Map(
  SHIPPED_INPUTS.map((input) => [input.fiscalYear, CatalogueSchema.parse(input)]),
)

/**
 * Shipped catalogues that are another year's list carried over whole, because nothing of their own is
 * published yet: a lookup of such a year says so in `derivedFrom`, as a year without a catalogue does,
 * so every screen that warns of a borrowed list (overview, import preview, catalogue, CLI) warns of it.
 */
const PROVISIONAL: ReadonlyMap<number, number> = new Map([[2570, FY2570_BORROWS_FROM]])

/** Fiscal years (BE) with a catalogue of their own, oldest first. */
export const SHIPPED_FISCAL_YEARS: readonly number[] = [...SHIPPED.keys()].sort((a, b) => a - b)

/** The level scheme in force in a fiscal year: grades AA-F up to 2566, result levels from 2567. */
export function levelSchemeFor(fiscalYear: number) {
  return fiscalYear >= 2567 ? RESULT_SCHEME_FROM_2567 : GRADE_SCHEME_TO_2566
}

export interface CatalogueLookup {
  catalogue: Catalogue
  /** The shipped year the catalogue was taken from when the year has none of its own (or ships one carried over whole, as 2570); null when exact. */
  derivedFrom: number | null
}

/**
 * The catalogue of a fiscal year (BE). A year without a catalogue of its own borrows the items of the
 * closest earlier shipped year (or the earliest one) with the level scheme of its own year, and says so
 * in `derivedFrom` and in `unknowns`.
 */
export function catalogueFor(fiscalYear: number): CatalogueLookup {
  const exact = SHIPPED.get(fiscalYear)
  if (exact) return { catalogue: exact, derivedFrom: PROVISIONAL.get(fiscalYear) ?? null }
  const earlier = SHIPPED_FISCAL_YEARS.filter((year) => year < fiscalYear)
  const baseYear = earlier.at(-1) ?? SHIPPED_FISCAL_YEARS[0]!
  const base = SHIPPED.get(baseYear)!
  const borrowed: CatalogueSource = {
    id: `borrowed-${fiscalYear}-from-${baseYear}`, kind: 'inference', url: null,
    label: `the ${baseYear} catalogue, borrowed: ${fiscalYear} has none of its own`,
    note: `Items, titles, mappings and evidence items are the ${baseYear} ones; the level rule is the one in force in ${fiscalYear}.`,
  }
  return {
    derivedFrom: baseYear,
    catalogue: {
      ...base,
      fiscalYear,
      levelScheme: levelSchemeFor(fiscalYear),
      yearFacts: {
        toolWeights: { source: borrowed.id, uncertain: true },
        levelScheme: { source: borrowed.id, uncertain: true },
      },
      sources: [borrowed, ...base.sources],
      unknowns: [`items of ${baseYear} reused: ${fiscalYear} has no catalogue of its own`, ...base.unknowns],
    },
  }
}
