/** CSS.escape as specified in CSSOM (https://drafts.csswg.org/cssom/#serialize-an-identifier). */
export function cssEscape(value: string): string {
  const text = String(value);
  const first = text.charCodeAt(0);
  if (text.length === 1 && first === 0x2d) return `\\${text}`;

  let result = '';
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    const isDigit = code >= 0x30 && code <= 0x39;
    if (code === 0) {
      result += '\ufffd';
    } else if (
      (code >= 0x01 && code <= 0x1f) ||
      code === 0x7f ||
      (index === 0 && isDigit) ||
      (index === 1 && isDigit && first === 0x2d)
    ) {
      result += `\\${code.toString(16)} `;
    } else if (
      code >= 0x80 ||
      code === 0x2d ||
      code === 0x5f ||
      isDigit ||
      (code >= 0x41 && code <= 0x5a) ||
      (code >= 0x61 && code <= 0x7a)
    ) {
      result += text.charAt(index);
    } else {
      result += `\\${text.charAt(index)}`;
    }
  }
  return result;
}
