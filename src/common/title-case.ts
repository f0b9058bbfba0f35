// Words written in capitals as a name is written: "SAN JOSE" → "San Jose", "PRESIDENT" →
// "President". Each run of capitals keeps its first letter and lowers the rest.

const CAPITALS_RUN = /\p{Lu}+/gu;

export function titleCased(text: string): string {
  return text.replace(CAPITALS_RUN, (run) => run.charAt(0) + run.slice(1).toLowerCase());
}
