import { z } from 'zod'
import { ItemCodeSchema } from '../framework/schema'
import type { Catalogue } from '../framework/schema'
import { normaliseItemCode } from '../item-code'

/**
 * The recommendation library: per item of a fiscal year's catalogue, what the agency should do when
 * the item needs improving, in the manner of seed 002 ("หน่วยงานควร ... (อ้างอิงจาก o10)"), citing
 * the OIT item whose published evidence the action produces. Shipped as data and validated like a
 * catalogue; a committee's own wording is kept apart (see `RecommendationOverridesSchema`).
 */

export const RECOMMENDATION_TEXT_MAX = 4000

/**
 * Where the wording comes from:
 * - `seed-002`: seed 002's own recommendation for this item, nearly verbatim (its Thai-zero codes
 *   written as item codes);
 * - `seed-002-adapted`: a finding or measure of seed 002 put in the library's form (for another item
 *   code, another year's citations, or joined from its narrative and measures table);
 * - `drafted`: written for this library from the item's title, its indicator or its tool.
 */
export const RecommendationSourceSchema = z.enum(['seed-002', 'seed-002-adapted', 'drafted'])
export type RecommendationSource = z.infer<typeof RecommendationSourceSchema>

/**
 * What the text addresses: the item itself, or (where the NACC's wording of the item is not known)
 * only its indicator, or only its tool. A text on the indicator is shared by the items of that
 * indicator rather than guessing what each one asks.
 */
export const RecommendationBasisSchema = z.enum(['item', 'indicator', 'tool'])
export type RecommendationBasis = z.infer<typeof RecommendationBasisSchema>

export const RecommendationSchema = z.object({
  code: ItemCodeSchema,
  text: z.string().trim().min(1).max(RECOMMENDATION_TEXT_MAX),
  source: RecommendationSourceSchema,
  basis: RecommendationBasisSchema,
})
export type Recommendation = z.infer<typeof RecommendationSchema>

export const RecommendationLibrarySchema = z.object({
  fiscalYear: z.number().int().min(2500).max(2700),
  recommendations: z.array(RecommendationSchema),
}).superRefine((library, ctx) => {
  const seen = new Set<string>()
  library.recommendations.forEach((recommendation, index) => {
    const path = ['recommendations', index]
    if (seen.has(recommendation.code)) ctx.addIssue({ code: 'custom', message: `duplicate recommendation for ${recommendation.code}`, path })
    seen.add(recommendation.code)
    const { codes, unreadable } = citationsOf(recommendation.text)
    if (unreadable.length > 0) ctx.addIssue({ code: 'custom', message: `${recommendation.code}: unreadable citation ${unreadable.join(', ')}`, path })
    if (!codes.some((code) => code.startsWith('o'))) {
      ctx.addIssue({ code: 'custom', message: `${recommendation.code}: cites no OIT item`, path })
    }
  })
})
export type RecommendationLibrary = z.infer<typeof RecommendationLibrarySchema>
export type RecommendationLibraryInput = z.input<typeof RecommendationLibrarySchema>

const CITATION = /\(อ้างอิงจาก([^()]*)\)/g

/**
 * Item codes a text cites in "(อ้างอิงจาก o10)" form, in order of appearance, without repeats. Codes
 * are read as documents write them (`o10`, `๐๑๐`, `i๑๒`, several joined by commas or "และ");
 * pieces that are not item codes are returned in `unreadable`. Any text.
 */
export function citationsOf(text: string): { codes: string[]; unreadable: string[] } {
  const codes: string[] = []
  const unreadable: string[] = []
  for (const match of text.matchAll(CITATION)) {
    const pieces = (match[1] ?? '').split(/,|และ|\s+/).map((piece) => piece.trim()).filter(Boolean)
    if (pieces.length === 0) unreadable.push(match[0])
    for (const piece of pieces) {
      const code = normaliseItemCode(piece)
      if (code === null) unreadable.push(piece)
      else if (!codes.includes(code)) codes.push(code)
    }
  }
  return { codes, unreadable }
}

/** Problems of a library against the catalogue of its year: what the schema alone cannot see. */
export interface LibraryProblems {
  /** Catalogue items with no recommendation. */
  missing: string[]
  /** Recommendations for codes the catalogue lacks. */
  extra: string[]
  /** Cited codes the catalogue lacks, as `item -> cited`. */
  unknownCitations: string[]
}

/**
 * Checks that every item of the catalogue has exactly one recommendation (duplicates are the
 * schema's job) and that every code a text cites exists in that catalogue.
 */
export function libraryProblems(library: RecommendationLibrary, catalogue: Catalogue): LibraryProblems {
  const inCatalogue = new Set(catalogue.items.map((item) => item.code))
  const covered = new Set(library.recommendations.map((recommendation) => recommendation.code))
  return {
    missing: catalogue.items.map((item) => item.code).filter((code) => !covered.has(code)),
    extra: library.recommendations.map((recommendation) => recommendation.code).filter((code) => !inCatalogue.has(code)),
    unknownCitations: library.recommendations.flatMap((recommendation) =>
      citationsOf(recommendation.text).codes.filter((code) => !inCatalogue.has(code)).map((code) => `${recommendation.code} -> ${code}`)),
  }
}

/** A committee's own wording for one item. */
export const RecommendationOverrideSchema = z.object({
  code: ItemCodeSchema,
  text: z.string().trim().min(1).max(RECOMMENDATION_TEXT_MAX),
})
export type RecommendationOverride = z.infer<typeof RecommendationOverrideSchema>

/**
 * An organisation's edits to the library of one fiscal year, saved as one document with id
 * `${organizationId}:${fiscalYear}`. Only edited items are listed; removing an entry resets the item
 * to the shipped text.
 */
export const RecommendationOverridesSchema = z.object({
  organizationId: z.string().min(1).max(200),
  fiscalYear: z.number().int().min(2500).max(2700),
  overrides: z.array(RecommendationOverrideSchema).max(500),
}).superRefine((saved, ctx) => {
  const seen = new Set<string>()
  saved.overrides.forEach((override, index) => {
    if (seen.has(override.code)) ctx.addIssue({ code: 'custom', message: `duplicate override for ${override.code}`, path: ['overrides', index] })
    seen.add(override.code)
  })
})
export type RecommendationOverrides = z.infer<typeof RecommendationOverridesSchema>
