import { catalogueFor, evidenceItems, type EvidenceItem } from '@/domain/framework'

/** The documents of the action plan the ITA asks for as published evidence (OIT items). */
export type PlanDocument = 'announcement' | 'action-plan' | 'action-plan-report'

/**
 * The OIT items a document of the plan is evidence for, in the catalogue of the ITA of the plan's
 * year (it looks at what the year published). The announcement is published with the plan and
 * answers the same items. Empty where the catalogue does not say.
 */
export function evidenceItemsFor(document: PlanDocument, fiscalYear: number): EvidenceItem[] {
  return evidenceItems(catalogueFor(fiscalYear).catalogue, document === 'announcement' ? 'action-plan' : document)
}
