import { toArabicDigits } from './thai/digits'

/**
 * Names of local administrative organisations as documents write them: in full
 * (องค์การบริหารส่วนตำบลหนองซอน) or abbreviated (อบต.หนองซอน, อบต. หนองซอน), sometimes followed by the
 * district and province (… อำเภอเชียงยืน จังหวัดมหาสารคาม).
 */

const FORMS: ReadonlyArray<{ short: string; full: string }> = [
  { short: 'อบต.', full: 'องค์การบริหารส่วนตำบล' },
  { short: 'อบจ.', full: 'องค์การบริหารส่วนจังหวัด' },
  { short: 'ทต.', full: 'เทศบาลตำบล' },
  { short: 'ทม.', full: 'เทศบาลเมือง' },
  { short: 'ทน.', full: 'เทศบาลนคร' },
]

function expandAbbreviation(name: string): string {
  for (const form of FORMS) {
    const bare = form.short.slice(0, -1)
    if (name.startsWith(form.short)) return form.full + name.slice(form.short.length).trimStart()
    if (name.startsWith(`${bare} `)) return form.full + name.slice(bare.length).trimStart()
  }
  return name
}

/**
 * The key two names of the same organisation share: abbreviation expanded, the district and province
 * that may follow dropped, spaces, case and digit style ignored. `อบต. หนองซอน` and
 * `องค์การบริหารส่วนตำบลหนองซอน อำเภอเชียงยืน` give the same key. Empty for an empty name.
 */
export function organizationNameKey(name: string): string {
  const text = toArabicDigits(name.normalize('NFC')).replace(/[\s\u00a0\u200b]+/g, ' ').trim()
  const withoutPlace = text.split(/\s+(?:อำเภอ|จังหวัด|อ\.|จ\.)/)[0] ?? ''
  return expandAbbreviation(withoutPlace).replace(/\s+/g, '').toLowerCase()
}

/**
 * The short form used in running text: องค์การบริหารส่วนตำบลหนองซอน -> อบต.หนองซอน. Empty when the
 * name has none of the known forms (a ministry, a university) or is already short.
 */
export function shortOrganizationName(name: string): string {
  const text = name.normalize('NFC').trim()
  for (const form of FORMS) {
    if (text.startsWith(form.full) && text.length > form.full.length) return form.short + text.slice(form.full.length).trim()
  }
  return ''
}
