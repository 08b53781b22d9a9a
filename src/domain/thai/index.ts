export * from './digits'
export * from './numbers'
export * from './dates'
