/**
 * What differs between the copy here and the server's copy of a document in conflict, field by field
 * (the top level of the document's data), for the committee to see both before it chooses. Values are
 * shown as JSON text, cut to a length a screen can hold; nothing is interpreted.
 */
export interface FieldDifference {
  field: string
  here: string
  there: string
}

const SHOWN = 160

function shown(value: unknown): string {
  if (value === undefined) return '(ไม่มี)'
  const text = typeof value === 'string' ? value : JSON.stringify(value)
  return text.length > SHOWN ? `${text.slice(0, SHOWN)}…` : text
}

export function differingFields(here: unknown, there: unknown): FieldDifference[] {
  const asRecord = (value: unknown): Record<string, unknown> => (value !== null && typeof value === 'object' && !Array.isArray(value) ? value as Record<string, unknown> : { '': value })
  const left = asRecord(here)
  const right = asRecord(there)
  const fields = [...new Set([...Object.keys(left), ...Object.keys(right)])].sort()
  return fields
    .filter((field) => JSON.stringify(left[field]) !== JSON.stringify(right[field]))
    .map((field) => ({ field, here: shown(left[field]), there: shown(right[field]) }))
}
