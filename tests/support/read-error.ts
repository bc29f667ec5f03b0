import { WorkbookError } from "../../src/cli/errors";
import { readWorkbookBuffer } from "../../src/cli/read-workbook";

/**
 * A reader of packages that must be refused: the WorkbookError that reading one (named `label`
 * in the messages) throws. A package that reads, or any other error, fails the test.
 */
export function readErrorAs(label: string): (buf: Buffer) => WorkbookError {
  return (buf) => {
    try {
      readWorkbookBuffer(buf, { label });
    } catch (err) {
      if (err instanceof WorkbookError) return err;
      throw err;
    }
    throw new Error("read without error");
  };
}
