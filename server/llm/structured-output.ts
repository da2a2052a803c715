import type { Static, TSchema } from 'typebox';
import { Value } from 'typebox/value';

// Turning a model's text into a value the engines can trust: the JSON Schema sent as
// `response_format`, and the check of what comes back against the same TypeBox schema.

/** The plain JSON Schema of a TypeBox schema, as `response_format.json_schema.schema` wants it. */
export const toJsonSchema = (schema: TSchema): Record<string, unknown> => JSON.parse(JSON.stringify(schema));

export type Parsed<S extends TSchema> = { ok: true; value: Static<S> } | { ok: false; problem: string };

// Small local models wrap JSON in Markdown fences even when asked for a bare object.
const stripFences = (text: string) => text.trim().replace(/^```(?:json)?\s*([\s\S]*?)\s*```$/i, '$1');

export function parseAgainst<S extends TSchema>(schema: S, text: string): Parsed<S> {
  let value: unknown;
  try {
    value = JSON.parse(stripFences(text));
  } catch (err) {
    return { ok: false, problem: `not JSON (${err instanceof Error ? err.message : String(err)})` };
  }
  if (Value.Check(schema, value)) return { ok: true, value: value as Static<S> };
  const errors = Value.Errors(schema, value)
    .slice(0, 3)
    .map((e) => `${e.instancePath || '/'} ${e.message}`);
  return { ok: false, problem: `does not match the schema: ${errors.join('; ')}` };
}

/** The one follow-up message of the repair round-trip. */
export const repairRequest = (problem: string): string =>
  `Your previous answer was not usable: it is ${problem}. Reply again with only the JSON object, matching the schema exactly.`;
