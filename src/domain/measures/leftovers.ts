/**
 * Template leftovers (seed digest §5): placeholders never filled in, and words that belong to another
 * organisation — its name (a local government's, "อบต.บ้านแหง", "ทม.พะเยา", "เทศบาลท่าช้าง", or another
 * agency's, "มหาวิทยาลัยนเรศวร", "สำนักงานสาธารณสุขอำเภอ...") or another type of local government's words
 * ("เทศบาล" in an อบต. plan) — copied with a template. Found in free text; nothing here knows about measures.
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
  sao: [/เทศบาล(?:ตำบล|เมือง|นคร)?/gu, /องค์การบริหารส่วนจังหวัด/gu, /อบจ\./gu, /ทต\.|ทม\.|ทน\./gu],
  municipality: [/องค์การบริหารส่วนตำบล/gu, /องค์การบริหารส่วนจังหวัด/gu, /อบต\./gu, /อบจ\./gu],
  pao: [/องค์การบริหารส่วนตำบล/gu, /เทศบาล(?:ตำบล|เมือง|นคร)?/gu, /อบต\./gu, /ทต\.|ทม\.|ทน\./gu],
  other: [],
}

/** A Thai run as written without spaces: consonants, vowels and tone marks. */
const THAI_RUN = '[ก-ฮะ-ฺเ-์]'

/**
 * A local government named in running text: its type word, full or abbreviated, and the place after it.
 * Bare "เทศบาล" names a place too ("เทศบาลท่าช้าง") when written right before it, and is not the start of a
 * longer type word; after a space it is generic ("สำนักปลัดเทศบาล พนักงาน...").
 */
const NAMED_LOCAL_GOVERNMENT = new RegExp(
  `(องค์การบริหารส่วนตำบล|องค์การบริหารส่วนจังหวัด|เทศบาลตำบล|เทศบาลเมือง|เทศบาลนคร|เทศบาล(?!ตำบล|เมือง|นคร|\\s)|อบต\\.|อบจ\\.|ทต\\.|ทม\\.|ทน\\.)\\s?(${THAI_RUN}{2,})`,
  'gu',
)

/**
 * Another kind of agency named in running text ("มหาวิทยาลัยนเรศวร", "โรงพยาบาลพะเยา", "จังหวัดขอนแก่น"):
 * the type word directly followed by its name (a space after the type word is too often a generic use,
 * "ระดับจังหวัด ประจำปี"). The name must start a syllable, so "องค์กรมี..." holds no "กรม".
 */
const NAMED_AGENCY = new RegExp(`(?<!องค์)(กรม|สำนักงาน|มหาวิทยาลัย|โรงพยาบาล|จังหวัด|อำเภอ)([ก-ฮเ-ไ]${THAI_RUN}+)`, 'gu')

/** Words that may follow a type word without naming a place ("สำนักปลัด อบต. และงาน..."). */
const NOT_A_PLACE = /^(และ|ที่|ทุก|ให้|ของ|ใน|เพื่อ|โดย|หรือ|ซึ่ง|จึง|ได้|มี|เป็น|ต้อง|จะ|ว่า|กับ|แห่ง|นั้น|นี้|ดังกล่าว|ต่าง|อื่น|สามัญ|ตาม|จาก|เช่น|ด้วย|ละ|ไป|มา)/u

/**
 * What follows an agency type word in a generic use: units any organisation has ("สำนักงานปลัด",
 * "สำนักงานเลขานุการ"), programmes ("จังหวัดเคลื่อนที่"), facility types ("โรงพยาบาลส่งเสริมสุขภาพตำบล"),
 * and "กรมธรรม์".
 */
const GENERIC_AFTER_AGENCY = /^(ปลัด|เลขานุการ|อธิการบดี|คณบดี|เคลื่อนที่|ยิ้ม|ใกล้เคียง|ทั้ง|ส่งเสริมสุขภาพ|ธรรม์)/u

/**
 * Central bodies a plan of any agency cites by name (oversight, procurement, personnel, local government
 * supervision): naming them is no leftover.
 */
const CITED_BODIES = /^(กรมบัญชีกลาง|กรมส่งเสริมการปกครองท้องถิ่น|กรมการปกครอง|สำนักงานการตรวจเงินแผ่นดิน|สำนักงานคณะกรรมการ|สำนักงานผู้ตรวจการแผ่นดิน|สำนักงานส่งเสริมการปกครองท้องถิ่น(?:จังหวัด|อำเภอ)?$)/u

/**
 * Words that make a different place of the organisation's own place name ("หนองซอนบน" is not "หนองซอน",
 * "ท่าช้างเหนือ" not "ท่าช้าง").
 */
const PLACE_SUFFIX = /^(บน|ล่าง|เหนือ|ใต้|กลาง|ใหม่|เก่า|น้อย|ใหญ่|ตะวันออก|ตะวันตก|พัฒนา)/u

/**
 * Whether `run` (Thai written without spaces) names `own`: it starts with it, and what follows is running
 * text rather than the rest of a longer name. Only a place-name suffix ending the run, or followed by a word
 * that cannot be part of a name, makes another place ("หนองซอนบน", "หนองซอนบนได้..."), so
 * "หนองซอนเลือกใช้..." and "หนองซอนบนเว็บไซต์" stay the organisation's own.
 */
function namesOwn(run: string, own: string): boolean {
  if (!run.startsWith(own)) return false
  const rest = run.slice(own.length)
  const suffix = PLACE_SUFFIX.exec(rest)
  if (!suffix) return true
  const after = rest.slice(suffix[0].length)
  return !(after === '' || NOT_A_PLACE.test(after))
}

/** The organisation a text belongs to; a bare string is its full name. */
export interface OwnOrganization {
  /** Full name (องค์การบริหารส่วนตำบลหนองซอน, มหาวิทยาลัยพะเยา). */
  name: string
  /** Short form (อบต.หนองซอน); empty when none. */
  shortName?: string
  /** District and province it lies in: "อำเภอเชียงยืน", "จังหวัดมหาสารคาม" are its own. */
  district?: string
  province?: string
  /** Its own units (สำนักปลัด, กองคลัง, สำนักงานอธิการบดี). */
  units?: readonly string[]
}

const AGENCY_PREFIX = /^(กรม|สำนักงาน|มหาวิทยาลัย|โรงพยาบาล|จังหวัด|อำเภอ)/u

function ownNamesOf(own: OwnOrganization) {
  const names = [own.name, own.shortName ?? ''].map((name) => name.normalize('NFC').replace(/\s+/gu, ''))
  const places = [...names.map(placeNameOf), ...names.map((name) => name.replace(AGENCY_PREFIX, '')), own.district ?? '', own.province ?? '']
    .map((place) => place.trim().normalize('NFC'))
    .filter((place) => place.length >= 2)
  const fullNames = [...names, ...(own.units ?? []).map((unit) => unit.normalize('NFC').replace(/\s+/gu, ''))].filter((name) => name.length >= 2)
  return { places, fullNames }
}

/**
 * Leftovers in `text` for the organisation `own` (its full name, or the organisation with its short name,
 * district, province and units): placeholders ("ระบุชื่อ", "ระบอบชื่อ", "ปลัด (อบจ./เทศบาล/อบต.)",
 * "ระบุ วันที่ หรือ เดือน ...", dotted blanks); another organisation's name — a local government
 * ("อบต.บ้านแหง", "ทม.พะเยา", "เทศบาลท่าช้าง" in หนองซอน's plan; "อบต.หนองซอนบน" too) or another agency
 * ("มหาวิทยาลัยนเรศวร" in มหาวิทยาลัยพะเยา's plan), but not the organisation's own district, province and
 * units, central bodies every plan cites, or generic uses ("สำนักงานปลัด", "จังหวัดเคลื่อนที่"); and the
 * words of another organisation type ("เทศบาล" in an อบต. plan). Each piece of text is reported once.
 */
export function findLeftovers(text: string, own: string | OwnOrganization): Leftover[] {
  const organization = typeof own === 'string' ? { name: own } : own
  const found: Leftover[] = []
  let rest = text.normalize('NFC')
  for (const pattern of PLACEHOLDERS) {
    rest = rest.replace(pattern, (match) => {
      if (match.trim()) found.push({ kind: 'placeholder', text: match.trim() })
      return ' '.repeat(match.length)
    })
  }
  const { places, fullNames } = ownNamesOf(organization)
  const blank = (match: RegExpMatchArray) => {
    found.push({ kind: 'other-organization', text: match[0].trim() })
    rest = rest.slice(0, match.index) + ' '.repeat(match[0].length) + rest.slice(match.index! + match[0].length)
  }
  for (const match of rest.matchAll(NAMED_LOCAL_GOVERNMENT)) {
    const place = match[2]!
    if (NOT_A_PLACE.test(place) || places.some((ownPlace) => namesOwn(place, ownPlace))) continue
    blank(match)
  }
  // Without a known district or province, "อำเภอ..." and "จังหวัด..." may be the organisation's own.
  const knowsDistrict = Boolean(organization.district?.trim())
  const knowsProvince = Boolean(organization.province?.trim()) || organizationTypeOf(organization.name) === 'pao'
  for (const match of rest.matchAll(NAMED_AGENCY)) {
    const name = match[0]
    const type = match[1]!
    const after = match[2]!
    if ((type === 'อำเภอ' && !knowsDistrict) || (type === 'จังหวัด' && !knowsProvince)) continue
    if (NOT_A_PLACE.test(after) || GENERIC_AFTER_AGENCY.test(after) || CITED_BODIES.test(name)) continue
    if (fullNames.some((ownName) => namesOwn(name, ownName)) || places.some((ownPlace) => namesOwn(after, ownPlace) || name.endsWith(ownPlace))) continue
    blank(match)
  }
  for (const pattern of FOREIGN_TYPE_WORDS[organizationTypeOf(organization.name)]) {
    for (const match of rest.matchAll(pattern)) found.push({ kind: 'organization-type', text: match[0] })
  }
  return found
}
