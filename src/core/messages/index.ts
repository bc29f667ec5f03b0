import type { Catalog } from "./types";
import { layoutMessages } from "./layout";
import { schemaMessages } from "./schema";
import { unitsMessages } from "./units";
import { yearsMessages } from "./years";
import { shiftMessages } from "./shift";
import { seriesMessages } from "./series";
import { basisMessages } from "./basis";
import { directionMessages } from "./direction";

/** Every finding message, ja and en, in one catalogue (one file per check family). */
export const catalog: Catalog = {
  ...layoutMessages,
  ...schemaMessages,
  ...unitsMessages,
  ...yearsMessages,
  ...shiftMessages,
  ...seriesMessages,
  ...basisMessages,
  ...directionMessages,
};
