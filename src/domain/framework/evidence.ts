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
 * product answers nothing that year. Codes the catalogue no longer has are left out. Pass the catalogue
 * of the assessment the document is shown in (see `evidenceAssessmentYear`).
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

/**
 * The ITA year whose OIT a document is published as evidence for, from the year the document is about
 * (`documentYear`: the result's year for the analysis; the fiscal year of the measures or of the action
 * plan for the others):
 * - the analysis of the result of year Y is shown in the next assessment, ITA Y+1 (agencies' 2569 O25
 *   การนำผลการประเมิน ITA ไปสู่การพัฒนาองค์กร shows what they made of their 2568 result);
 * - measures and an action plan of fiscal year M are evidence in ITA M, the assessment run during it;
 * - their follow-up or results report, made once fiscal year M has ended, in ITA M+1 (the 2569 O24 and
 *   O26 report fiscal year 2568).
 */
export function evidenceAssessmentYear(product: EvidenceProduct, documentYear: number): number {
  switch (product) {
    case 'analysis':
    case 'follow-up':
    case 'action-plan-report':
      return documentYear + 1
    case 'measures':
    case 'action-plan':
      return documentYear
  }
}
