// Entry of a report worker thread (src/cli/parallel.ts). Worker threads do not inherit tsx's loader,
// so this plain module registers it before loading the TypeScript worker.
import { register } from 'tsx/esm/api'

register()
await import('./report-worker.ts')
