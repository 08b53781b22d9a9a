/** The anti-corruption action plan: its schema, cycles, entries resolved, edits, round figures, checks, drafting. */
export * from './schema'
export * from './cycles'
export * from './resolve'
export * from './edit'
export * from './summary'
export * from './check'
export * from './draft'
