import type { Catalog } from "./types";

/** Messages of the years family. Keys are finding codes, or code.variant. */
export const yearsMessages: Catalog = {};
