import { usePersistenceStore } from '@/stores/persistence'
import { useWorkspaceStore } from '@/stores/workspace'
import { seedDemoIfEmpty } from './demo-seed'

/**
 * The app's start-up, on the active Pinia (or a test tab's stores): opens storage, seeds the demo into an empty browser, then
 * loads the workspace. Store tests start the same way.
 */
export async function startWorkspace(
  { persistence, workspace }: { persistence: ReturnType<typeof usePersistenceStore>; workspace: ReturnType<typeof useWorkspaceStore> } = { persistence: usePersistenceStore(), workspace: useWorkspaceStore() },
): Promise<ReturnType<typeof useWorkspaceStore>> {
  await seedDemoIfEmpty(persistence.session)
  await workspace.load()
  return workspace
}
