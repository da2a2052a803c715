// Spots a question asking for the persona's own view or plan ("what do you think we should do?",
// "what would you do?", "what's your idea?", "how would you handle it?", "what options do you see?").

const PATTERNS: RegExp[] = [
  /\bwhat(?:'s| is| are)? your\b.*\b(idea|ideas|view|take|thinking|plan|proposal|suggestion|recommendation|instinct|gut|preference|thoughts?)\b/,
  /\b(what|how)\b.*\byou\b.*\b(think|suggest|propose|recommend|prefer|want|like|see|reckon)\b.*\b(do|doing|done|handle|approach|go|move|fix|solve|next|option|options|way|step|steps|happen)\b/,
  /\b(what|how)\b.*\b(would|will|could|might|do|should|can)\b.*\byou\b.*\b(do|handle|approach|tackle|solve|fix|go about|suggest|propose|recommend|try)\b/,
  /\bwhat\b.*\b(options|possibilities|ideas|ways)\b.*\byou\b/,
  /\bif (it|this|the decision) (was|were) (up to )?(you|yours)\b/,
  /\bwhere would you (start|begin)\b/,
];

export function asksForView(question: string): boolean {
  const q = question.toLowerCase().replace(/[’]/g, "'");
  return PATTERNS.some((p) => p.test(q));
}
