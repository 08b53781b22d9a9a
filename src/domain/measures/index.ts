/** Next year's measures: the library, drafting, the committee's edits, checks, follow-up, carry-over. */
export * from './schema'
export * from './period'
export * from './owners'
export * from './library'
export * from './draft'
export * from './edit'
export * from './leftovers'
export * from './check'
