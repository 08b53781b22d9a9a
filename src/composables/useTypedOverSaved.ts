import { computed, ref, watch, type Ref } from 'vue'
import { useHoldUnsaved } from './useLeaveGuard'

/**
 * A text field saved when it is left, edited while another tab may save the same text. The field
 * follows the saved text unless something else is being typed in it; when the saved text changes after
 * typing began (`stale`), leaving the field does not send the typed text (`held`): it stays, and is
 * saved over the other only on purpose (`send` from an explicit button) or dropped (`keepSaved`).
 *
 * `field` is the text in the box; `saved` reads the saved text. Callers compare trimmed text. Held text
 * counts as unsaved: the header says so and leaving the page asks first.
 */
export function useTypedOverSaved(field: Ref<string>, saved: () => string) {
  const savedText = computed(saved)
  /** The saved text when typing began; null while the field shows the saved text. */
  const startedFrom = ref<string | null>(null)
  /** Leaving the field did not send the text: the saved one changed meanwhile. */
  const held = ref(false)
  /** An empty text was sent: what is saved for it may be a default (a shipped title), shown once saved. */
  let sentEmpty = false
  const stale = computed(() => startedFrom.value !== null && startedFrom.value !== savedText.value)
  useHoldUnsaved(() => held.value, 'typed-over-saved')

  function settle(): void {
    startedFrom.value = null
    held.value = false
  }

  watch(savedText, (value, before) => {
    const typed = field.value.trim()
    if (startedFrom.value === null || typed === before || typed === value || (sentEmpty && typed === '')) {
      sentEmpty = false
      field.value = value
      settle()
    }
  })

  return {
    savedText,
    stale,
    held,
    /** Call on input: typing begins over the saved text shown now. */
    typing(): void {
      startedFrom.value ??= savedText.value
    },
    /**
     * The text to send as the field is left, or null: nothing to send (it is the saved text), or held
     * because the saved text changed under it.
     */
    leaving(): string | null {
      const value = field.value.trim()
      if (value === savedText.value) {
        settle()
        return null
      }
      if (stale.value) {
        held.value = true
        return null
      }
      return value
    },
    /** Marks `value` as sent, based on the saved text it replaces (a failed save leaves the field as typed). */
    send(value: string): string {
      startedFrom.value = savedText.value
      held.value = false
      sentEmpty = value === ''
      return value
    },
    /** Drops what was typed: the saved text stands. */
    keepSaved(): void {
      field.value = savedText.value
      settle()
    },
  }
}
