import type { Catalog } from "./types";

/** Messages of the schema family. Keys are finding codes, or code.variant. */
export const schemaMessages: Catalog = {};
