import type { Catalog } from "./types";

/** Messages of the basis family. Keys are finding codes, or code.variant. */
export const basisMessages: Catalog = {};
