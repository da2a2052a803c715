import { Type, type TLiteral, type TSchema, type TUnion } from 'typebox';

// The small TypeBox builders every wire and file schema in core/ uses (transcript, review, homework,
// the session file), defined once.

/** The same `anyOf` of constants as spelling out `Type.Literal`s, typed as the union of the values. */
export const oneOf = <const T extends readonly string[]>(values: T) =>
  Type.Union(values.map((value) => Type.Literal(value))) as unknown as TUnion<{ -readonly [K in keyof T]: TLiteral<T[K]> }>;

/** `schema` or null. */
export const nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

/** A value the rubric types (a score, a scorecard) passed through as-is: any JSON, typed as `T`. */
export const passThrough = <T>() => Type.Unsafe<T>(Type.Unknown());
