import type { Catalogue, CatalogueItem } from './schema'

const itemMaps = new WeakMap<Catalogue, ReadonlyMap<string, CatalogueItem>>()

/**
 * A catalogue's items by code, built once per catalogue object (catalogues are never changed in place:
 * committee changes make a new one). Scoring and issue groups look items up for every assessment of a
 * provincial workbook.
 */
export function catalogueItemsByCode(catalogue: Catalogue): ReadonlyMap<string, CatalogueItem> {
  let map = itemMaps.get(catalogue)
  if (!map) {
    map = new Map(catalogue.items.map((item) => [item.code, item]))
    itemMaps.set(catalogue, map)
  }
  return map
}
