import './fresh-database'
import { describe, expect, it } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { useSettingsStore } from '@/stores/settings'
import { usePersistenceStore } from '@/stores/persistence'

describe('settings store', () => {
  it('keeps (and saves) a choice made while storage is still opening, and restores it next time', async () => {
    setActivePinia(createPinia())
    const settings = useSettingsStore()
    const loading = settings.load()
    settings.digits = 'thai'
    await loading
    expect(settings.digits).toBe('thai')
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(await usePersistenceStore().getMeta('settings')).toEqual({ digits: 'thai' })

    setActivePinia(createPinia())
    const reopened = useSettingsStore()
    await reopened.load()
    expect(reopened.digits).toBe('thai')
  })
})
