import type { LocationQueryValue, RouteLocationRaw } from 'vue-router'
import { normaliseItemCode } from '@/domain/item-code'

/**
 * The link that offers a code the year's catalogue lacks for mapping: the catalogue editor with the code
 * filled in its "add an item" form (`/catalogue?add=o47`).
 */
export function catalogueMappingLink(code: string): RouteLocationRaw {
  return { name: 'catalogue', query: { add: code } }
}

/**
 * The code a `?add=` query asks to map, or null. The query is typed by whoever wrote the address, so
 * only one value that the domain reads as an item code counts; a list, markup, a long text are ignored.
 */
export function codeToMapFromQuery(value: LocationQueryValue | LocationQueryValue[] | undefined): string | null {
  return typeof value === 'string' ? normaliseItemCode(value) : null
}
