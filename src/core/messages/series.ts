import type { Catalog } from "./types";

/** Messages of the series family. Keys are finding codes, or code.variant. */
export const seriesMessages: Catalog = {};
