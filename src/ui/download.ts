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
  // Released once the browser has surely taken the file.
  setTimeout(() => URL.revokeObjectURL(url), 60_000)
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

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/** Offers workbook bytes as an .xlsx download. */
export function downloadXlsx(bytes: Uint8Array | ArrayBuffer, fileName: string): void {
  downloadFile(bytes as BlobPart, fileName, XLSX_TYPE)
}
