/**
 * Template leftovers (seed digest §5): placeholders never filled in, and words that belong to another
 * organisation — its name, or another type of local government ("เทศบาล" in an อบต. plan) — copied
 * with a template. Found in free text; nothing here knows about measures.
 */

export type OrganizationType = 'sao' | 'municipality' | 'pao' | 'other'

/** อบต. (องค์การบริหารส่วนตำบล), เทศบาล, อบจ. (องค์การบริหารส่วนจังหวัด), or another kind of agency. */
export function organizationTypeOf(name: string): OrganizationType {
  const text = name.trim()
  if (/^(องค์การบริหารส่วนตำบล|อบต\.)/u.test(text)) return 'sao'
  if (/^(องค์การบริหารส่วนจังหวัด|อบจ\.)/u.test(text)) return 'pao'
  if (/^(เทศบาล|ทต\.|ทม\.|ทน\.)/u.test(text)) return 'municipality'
  return 'other'
}

const TYPE_PREFIX = /^(องค์การบริหารส่วนตำบล|องค์การบริหารส่วนจังหวัด|เทศบาลตำบล|เทศบาลเมือง|เทศบาลนคร|เทศบาล|อบต\.|อบจ\.|ทต\.|ทม\.|ทน\.)\s*/u

/** The place name of an organisation: "องค์การบริหารส่วนตำบลหนองซอน" -> "หนองซอน". */
export function placeNameOf(name: string): string {
  return name.trim().replace(TYPE_PREFIX, '').trim()
}

export interface Leftover {
  kind: 'placeholder' | 'organization-type' | 'other-organization'
  /** The text found, as written. */
  text: string
}

/** Placeholders of the NACC templates and their misspellings, and dotted blanks. */
const PLACEHOLDERS: readonly RegExp[] = [
  /ระบุ\s*ชื่อ[^\s]*/gu,
  /ระบอบ\s*ชื่อ/gu,
  /ระบุ\s*วันที่\s*หรือ[^\n]*/gu,
  /\(?\s*ชื่อหน่วยงาน\s*\)?/gu,
  /(?:อบจ\.?|เทศบาล|อบต\.?)(?:\s*\/\s*(?:อบจ\.?|เทศบาล|อบต\.?)){1,2}/gu,
  /\.{4,}|…{2,}|_{3,}/gu,
  /\bX{3,}\b/gu,
]

const FOREIGN_TYPE_WORDS: Record<OrganizationType, readonly RegExp[]> = {
  sao: [/เทศบาล(?:ตำบล|เมือง|นคร)?/gu, /องค์การบริหารส่วนจังหวัด/gu, /อบจ\./gu],
  municipality: [/องค์การบริหารส่วนตำบล/gu, /องค์การบริหารส่วนจังหวัด/gu, /อบต\./gu, /อบจ\./gu],
  pao: [/องค์การบริหารส่วนตำบล/gu, /เทศบาล(?:ตำบล|เมือง|นคร)?/gu, /อบต\./gu],
  other: [],
}

/** An organisation named in running text: its type word and the place name after it. */
const NAMED_ORGANIZATION = /(องค์การบริหารส่วนตำบล|องค์การบริหารส่วนจังหวัด|เทศบาลตำบล|เทศบาลเมือง|เทศบาลนคร|อบต\.|อบจ\.|ทต\.)\s?([ก-ฮะ-ฺเ-์]{2,})/gu

/** Words that may follow a type word without naming a place ("สำนักปลัด อบต. และงาน..."). */
const NOT_A_PLACE = /^(และ|ที่|ทุก|ให้|ของ|ใน|เพื่อ|โดย|หรือ|ซึ่ง|จึง|ได้|มี|เป็น|ต้อง|จะ|ว่า|กับ|แห่ง|นั้น|นี้|ดังกล่าว|ต่าง|อื่น)/u

/**
 * Leftovers in `text` for an organisation named `organizationName` (its full name; `shortName` too when
 * it has one): placeholders ("ระบุชื่อ", "ระบอบชื่อ", "ปลัด (อบจ./เทศบาล/อบต.)", "ระบุ วันที่ หรือ เดือน ...",
 * dotted blanks), another organisation's name ("อบต.บ้านแหง" in หนองซอน's plan), and the words of another
 * organisation type ("เทศบาล" in an อบต. plan). Each piece of text is reported once.
 */
export function findLeftovers(text: string, organizationName: string, shortName = ''): Leftover[] {
  const found: Leftover[] = []
  let rest = text.normalize('NFC')
  for (const pattern of PLACEHOLDERS) {
    rest = rest.replace(pattern, (match) => {
      if (match.trim()) found.push({ kind: 'placeholder', text: match.trim() })
      return ' '.repeat(match.length)
    })
  }
  const places = [placeNameOf(organizationName), placeNameOf(shortName)].filter((place) => place.length >= 2)
  for (const match of rest.matchAll(NAMED_ORGANIZATION)) {
    const place = match[2]!
    if (NOT_A_PLACE.test(place) || places.some((own) => place.startsWith(own))) continue
    found.push({ kind: 'other-organization', text: match[0].trim() })
    rest = rest.slice(0, match.index) + ' '.repeat(match[0].length) + rest.slice(match.index + match[0].length)
  }
  for (const pattern of FOREIGN_TYPE_WORDS[organizationTypeOf(organizationName)]) {
    for (const match of rest.matchAll(pattern)) found.push({ kind: 'organization-type', text: match[0] })
  }
  return found
}
