import type { z } from 'zod'
import { AssessmentRecordSchema, OrganizationSchema } from '@/domain/workspace'
import { CatalogueOverridesRecordSchema } from '@/domain/catalogue-overrides'
import { GroupAnalysisDocumentSchema } from '@/domain/group-analysis'
import { RecommendationOverridesSchema } from '@/domain/recommendations/schema'
import { FollowUpSchema, LibraryExtensionSchema, MeasurePlanSchema } from '@/domain/measures'
import { ActionPlanSchema } from '@/domain/action-plan/schema'
import { ReportSettingsSchema } from '@/report/settings'

/**
 * Every kind of document the app saves, with its schema, its current shape version and one migration
 * per older version (version n -> n + 1). A feature that saves something new adds its kind here.
 */
export interface DocumentKind<T = unknown> {
  kind: string
  version: number
  schema: z.ZodType<T>
  /** migrations[n] turns data of version n into version n + 1 (plain data in, plain data out). */
  migrations: Record<number, (data: unknown) => unknown>
}

function defineKind<S extends z.ZodType>(kind: string, schema: S, version = 1, migrations: DocumentKind['migrations'] = {}): DocumentKind<z.infer<S>> {
  return { kind, version, schema: schema as z.ZodType<z.infer<S>>, migrations }
}

export const ORGANIZATION = defineKind('organization', OrganizationSchema)
export const ASSESSMENT = defineKind('assessment', AssessmentRecordSchema)
/**
 * A committee's catalogue changes for one organisation and year; id `${organizationId}:${fiscalYear}`.
 * Version 2: an edit may set the indicator, and a title or indicator adopted from an imported result
 * file cites it (`titleFrom`, `indicatorFrom`: file, sheet, row); all optional, so version 1 is valid as it is.
 */
export const CATALOGUE_OVERRIDES = defineKind('catalogue-overrides', CatalogueOverridesRecordSchema, 2, { 1: (data: unknown) => data })
/** The seven issue groups' texts of one organisation and year; id `${organizationId}:${fiscalYear}`. */
export const GROUP_ANALYSIS = defineKind('group-analysis', GroupAnalysisDocumentSchema)
/** An organisation's own recommendation texts for one year; id `${organizationId}:${fiscalYear}`. */
export const RECOMMENDATION_OVERRIDES = defineKind('recommendation-overrides', RecommendationOverridesSchema)

/** A shape version that only adds fields with defaults: the data of the version before is valid as it is. */
const addsDefaults = (data: unknown) => data

/**
 * Next year's measures of an organisation, id `${organizationId}:${fiscalYear}` (the measures' year).
 * Version 2: a measure gains the kind แนวปฏิบัติงาน, `dimensionMark`, `budgetSource` and the project `sheet`.
 */
export const MEASURE_PLAN = defineKind('measure-plan', MeasurePlanSchema, 2, { 1: addsDefaults })
/**
 * The follow-up of a year (6- and 12-month rounds of the measure plan and of the action plan), id
 * `${organizationId}:${fiscalYear}` as its plans. Version 2: an entry gains `disbursed`, `reasonCode` and
 * `remark`; the document gains the action plan's `reports` per round.
 */
export const FOLLOW_UP = defineKind('follow-up', FollowUpSchema, 2, { 1: addsDefaults })
/** The anti-corruption action plan of an organisation and fiscal year, id `${organizationId}:${fiscalYear}`. */
export const ACTION_PLAN = defineKind('action-plan', ActionPlanSchema)
/** Measure templates an organisation added to the shipped library, id = the organisation's id. */
export const MEASURE_LIBRARY_EXTENSION = defineKind('measure-library-extension', LibraryExtensionSchema)

/** Signers of printed reports, per organisation (id = organisation id). */
export const REPORT_SETTINGS = defineKind('report-settings', ReportSettingsSchema)

export const DOCUMENT_KINDS: readonly DocumentKind[] = [ORGANIZATION, ASSESSMENT, CATALOGUE_OVERRIDES, GROUP_ANALYSIS, RECOMMENDATION_OVERRIDES, MEASURE_PLAN, FOLLOW_UP, MEASURE_LIBRARY_EXTENSION, REPORT_SETTINGS, ACTION_PLAN] as DocumentKind[]

export function kindNamed(name: string): DocumentKind | undefined {
  return DOCUMENT_KINDS.find((kind) => kind.kind === name)
}
