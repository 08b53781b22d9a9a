// The part of opentype.js (2.0, which ships no types) the print test uses to read Sarabun's character map.
declare module 'opentype.js' {
  interface Font {
    /** 0 (.notdef, drawn as a box) when the font has no glyph for the character. */
    charToGlyphIndex(character: string): number
  }
  const opentype: { parse(buffer: ArrayBuffer): Font }
  export default opentype
}
