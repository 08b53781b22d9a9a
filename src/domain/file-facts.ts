import type { Catalogue, Tool } from './framework/schema'
import { TEN_INDICATORS } from './framework/common'
import {
  withAddedItem, withItemEdit, type CatalogueOverrides, type FileFactRef,
} from './catalogue-overrides'
import { compareItemCodes, toolOfItemCode } from './item-code'
import { searchAssessmentSplits, type SplitResult } from './indicator-split'

/**
 * What an imported result file teaches the catalogue: ITAS exports carry each item's question text,
 * and many files the tool and indicator beside the score. The preview compares them with the
 * organisation's catalogue, item by item ("the catalogue says X, the file says Y"), and the committee
 * adopts what it chooses into its catalogue changes, each adopted fact citing the file, sheet and row.
 * Nothing here saves: `adoptFileFacts` returns new changes, and keeping the old ones is the undo.
 */

/** One item as the file states it, where it was read. Title text is the cell's text (trimmed, at most 500 characters). */
export interface FileItemFact {
  code: string
  title: string | null
  tool: Tool | null
  indicator: number | null
  from: FileFactRef
}

export interface FactDifference<T> {
  /** What the organisation's catalogue says now; null when it does not know. */
  catalogue: T | null
  file: T
  from: FileFactRef
}

export interface FileFactFinding {
  code: string
  /** false: the catalogue lacks the code; adopting adds the item. */
  inCatalogue: boolean
  /** The file's title where the catalogue lacks it or words it otherwise. */
  title: FactDifference<string> | null
  /** The file's indicator where the catalogue lacks it or states another. */
  indicator: FactDifference<number> | null
  /** The file's tool where it contradicts the code's prefix: shown, never adopted (the code decides). */
  toolConflict: { code: Tool; file: Tool; from: FileFactRef } | null
}

const MAX_TITLE = 500

function sameText(a: string, b: string): boolean {
  return a.replace(/\s+/g, ' ').trim() === b.replace(/\s+/g, ' ').trim()
}

/**
 * The items whose file facts the catalogue lacks or states differently, in code order. Accepts facts
 * of any codes; a code printed on several rows counts on its first row with a title or indicator.
 * An indicator of another tool than the code's is ignored (the file's mistake, not a fact).
 */
export function fileFactFindings(catalogue: Catalogue, facts: readonly FileItemFact[]): FileFactFinding[] {
  const items = new Map(catalogue.items.map((item) => [item.code, item]))
  const byCode = new Map<string, FileFactFinding>()
  for (const fact of facts) {
    const codeTool = toolOfItemCode(fact.code)
    if (codeTool === null) continue
    const item = items.get(fact.code)
    const finding = byCode.get(fact.code) ?? { code: fact.code, inCatalogue: item !== undefined, title: null, indicator: null, toolConflict: null }
    const title = fact.title?.replace(/\s+/g, ' ').trim().slice(0, MAX_TITLE) ?? ''
    if (finding.title === null && title !== '' && !(item?.title && sameText(item.title, title))) {
      finding.title = { catalogue: item?.title ?? null, file: title, from: fact.from }
    }
    const indicatorTool = TEN_INDICATORS.find((indicator) => indicator.no === fact.indicator)?.tool
    if (finding.indicator === null && fact.indicator !== null && indicatorTool === codeTool && item?.indicator !== fact.indicator) {
      finding.indicator = { catalogue: item?.indicator ?? null, file: fact.indicator, from: fact.from }
    }
    if (finding.toolConflict === null && fact.tool !== null && fact.tool !== codeTool) {
      finding.toolConflict = { code: codeTool, file: fact.tool, from: fact.from }
    }
    byCode.set(fact.code, finding)
  }
  return [...byCode.values()]
    .filter((finding) => finding.title || finding.indicator || finding.toolConflict)
    .sort((a, b) => compareItemCodes(a.code, b.code))
}

/**
 * The indicator findings of a split the search found unique, sourced to the file's figures (no sheet
 * or row: the fit of all its figures is the evidence). Items whose catalogue indicator already agrees
 * are left out; any other outcome teaches nothing.
 */
export function splitFindings(catalogue: Catalogue, result: SplitResult, file: string): FileFactFinding[] {
  if (result.outcome !== 'unique') return []
  const items = new Map(catalogue.items.map((item) => [item.code, item]))
  const from: FileFactRef = { file, sheet: null, row: null }
  return result.fits[0]!.groups.flatMap((group) => group.items.flatMap((code): FileFactFinding[] => {
    const item = items.get(code)
    if (item?.indicator === group.indicator) return []
    return [{ code, inCatalogue: item !== undefined, title: null, indicator: { catalogue: item?.indicator ?? null, file: group.indicator, from }, toolConflict: null }]
  }))
}

/** What the committee chose to adopt of one finding. */
export interface AdoptChoice {
  code: string
  title: boolean
  indicator: boolean
}

/**
 * The catalogue changes with the chosen facts adopted: for an item of the shipped catalogue an edit
 * (title and/or indicator, citing the file, keeping its issue groups), for a code it lacks an added
 * item (its tool from the code, no issue group until the committee maps one). `shipped` is the
 * year's catalogue without the committee's changes. Choices naming no finding are ignored.
 */
export function adoptFileFacts(
  shipped: Catalogue, overrides: CatalogueOverrides, findings: readonly FileFactFinding[], choices: readonly AdoptChoice[],
): CatalogueOverrides {
  const byCode = new Map(findings.map((finding) => [finding.code, finding]))
  const shippedCodes = new Set(shipped.items.map((item) => item.code))
  let next = overrides
  for (const choice of choices) {
    const finding = byCode.get(choice.code)
    if (!finding) continue
    const title = choice.title ? finding.title : null
    const indicator = choice.indicator ? finding.indicator : null
    if (!title && !indicator) continue
    if (shippedCodes.has(choice.code)) {
      const current = next.edits.find((edit) => edit.code === choice.code) ?? { code: choice.code }
      next = withItemEdit(shipped, next, {
        ...current,
        ...(title ? { title: title.file, titleFrom: title.from } : {}),
        ...(indicator ? { indicator: indicator.file, indicatorFrom: indicator.from } : {}),
      })
    } else {
      const current = next.added.find((item) => item.code === choice.code)
      const tool = toolOfItemCode(choice.code)!
      next = withAddedItem(next, choice.code, {
        code: choice.code, tool,
        indicator: indicator?.file ?? current?.indicator ?? null,
        title: title?.file ?? current?.title ?? null,
        issueGroups: current?.issueGroups ?? [],
        ...(title ? { titleFrom: title.from } : current?.titleFrom ? { titleFrom: current.titleFrom } : {}),
        ...(indicator ? { indicatorFrom: indicator.from } : current?.indicatorFrom ? { indicatorFrom: current.indicatorFrom } : {}),
      })
    }
  }
  return next
}

/** Every fact of every finding: "adopt all". */
export function adoptAllChoices(findings: readonly FileFactFinding[]): AdoptChoice[] {
  return findings.map((finding) => ({ code: finding.code, title: finding.title !== null, indicator: finding.indicator !== null }))
}

/** What the import preview shows: the split search per tool and every finding (file rows first, then a unique split). */
export interface FileFactsPreview {
  splits: SplitResult[]
  findings: FileFactFinding[]
}

/**
 * The preview of what one imported assessment teaches `catalogue` (the organisation's, of the chosen
 * year): its rows' titles and indicators, and, when it gives items and published indicators, the split
 * search, whose unique fit fills indicators the rows do not state. `file` is cited as the source.
 */
export function previewFileFacts(
  catalogue: Catalogue,
  parsed: {
    itemScores: ReadonlyArray<{ code: string; score: number | null }>
    indicatorScores: ReadonlyArray<{ indicator: number; score: number }>
    itemFacts?: ReadonlyArray<{ code: string; title: string | null; tool: Tool | null; indicator: number | null; sheet: string | null; row: number | null }>
  },
  file: string,
): FileFactsPreview {
  const splits = parsed.itemScores.length > 0 && parsed.indicatorScores.length > 0
    ? searchAssessmentSplits(catalogue, { fiscalYear: catalogue.fiscalYear, itemScores: [...parsed.itemScores], indicatorScores: [...parsed.indicatorScores], publishedTotal: null })
    : []
  const rows = fileFactFindings(catalogue, (parsed.itemFacts ?? []).map((fact) => ({ ...fact, from: { file, sheet: fact.sheet, row: fact.row } })))
  const byCode = new Map(rows.map((finding) => [finding.code, finding]))
  for (const result of splits) {
    for (const finding of splitFindings(catalogue, result, file)) {
      const row = byCode.get(finding.code)
      if (!row) byCode.set(finding.code, finding)
      else if (!row.indicator) byCode.set(finding.code, { ...row, indicator: finding.indicator })
    }
  }
  return { splits, findings: [...byCode.values()].sort((a, b) => compareItemCodes(a.code, b.code)) }
}
