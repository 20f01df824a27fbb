/**
 * Unicode isolation for data text inserted into a message string (where no `<bdi>` element can be
 * used: a translated sentence, a `confirm()` text, a title): FSI … PDI, so a bidi control inside
 * the data (U+202E) cannot reorder the sentence around it.
 */
export const isolate = (s: string): string => `\u2068${s}\u2069`;
