// Talk share counts words the same way everywhere (scorecard, reply series, imported speakers). Its own
// module, so the pages that only count words do not load the scorer.

const WORDS = /[\p{L}\p{N}']+/gu;

export const wordCount = (text: string): number => text.match(WORDS)?.length ?? 0;
