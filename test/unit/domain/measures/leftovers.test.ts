import { describe, expect, it } from 'vitest'
import { checkMeasurePlan, findLeftovers, type OwnOrganization } from '@/domain'
import { SHIPPED_LIBRARY } from '@/domain/measures/library'
import { demoMeasurePlan } from '@/domain/demo/nongson-2568-plan'
import { DEMO_ORGANIZATION } from '@/domain/demo/nongson-2567'
import { nongson, seed002Analysis } from './fixtures'

const others = (text: string, own: string | OwnOrganization) =>
  findLeftovers(text, own).filter((leftover) => leftover.kind === 'other-organization').map((leftover) => leftover.text)

const nongsonOwn: OwnOrganization = { ...DEMO_ORGANIZATION, units: [...DEMO_ORGANIZATION.units] }
const thaChang: OwnOrganization = { name: 'เทศบาลตำบลท่าช้าง', shortName: 'ทต.ท่าช้าง', district: 'พรหมพิราม', province: 'พิษณุโลก', units: ['สำนักปลัดเทศบาล', 'กองคลัง'] }
const phayaoMunicipality: OwnOrganization = { name: 'เทศบาลเมืองพะเยา', shortName: 'ทม.พะเยา', district: 'เมืองพะเยา', province: 'พะเยา' }
const upOwn: OwnOrganization = { name: 'มหาวิทยาลัยพะเยา', shortName: 'มพ.', district: 'เมืองพะเยา', province: 'พะเยา', units: ['สำนักงานอธิการบดี', 'กองคลัง', 'โรงพยาบาลมหาวิทยาลัยพะเยา'] }

describe('another organisation\'s name left in a plan', () => {
  it('flags a municipality named with bare "เทศบาล" and a place in another municipality\'s plan', () => {
    expect(others('ประสานงานกับเทศบาลท่าช้างทุกไตรมาส', phayaoMunicipality)).toEqual(['เทศบาลท่าช้างทุกไตรมาส'])
    expect(others('เผยแพร่ในเขตเทศบาลท่าช้าง', phayaoMunicipality)).toEqual(['เทศบาลท่าช้าง'])
    // its own name, and bare "เทศบาล" in generic use, stay clean
    expect(others('เผยแพร่ในเขตเทศบาลท่าช้าง', thaChang)).toEqual([])
    expect(findLeftovers('สำนักปลัดเทศบาล พนักงานเทศบาลสามัญ และปลัดเทศบาลตำบล', thaChang)).toEqual([])
  })

  it('flags the abbreviations ทม., ทน., ทต., อบจ. and อบต. with another place', () => {
    expect(others('ตามแบบของ ทม.ลำปาง', thaChang)).toEqual(['ทม.ลำปาง'])
    expect(others('ตามแบบของ ทน.เชียงใหม่', thaChang)).toEqual(['ทน.เชียงใหม่'])
    expect(others('ตามแบบของ ทต.บ้านกลาง', thaChang)).toEqual(['ทต.บ้านกลาง'])
    expect(others('ตามแบบของ อบจ.ลำปาง', thaChang)).toEqual(['อบจ.ลำปาง'])
    expect(others('ตามแบบของ อบต.บ้านแหง', thaChang)).toEqual(['อบต.บ้านแหง'])
    expect(others('รายงานต่อนายก ทม.พะเยา', phayaoMunicipality)).toEqual([])
    expect(others('รายงานต่อนายก ทต.ท่าช้าง', thaChang)).toEqual([])
  })

  it('flags another agency\'s name: university, hospital, department, office, province, district', () => {
    expect(others('คณะทำงานมหาวิทยาลัยนเรศวร', upOwn)).toEqual(['มหาวิทยาลัยนเรศวร'])
    expect(others('ส่งรายงานให้โรงพยาบาลพุทธชินราช', upOwn)).toEqual(['โรงพยาบาลพุทธชินราช'])
    expect(others('ตามแนวทางของกรมทางหลวง', upOwn)).toEqual(['กรมทางหลวง'])
    expect(others('ตามแนวทางของสำนักงานสาธารณสุขจังหวัดลำปาง', upOwn)).toEqual(['สำนักงานสาธารณสุขจังหวัดลำปาง'])
    expect(others('ผู้ว่าราชการจังหวัดพิษณุโลก', nongsonOwn)).toEqual(['จังหวัดพิษณุโลก'])
    expect(others('ที่ว่าการอำเภอพรหมพิราม', nongsonOwn)).toEqual(['อำเภอพรหมพิราม'])
  })

  it('accepts the organisation\'s own name, units, district and province, and bodies every plan cites', () => {
    expect(others('มหาวิทยาลัยพะเยาได้จัดทำแผน สำนักงานอธิการบดี โรงพยาบาลมหาวิทยาลัยพะเยา', upOwn)).toEqual([])
    expect(others('อำเภอเชียงยืน จังหวัดมหาสารคาม สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัดมหาสารคาม', nongsonOwn)).toEqual([])
    expect(others('รายงานสำนักงาน ป.ป.ช. สำนักงานการตรวจเงินแผ่นดิน สำนักงานคณะกรรมการข้อมูลข่าวสารของราชการ', nongsonOwn)).toEqual([])
    expect(others('ระบบ e-GP ของกรมบัญชีกลาง และกรมส่งเสริมการปกครองท้องถิ่น', nongsonOwn)).toEqual([])
  })

  it('does not read generic words as an agency: สำนักงานปลัด, กองคลัง, จังหวัดเคลื่อนที่, องค์กรมหาชน', () => {
    expect(others('สำนักงานปลัด กองคลัง สำนักงานเลขานุการ', upOwn)).toEqual([])
    expect(others('ช่องทางการติดต่อของสำนักงานและปรับปรุงข้อมูล', nongsonOwn)).toEqual([])
    expect(others('โครงการจังหวัดเคลื่อนที่ อำเภอเคลื่อนที่ ระดับจังหวัด ทุกจังหวัดและอำเภอ', nongsonOwn)).toEqual([])
    expect(others('องค์กรมีความพึงพอใจ องค์กรมหาชน กรมธรรม์ประกันภัย', nongsonOwn)).toEqual([])
    expect(others('ร่วมกับโรงพยาบาลส่งเสริมสุขภาพตำบล', nongsonOwn)).toEqual([])
  })

  it('leaves "อำเภอ…" and "จังหวัด…" alone while the organisation\'s district and province are unknown', () => {
    expect(others('อำเภอเชียงยืน จังหวัดมหาสารคาม', { name: 'องค์การบริหารส่วนตำบลหนองซอน' })).toEqual([])
  })

  it('tells a different place from the organisation\'s own place with a suffix: อบต.หนองซอนบน', () => {
    expect(others('ตามแบบของ อบต.หนองซอนบน', nongsonOwn)).toEqual(['อบต.หนองซอนบน'])
    expect(others('อบต.หนองซอนบนได้ดำเนินการ', nongsonOwn)).toEqual(['อบต.หนองซอนบนได้ดำเนินการ'])
    expect(others('องค์การบริหารส่วนตำบลหนองซอนใหม่', nongsonOwn)).toEqual(['องค์การบริหารส่วนตำบลหนองซอนใหม่'])
    expect(others('ตามแบบของเทศบาลตำบลท่าช้างเหนือ', thaChang)).toEqual(['เทศบาลตำบลท่าช้างเหนือ'])
    // running text after the own name, even one starting with such a word, is the organisation's own
    expect(others('อบต.หนองซอนเลือกใช้การวิเคราะห์ เผยแพร่ข้อมูลของ อบต.หนองซอนบนเว็บไซต์', nongsonOwn)).toEqual([])
  })
})

describe('no false leftover in real plans', () => {
  it('finds no leftover at all in seed 002\'s own measures table for อบต.หนองซอน', () => {
    const findings = checkMeasurePlan(demoMeasurePlan('nongson'), seed002Analysis(), nongson())
    expect(findings.filter((finding) => finding.code.startsWith('leftover-'))).toEqual([])
  })

  it('finds no other organisation\'s name in any shipped template, for an อบต., a municipality, an อบจ. and a university', () => {
    const pao: OwnOrganization = { name: 'องค์การบริหารส่วนจังหวัดพะเยา', shortName: 'อบจ.พะเยา' }
    for (const own of [nongsonOwn, thaChang, pao, upOwn]) {
      const found = SHIPPED_LIBRARY.flatMap((template) =>
        [template.name, template.kpi, ...template.steps, ...template.owners].flatMap((text) => others(text, own).map((name) => `${template.id}: ${name}`)))
      expect(found, own.name).toEqual([])
    }
  })
})
