// Reads a regular expression's source into its alternation groups: for every group (and the whole
// pattern) the list of its top-level alternatives, as written. Used to find an alternative listed
// twice in one group, which compiles fine but hides in long lines.

export interface AlternationGroup {
  /** Offset of the group's opening parenthesis in the source (-1 for the whole pattern). */
  at: number;
  alternatives: string[];
}

export function alternationGroups(source: string): AlternationGroup[] {
  const groups: AlternationGroup[] = [];
  // Each open group: where its body starts, where its current alternative starts, its alternatives.
  const stack: { at: number; bodyStart: number; altStart: number; alternatives: string[] }[] = [
    { at: -1, bodyStart: 0, altStart: 0, alternatives: [] },
  ];
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      i++;
    } else if (c === '[') {
      // A character class: skip to its closing bracket (escapes inside included).
      for (i++; i < source.length && source[i] !== ']'; i++) if (source[i] === '\\') i++;
    } else if (c === '(') {
      let bodyStart = i + 1;
      const prefix = /^\?(?:<[=!]|[:=!]|<[A-Za-z_]\w*>)/.exec(source.slice(bodyStart));
      if (prefix) bodyStart += prefix[0].length;
      stack.push({ at: i, bodyStart, altStart: bodyStart, alternatives: [] });
      i = bodyStart - 1;
    } else if (c === '|') {
      const top = stack[stack.length - 1];
      top.alternatives.push(source.slice(top.altStart, i));
      top.altStart = i + 1;
    } else if (c === ')') {
      const top = stack.pop()!;
      top.alternatives.push(source.slice(top.altStart, i));
      groups.push({ at: top.at, alternatives: top.alternatives });
    }
  }
  const whole = stack[0];
  whole.alternatives.push(source.slice(whole.altStart));
  groups.push({ at: -1, alternatives: whole.alternatives });
  return groups;
}

/** Alternatives that appear more than once in the same group, with the group's offset. */
export function duplicateAlternatives(source: string): { at: number; alternative: string }[] {
  const out: { at: number; alternative: string }[] = [];
  for (const g of alternationGroups(source)) {
    const seen = new Set<string>();
    for (const alt of g.alternatives) {
      if (seen.has(alt)) out.push({ at: g.at, alternative: alt });
      seen.add(alt);
    }
  }
  return out;
}
