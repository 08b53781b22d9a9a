/**
 * Owners of measures: the organisation's own units (สำนัก / กอง / งาน), plus the collective owners real
 * tables use ("ทุกสำนัก/กอง", seed 002; "ทุกส่วนราชการ", seed 004), which are not units.
 */

export const COLLECTIVE_OWNERS: readonly string[] = ['ทุกสำนัก/กอง', 'ทุกส่วนราชการ', 'ทุกหน่วยงาน', 'ทุกกอง']

/** Spacing and the organisation-type suffix do not distinguish units: "สำนักปลัด อบต." is สำนักปลัด. */
export function normaliseUnit(name: string): string {
  return name.normalize('NFC')
    .replace(/^[-–•\s]+/, '')
    .replace(/\s*(อบต\.?|อบจ\.?|เทศบาล(ตำบล|เมือง|นคร)?)$/u, '')
    .replace(/\s+/g, '')
}

export function isCollectiveOwner(owner: string): boolean {
  const key = normaliseUnit(owner)
  return COLLECTIVE_OWNERS.some((collective) => normaliseUnit(collective) === key)
}

/** True when the owner names one of the units, or a unit inside one ("งานพัสดุ กองคลัง" holds กองคลัง). */
export function ownerMatchesUnits(owner: string, units: readonly string[]): boolean {
  const key = normaliseUnit(owner)
  return units.some((unit) => {
    const name = normaliseUnit(unit)
    return name !== '' && (key === name || key.includes(name))
  })
}

/**
 * The owners a drafted measure gets: for each usual owner of the template, the organisation's unit of
 * that name (its own spelling), or the collective owner as given. Usual owners the organisation has no
 * unit for are kept only when nothing else matched, so a row is never drafted without an owner; the
 * checks then say that the owner is not one of the organisation's units.
 */
export function matchOwners(usual: readonly string[], units: readonly string[]): string[] {
  const matched: string[] = []
  for (const owner of usual) {
    if (isCollectiveOwner(owner)) {
      matched.push(owner)
      continue
    }
    const key = normaliseUnit(owner)
    const unit = units.find((candidate) => normaliseUnit(candidate) === key)
      ?? units.find((candidate) => {
        const name = normaliseUnit(candidate)
        return name !== '' && (name.includes(key) || key.includes(name))
      })
    if (unit !== undefined) matched.push(unit)
  }
  const unique = [...new Set(matched)]
  return unique.length ? unique : [...usual]
}
