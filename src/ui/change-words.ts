import type { Direction } from '@/domain/year-comparison'

/** Arrows and words for a change between years: the words carry the meaning, the arrow and colour only help. */
export const DIRECTION_ARROW: Record<Direction, string> = { up: '▲', down: '▼', same: '■' }
export const DIRECTION_WORD: Record<Direction, string> = { up: 'เพิ่มขึ้น', down: 'ลดลง', same: 'เท่าเดิม' }
