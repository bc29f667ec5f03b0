import type { Catalog } from "./types";

/** Messages of the direction family. Keys are finding codes, or code.variant. */
export const directionMessages: Catalog = {};
