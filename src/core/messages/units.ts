import type { Catalog } from "./types";

/** Messages of the units family. Keys are finding codes, or code.variant. */
export const unitsMessages: Catalog = {};
