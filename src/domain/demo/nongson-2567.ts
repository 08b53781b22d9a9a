import type { AssessmentScoresInput } from '../assessment'
import type { FlagOverride } from '../flags'

/**
 * The demo assessment: อบต.หนองซอน, ITA 2567, transcribed from seed 002
 * (../shared/seeds/002_169a387ec5b91858.txt): its ten indicator scores (section 2), its published
 * total, and every item score its seven issue-group tables print, in the order printed. The seed
 * prints some items more than once; where the prints differ both values are kept, so the app reports
 * the contradiction as the seed has it (e3: 97.78 in group 1, 87.78 in group 2; e7: 83.3, and 83.030
 * in group 3). It also prints i11 as 98.27 although indicator 4 (75.35) needs 98.78.
 */

export const DEMO_ORGANIZATION = {
  name: 'องค์การบริหารส่วนตำบลหนองซอน',
  shortName: 'อบต.หนองซอน',
  district: 'เชียงยืน',
  province: 'มหาสารคาม',
  units: [
    'สำนักปลัด', 'กองคลัง', 'กองช่าง', 'งานพัสดุ', 'งานการเจ้าหน้าที่', 'งานนิติการ',
    'งานบริหารงานทั่วไป', 'งานยุทธศาสตร์และงบประมาณ', 'หน่วยตรวจสอบภายใน',
  ],
} as const

export const DEMO_SCORES_2567: AssessmentScoresInput = {
  fiscalYear: 2567,
  publishedTotal: 74.67,
  indicatorScores: [
    { indicator: 1, score: 90.50 },
    { indicator: 2, score: 91.92 },
    { indicator: 3, score: 97.78 },
    { indicator: 4, score: 75.35 },
    { indicator: 5, score: 87.68 },
    { indicator: 6, score: 92.49 },
    { indicator: 7, score: 86.09 },
    { indicator: 8, score: 79.48 },
    { indicator: 9, score: 57.98 },
    { indicator: 10, score: 53.34 },
  ],
  itemScores: [
    // ประเด็นที่ ๑
    { code: 'i1', score: 84.24 }, { code: 'i2', score: 87.27 }, { code: 'i3', score: 100 },
    { code: 'i4', score: 90.30 }, { code: 'i5', score: 93.33 }, { code: 'i6', score: 92.12 },
    { code: 'e1', score: 86.89 }, { code: 'e2', score: 87.78 }, { code: 'e3', score: 97.78 },
    { code: 'e4', score: 85.33 }, { code: 'e5', score: 85.33 }, { code: 'e6', score: 87.56 },
    { code: 'e7', score: 83.3 },
    { code: 'o11', score: 100 }, { code: 'o12', score: 100 }, { code: 'o13', score: 100 }, { code: 'o14', score: 0 },
    // ประเด็นที่ ๒ (e3 printed 87.78 here)
    { code: 'e3', score: 87.78 }, { code: 'e8', score: 84.67 },
    { code: 'o15', score: 100 }, { code: 'o16', score: 50 }, { code: 'o17', score: 0 }, { code: 'o18', score: 100 },
    { code: 'o30', score: 0 },
    // ประเด็นที่ ๓ (e7 printed 83.030 here)
    { code: 'e7', score: 83.03 }, { code: 'e9', score: 38.89 },
    { code: 'o1', score: 100 }, { code: 'o2', score: 100 }, { code: 'o3', score: 100 }, { code: 'o5', score: 100 },
    { code: 'o6', score: 0 }, { code: 'o7', score: 100 }, { code: 'o8', score: 0 }, { code: 'o9', score: 100 },
    { code: 'o10', score: 100 },
    // ประเด็นที่ ๔
    { code: 'i10', score: 67.27 }, { code: 'i11', score: 98.27 }, { code: 'i12', score: 60 },
    { code: 'o34', score: 0 }, { code: 'o35', score: 0 },
    // ประเด็นที่ ๕
    { code: 'o19', score: 0 }, { code: 'o20', score: 100 }, { code: 'o21', score: 0 }, { code: 'o22', score: 100 },
    // ประเด็นที่ ๖
    { code: 'i7', score: 95.76 }, { code: 'i8', score: 97.58 }, { code: 'i9', score: 100 },
    // ประเด็นที่ ๗
    { code: 'i13', score: 92.73 }, { code: 'i14', score: 86.06 }, { code: 'i15', score: 84.24 },
  ],
}

/** Seed 002's committee marks e4 for improvement (85.33) because of its E-Service finding. */
export const DEMO_OVERRIDES_2567: FlagOverride[] = [
  { code: 'e4', flag: 'improve', reason: 'ผู้รับบริการบางรายไม่เคยใช้ระบบ E-Service ของหน่วยงาน (ประเด็นที่ ๒ ของรายงานการวิเคราะห์)' },
]
