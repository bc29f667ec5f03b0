import type { Catalog } from "./types";

/** Messages of the shift family. Keys are finding codes, or code.variant. */
export const shiftMessages: Catalog = {};
