import { describe, expect, it } from 'vitest'
import { AssessmentScoresSchema, analyseAssessment, catalogueFor, type Analysis, type FlagOverride } from '@/domain'
import {
  GroupAnalysisDocumentSchema, IMPROVE_NOTE, MAINTAIN_NOTE, draftGroupAnalysis, draftedText, editGroupText, keepEditedText,
  redraftGroupText, takeNewDraft, toolNote, withGroupText, type GroupDraftContext,
} from '@/domain/group-analysis'
import { applyRecommendationOverrides, type RecommendationOverride } from '@/domain/recommendations'
import { recommendationLibraryFor } from '@/domain/recommendations/library'
import { DEMO_OVERRIDES_2567, DEMO_SCORES_2567 } from '@/domain/demo/nongson-2567'

const { catalogue } = catalogueFor(2567)
const scores = AssessmentScoresSchema.parse(DEMO_SCORES_2567)

function analyse(overrides: FlagOverride[] = DEMO_OVERRIDES_2567, threshold = 85): Analysis {
  return analyseAssessment(catalogue, scores, { overrides, threshold })
}

function context(analysis: Analysis, edits: RecommendationOverride[] = [], digits: 'thai' | 'arabic' = 'arabic'): GroupDraftContext {
  const recommendations = applyRecommendationOverrides(recommendationLibraryFor(2567).library, edits)
  return {
    organizationName: 'อบต.หนองซอน',
    threshold: analysis.threshold,
    indicators: analysis.indicators,
    recommendationOf: (code) => recommendations.get(code)?.text ?? null,
    digits,
  }
}

function draft(groupNo: number, analysis = analyse(), edits: RecommendationOverride[] = [], digits: 'thai' | 'arabic' = 'arabic'): string {
  return draftGroupAnalysis(analysis.issueGroups[groupNo - 1]!, context(analysis, edits, digits))
}

describe('drafting a group analysis from seed 002', () => {
  it('group 4 states the facts: indicator 4 and every item with its score', () => {
    const [facts] = draft(4).split('\n\n')
    expect(facts).toContain('ข้อเท็จจริงพบว่า อบต.หนองซอน')
    expect(facts).toContain('ตัวชี้วัดที่ 4 การใช้ทรัพย์สินของราชการ อยู่ที่ 75.35 คะแนน ต่ำกว่าเกณฑ์ 85 คะแนน')
    expect(facts).toContain('IIT ข้อ i10 (67.27), i11 (98.27), i12 (60.00)')
    expect(facts).toContain('o34 (0.00), o35 (0.00)')
  })

  it('group 4 names the weakness, weakest first', () => {
    const weakness = draft(4).split('\n\n')[1]!
    expect(weakness).toContain('ต่ำกว่าเกณฑ์ 85 คะแนน')
    const order = ['o34', 'o35', 'i12', 'i10'].map((code) => weakness.indexOf(`ข้อ ${code} `))
    expect(order.every((position) => position >= 0)).toBe(true)
    expect([...order].sort((a, b) => a - b)).toEqual(order)
    expect(weakness).not.toContain('i11')
  })

  it('group 4 recommends from the library for each item to improve, citing OIT items', () => {
    const paragraphs = draft(4).split('\n\n').slice(2)
    expect(paragraphs.map((paragraph) => paragraph.slice(0, paragraph.indexOf(' ', 4)))).toEqual(['ข้อ o34', 'ข้อ o35', 'ข้อ i12', 'ข้อ i10'])
    const i12 = paragraphs[2]!
    expect(i12).toContain('(60.00 คะแนน)')
    expect(i12).toContain('ตรวจสอบวัสดุและครุภัณฑ์ในแต่ละส่วนงานเป็นระยะ (อ้างอิงจาก o10)')
    expect(i12).toContain('(อ้างอิงจาก o20)')
    expect(paragraphs[0]).toContain('(อ้างอิงจาก o34)')
  })

  it('uses the organisation\'s own recommendation where it has one', () => {
    const text = draft(4, analyse(), [{ code: 'i12', text: 'หน่วยงานควรตรวจนับครุภัณฑ์ทุกไตรมาส (อ้างอิงจาก o10)' }])
    expect(text).toContain('ข้อ i12 การกำกับดูแลและตรวจสอบการใช้ทรัพย์สินของราชการเพื่อป้องกันการนำไปใช้ประโยชน์ส่วนตัว (60.00 คะแนน) หน่วยงานควรตรวจนับครุภัณฑ์ทุกไตรมาส (อ้างอิงจาก o10)')
    expect(text).not.toContain('ตรวจสอบวัสดุและครุภัณฑ์ในแต่ละส่วนงานเป็นระยะ')
  })

  it('says the committee flagged e4 itself, with its reason', () => {
    const weakness = draft(2).split('\n\n')[1]!
    expect(weakness).toContain('คณะทำงานกำหนดให้ปรับปรุงข้อ e4 (85.33 คะแนน) ด้วย เนื่องจาก ผู้รับบริการบางรายไม่เคยใช้ระบบ E-Service')
    expect(draft(2)).toContain('(อ้างอิงจาก o18)')
    // Without the override e4 reaches the threshold and is not a weakness.
    expect(draft(2, analyse([]))).not.toContain('ข้อ e4 ')
  })

  it('says when the committee keeps an item below the threshold', () => {
    const text = draft(4, analyse([{ code: 'i12', flag: 'maintain', reason: 'ตรวจนับแล้ว' }]))
    expect(text).toContain('ข้อ i12 (60.00 คะแนน) แม้ต่ำกว่าเกณฑ์ คณะทำงานกำหนดให้รักษาระดับ เนื่องจาก ตรวจนับแล้ว')
    expect(text.split('\n\n').slice(2).some((paragraph) => paragraph.startsWith('ข้อ i12'))).toBe(false)
  })

  it('writes a maintain text where nothing needs improving', () => {
    const text = draft(6, analyse([], 0))
    expect(text).toContain(`ไม่มีข้อที่ต้องปรับปรุงในประเด็นนี้ อบต.หนองซอนควร${MAINTAIN_NOTE}`)
    expect(text).not.toContain('อ้างอิงจาก')
  })

  it('shares one paragraph between items that share a recommendation', () => {
    const text = draft(1, analyse([{ code: 'i2', flag: 'improve', reason: '' }, { code: 'i3', flag: 'improve', reason: '' }]))
    const shared = text.split('\n\n').filter((paragraph) => paragraph.includes('จัดประชุมเพื่อทบทวนปัญหาและอุปสรรค'))
    expect(shared).toHaveLength(1)
    expect(shared[0]).toMatch(/^ข้อ i2 \(87\.27 คะแนน\) และ ข้อ i3 \(100\.00 คะแนน\) หน่วยงานควร/)
  })

  it('leaves out items the assessment has no score for, and says when a group has none', () => {
    expect(draft(3)).not.toContain('o4 ')
    const empty = analyseAssessment(catalogue, { ...scores, itemScores: [] })
    expect(draftGroupAnalysis(empty.issueGroups[0]!, context(empty))).toContain('ยังไม่มีข้อคำถามที่มีคะแนน')
  })

  it('writes every digit in Thai when asked, codes included', () => {
    const text = draft(4, analyse(), [], 'thai')
    expect(text).toContain('๗๕.๓๕')
    expect(text).toContain('ข้อ i๑๒')
    expect(text).toContain('(อ้างอิงจาก o๑๐)')
    expect(text).not.toMatch(/[0-9]/)
  })

  it('is deterministic', () => {
    expect(draft(5)).toBe(draft(5))
  })
})

describe('the note of a tool\'s rows', () => {
  it('reads as seed 002 writes it', () => {
    const group2 = analyse().issueGroups[1]!
    expect(toolNote(group2.itemsByTool.EIT, 'arabic')).toBe(`${MAINTAIN_NOTE} ข้อ e4, e7, e8 ${IMPROVE_NOTE}`)
    expect(toolNote(group2.itemsByTool.EIT, 'thai')).toContain('ข้อ e๔, e๗, e๘')
    expect(toolNote(analyse().issueGroups[5]!.itemsByTool.IIT)).toBe(MAINTAIN_NOTE)
    expect(toolNote([])).toBe('-')
  })
})

describe('saved group texts', () => {
  const first = draftedText(4, 'ร่างแรก')

  it('an edit is the committee\'s until it matches the draft again', () => {
    const edited = editGroupText(first, 'ร่างแรก แก้แล้ว')
    expect(edited).toEqual({ group: 4, text: 'ร่างแรก แก้แล้ว', draft: 'ร่างแรก', edited: true })
    expect(editGroupText(edited, 'ร่างแรก').edited).toBe(false)
  })

  it('drafting again replaces an unedited text', () => {
    expect(redraftGroupText(first, 'ร่างใหม่')).toEqual({ kind: 'replaced', entry: draftedText(4, 'ร่างใหม่') })
    expect(redraftGroupText(first, 'ร่างแรก').kind).toBe('unchanged')
  })

  it('drafting again never replaces an edited text: it asks to compare', () => {
    const edited = editGroupText(first, 'ของคณะทำงาน')
    const outcome = redraftGroupText(edited, 'ร่างใหม่')
    expect(outcome).toEqual({ kind: 'compare', entry: edited, newDraft: 'ร่างใหม่' })
  })

  it('after comparing, keeps the edit on the new draft, or takes the new draft', () => {
    const edited = editGroupText(first, 'ของคณะทำงาน')
    expect(keepEditedText(edited, 'ร่างใหม่')).toEqual({ group: 4, text: 'ของคณะทำงาน', draft: 'ร่างใหม่', edited: true })
    expect(takeNewDraft(edited, 'ร่างใหม่')).toEqual({ group: 4, text: 'ร่างใหม่', draft: 'ร่างใหม่', edited: false })
  })

  it('a document holds each group once, in order', () => {
    const document = withGroupText(withGroupText({ organizationId: 'demo', fiscalYear: 2567, groups: [] }, draftedText(5, 'ห้า')), first)
    expect(document.groups.map((entry) => entry.group)).toEqual([4, 5])
    expect(withGroupText(document, editGroupText(first, 'ใหม่')).groups).toHaveLength(2)
    expect(GroupAnalysisDocumentSchema.safeParse(document).success).toBe(true)
    expect(GroupAnalysisDocumentSchema.safeParse({ ...document, groups: [first, first] }).success).toBe(false)
    expect(GroupAnalysisDocumentSchema.safeParse({ ...document, groups: [{ ...first, group: 8 }] }).success).toBe(false)
  })
})
