import { expect, type Page } from '@playwright/test'

// The first five rows of seed 003's plan table (อบต.บ้านแหง, FY 2569), pasted as e-PlanNACC prints it,
// with its รวมทั้งสิ้น row summed over those five: 10,000.00 and 0 / 5 / 5 / 0 ticks.
export const SEED_003_FIRST_ROWS = [
  'ลำดับ\tรายการโครงการ (ตั้งต้น)\tมิติ\tงบประมาณ (บาท)\tดำเนินการไตรมาส\t\t\t\tหมายเหตุ',
  '\t\t\t\t1\t2\t3\t4\t',
  '1\tโครงการฝึกอบรมการส่งเสริมคุณธรรมจริยธรรมบุคลากรองค์กรปกครองส่วนท้องถิ่นเพื่อเสริมสร้างวัฒนธรรมองค์กรสุจริต\t1\t10,000.00\t\t✓\t✓\t\t',
  '2\tโครงการพัฒนาความรู้ด้านกฎหมายและระเบียบที่เกี่ยวข้องกับการปฏิบัติงาน สำหรับบุคลากรองค์กรปกครองส่วนท้องถิ่น ผู้บริหารและสมาชิกสภาท้องถิ่น\t1\t0.00\t\t✓\t✓\t\t',
  '3\tโครงการเสริมสร้างองค์ความรู้ด้านการต่อต้านการทุจริต\t1\t0.00\t\t✓\t✓\t\t',
  '4\tโครงการเสริมสร้างค่านิยมต่อต้านการทุจริต\t1\t0.00\t\t✓\t✓\t\t',
  '5\tโครงการเสริมสร้างความโปร่งใสในการใช้ทรัพย์สินของทางราชการ\t2\t0.00\t\t✓\t✓\t\t',
  'รวมทั้งสิ้น\t\t\t10,000.00\t0\t5\t5\t0\t',
].join('\n')

/** Pastes seed 003's first rows into the plan's import, reads them and waits for the preview. */
export async function pastePlan(page: Page): Promise<void> {
  await page.getByTestId('plan-import').click()
  await page.getByTestId('plan-import-paste').fill(SEED_003_FIRST_ROWS)
  await page.getByTestId('plan-import-paste-read').click()
  await expect(page.getByTestId('plan-import-preview')).toBeVisible()
}
