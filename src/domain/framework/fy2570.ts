import type { CatalogueInput, CatalogueSource } from './schema'
import { FY2569 } from './fy2569'

/**
 * Nothing of ITA 2570 was found published (December 2569: committees now write their measures for
 * fiscal year 2570, the year the next assessment covers), so its catalogue is the 2569 one, every fact
 * marked as borrowed: each item names `borrowed-from-2569` as the source of its title, indicator and
 * sub-indicator and is marked uncertain; the 2569 sources stay listed so each fact can be traced on.
 */
const BORROWED: CatalogueSource = {
  id: 'borrowed-from-2569', kind: 'inference', url: null,
  label: 'the 2569 catalogue, borrowed: no ITA 2570 item list is published yet',
  note: 'Every item, title, indicator, sub-indicator, evidence item, weight and level rule is the 2569 one (see its sources below); replace it when the NACC publishes the 2570 framework.',
}

const borrow = <T extends string | null>(source: T) => (source === null ? null : BORROWED.id)

export const FY2570: CatalogueInput = {
  ...FY2569,
  fiscalYear: 2570,
  items: FY2569.items.map((item) => ({
    ...item,
    titleUncertain: item.title !== null,
    indicatorUncertain: item.indicator !== null,
    sources: { title: borrow(item.sources.title), indicator: borrow(item.sources.indicator), subIndicator: borrow(item.sources.subIndicator) },
  })),
  yearFacts: {
    toolWeights: { source: BORROWED.id, uncertain: true },
    levelScheme: { source: BORROWED.id, uncertain: true },
  },
  evidence: FY2569.evidence.map((entry) => ({ ...entry, source: BORROWED.id, uncertain: true })),
  sources: [BORROWED, ...FY2569.sources],
  unknowns: [
    'Everything: no ITA 2570 framework is published; the 2569 catalogue is borrowed as a whole',
    ...FY2569.unknowns,
  ],
}

/** The year FY2570 borrows from (tests check it says so). */
export const FY2570_BORROWS_FROM = 2569
