import type { Catalogue, CatalogueItem, CatalogueSource, EvidenceProduct } from './schema'
import { catalogueItemsByCode } from './lookup'

/** One OIT item a document of the app is published as evidence for, with where that is said. */
export interface EvidenceItem {
  code: string
  /** The item's title in the catalogue (a committee's own when it typed one); null when not known. */
  title: string | null
  titleUncertain: boolean
  /** The source saying this product answers the item. */
  source: CatalogueSource | null
  /** true when that is one agency's list or an inference, not the NACC's manual. */
  uncertain: boolean
}

/**
 * The OIT items of a catalogue's year that a product of the app answers: its analysis of the ITA result,
 * the measures, their follow-up, the anti-corruption action plan or that plan's report (e.g. 2569: the
 * analysis and the measures for O25 การนำผลการประเมิน ITA ไปสู่การพัฒนาองค์กร, the follow-up for O26).
 * Pure; in the order the catalogue lists them; empty when the year's catalogue does not say (2567) or the
 * product answers nothing that year. Codes the catalogue no longer has are left out.
 */
export function evidenceItems(catalogue: Catalogue, product: EvidenceProduct): EvidenceItem[] {
  const items = catalogueItemsByCode(catalogue)
  const sources = new Map(catalogue.sources.map((source) => [source.id, source]))
  return catalogue.evidence
    .filter((entry) => entry.product === product)
    .flatMap((entry) => entry.items.flatMap((code): EvidenceItem[] => {
      const item: CatalogueItem | undefined = items.get(code)
      if (!item) return []
      return [{ code, title: item.title, titleUncertain: item.titleUncertain, source: sources.get(entry.source) ?? null, uncertain: entry.uncertain }]
    }))
}
