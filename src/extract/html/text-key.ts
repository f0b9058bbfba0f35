/** Text reduced to lower-case letters and digits with single spaces: for comparing a heading with the headline. */
export function textKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
