import { readFileSync } from 'node:fs';
import type { ChatMessage } from './chat-model';

// Prompt files in prompts/ are the messages the model receives, with {{placeholders}}. A line
// `<!-- role: system -->` or `<!-- role: user -->` starts a message; text before the first marker
// is a note for people reading the file and is never sent.

const PROMPTS_DIR = new URL('../../prompts/', import.meta.url);
const MARKER = /^<!-- role: (system|user) -->[ \t]*$/gm;
const PLACEHOLDER = /\{\{(\w+)\}\}/g;

export class PromptTemplate<K extends string> {
  private constructor(
    readonly name: string,
    private readonly parts: { role: 'system' | 'user'; text: string }[],
  ) {}

  /**
   * Reads prompts/<name>.md and checks it uses exactly `keys`, so a typo in the file stops
   * start-up instead of sending the model a literal `{{placeholder}}`.
   */
  static load<K extends string>(name: string, keys: readonly K[]): PromptTemplate<K> {
    return PromptTemplate.parse(name, readFileSync(new URL(`${name}.md`, PROMPTS_DIR), 'utf8'), keys);
  }

  static parse<K extends string>(name: string, source: string, keys: readonly K[]): PromptTemplate<K> {
    const markers = [...source.matchAll(MARKER)];
    if (markers.length === 0) throw new Error(`prompts/${name}.md has no <!-- role: ... --> marker`);
    const parts = markers.map((m, i) => ({
      role: m[1] as 'system' | 'user',
      text: source.slice(m.index + m[0].length, markers[i + 1]?.index ?? source.length).trim(),
    }));
    const used = new Set(parts.flatMap((p) => [...p.text.matchAll(PLACEHOLDER)].map((m) => m[1])));
    const declared = new Set<string>(keys);
    const unknown = [...used].filter((k) => !declared.has(k));
    const unused = [...declared].filter((k) => !used.has(k));
    if (unknown.length || unused.length) {
      throw new Error(
        `prompts/${name}.md placeholders do not match its renderer: unknown ${JSON.stringify(unknown)}, unused ${JSON.stringify(unused)}`,
      );
    }
    return new PromptTemplate<K>(name, parts);
  }

  /** One pass: a value that itself contains `{{x}}` (leader text can) is never expanded again. */
  render(values: Record<K, string>): ChatMessage[] {
    return this.parts.map(({ role, text }) => ({
      role,
      content: text.replace(PLACEHOLDER, (_, key: string) => values[key as K]),
    }));
  }
}
