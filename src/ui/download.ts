/** Offers bytes to the user as a file download; nothing leaves the machine. */
export function downloadFile(data: BlobPart, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([data], { type }))
  const anchor = document.createElement('a')
  anchor.href = url
  anchor.download = fileName
  anchor.rel = 'noopener'
  document.body.append(anchor)
  anchor.click()
  anchor.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

/** A file name safe on every system: Thai letters are kept, separators and control characters are not. */
export function safeFileName(name: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what must go
  return name.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 150) || 'report'
}

/** Offers text (JSON by default) as a UTF-8 file download. */
export function downloadText(fileName: string, text: string, type = 'application/json'): void {
  downloadFile(text, fileName, `${type};charset=utf-8`)
}
