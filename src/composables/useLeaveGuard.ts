import { onBeforeUnmount, onMounted, watchEffect } from 'vue'
import { usePersistenceStore } from '@/stores/persistence'

/**
 * Asks before the page is closed or reloaded while work could be lost. The focused field is blurred
 * first, so a field that saves on change (a follow-up text, a reason, a title) starts its save now;
 * then, while any write is in flight or an editor holds unsaved text, the browser asks the user to
 * confirm leaving (its own wording: browsers no longer show a page's text).
 */
export function useLeaveGuard(): void {
  const persistence = usePersistenceStore()
  const guard = (event: BeforeUnloadEvent) => {
    const focused = document.activeElement
    if (focused instanceof HTMLInputElement || focused instanceof HTMLTextAreaElement) focused.blur()
    if (!persistence.workAtRisk) return
    event.preventDefault()
    // Older browsers ask only when returnValue is set.
    event.returnValue = ''
  }
  onMounted(() => window.addEventListener('beforeunload', guard))
  onBeforeUnmount(() => window.removeEventListener('beforeunload', guard))
}

let holders = 0

/**
 * Counts this component's text as unsaved while `unsaved()` is true (leaving the page then asks), and
 * no longer once it is unmounted.
 */
export function useHoldUnsaved(unsaved: () => boolean, name = 'editor'): void {
  const persistence = usePersistenceStore()
  const key = `${name}:${++holders}`
  watchEffect(() => persistence.holdUnsaved(key, unsaved()))
  onBeforeUnmount(() => persistence.holdUnsaved(key, false))
}
