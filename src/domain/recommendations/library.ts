// The shipped libraries. Kept out of the domain's index so the data (and its validation) load with
// the screens that use it, not with the first page.
import { SHIPPED_FISCAL_YEARS, catalogueFor } from '../framework'
import { RECOMMENDATIONS_2563 } from './fy2563'
import { RECOMMENDATIONS_2567 } from './fy2567'
import { RECOMMENDATIONS_2568 } from './fy2568'
import { RECOMMENDATIONS_2569, RECOMMENDATIONS_2570 } from './fy2569'
import { RecommendationLibrarySchema, libraryProblems, type RecommendationLibrary, type RecommendationLibraryInput } from './schema'

/**
 * Parses a shipped library and checks it against its year's catalogue: one recommendation per item,
 * no other codes, every citation an item of that year. Throws with every problem named.
 */
export function validateShippedLibrary(input: RecommendationLibraryInput): RecommendationLibrary {
  const library = RecommendationLibrarySchema.parse(input)
  if (!SHIPPED_FISCAL_YEARS.includes(library.fiscalYear)) throw new Error(`recommendations ${library.fiscalYear}: no catalogue of that year`)
  const problems = libraryProblems(library, catalogueFor(library.fiscalYear).catalogue)
  const found = [
    ...problems.missing.map((code) => `no recommendation for ${code}`),
    ...problems.extra.map((code) => `${code} is not a ${library.fiscalYear} item`),
    ...problems.unknownCitations.map((citation) => `cites an item ${library.fiscalYear} lacks: ${citation}`),
  ]
  if (found.length > 0) throw new Error(`recommendations ${library.fiscalYear}: ${found.join('; ')}`)
  return library
}

/** Shipped libraries, validated once when the module loads: a broken one fails every test at once. */
const SHIPPED: ReadonlyMap<number, RecommendationLibrary> = new Map(
  [RECOMMENDATIONS_2563, RECOMMENDATIONS_2567, RECOMMENDATIONS_2568, RECOMMENDATIONS_2569, RECOMMENDATIONS_2570].map((input) => [input.fiscalYear, validateShippedLibrary(input)]),
)

/** Fiscal years (BE) with a library of their own, oldest first. */
export const RECOMMENDATION_FISCAL_YEARS: readonly number[] = [...SHIPPED.keys()].sort((a, b) => a - b)

export interface RecommendationLibraryLookup {
  library: RecommendationLibrary
  /** The shipped year whose library is used when the year has none of its own; null when exact. */
  derivedFrom: number | null
}

/**
 * The library of a fiscal year (BE). A year without one uses the library of the year whose catalogue
 * `catalogueFor` borrows, so recommendations and items always come from the same year.
 */
export function recommendationLibraryFor(fiscalYear: number): RecommendationLibraryLookup {
  const exact = SHIPPED.get(fiscalYear)
  if (exact) return { library: exact, derivedFrom: null }
  const base = catalogueFor(fiscalYear).derivedFrom
  const borrowed = base === null ? undefined : SHIPPED.get(base)
  if (!borrowed) return { library: { fiscalYear, recommendations: [] }, derivedFrom: null }
  return { library: { ...borrowed, fiscalYear }, derivedFrom: base }
}

