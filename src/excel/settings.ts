/**
 * Settings stored in the workbook (workbook.settings, ExcelApi 1.4) as JSON text, so any
 * JSON value (the manual column mapping, the language) round-trips.
 */

/** Queues the read of one setting, with the caller's batch. */
export function queueSetting(context: Excel.RequestContext, key: string): Excel.Setting {
  const setting = context.workbook.settings.getItemOrNullObject(key);
  setting.load("value");
  return setting;
}

/** After the caller's sync: the setting's value; undefined when there is none. */
export function settingValue<T>(setting: Excel.Setting): T | undefined {
  if (setting.isNullObject) return undefined;
  const raw: unknown = setting.value;
  if (typeof raw !== "string") return raw as T;
  try {
    return JSON.parse(raw) as T;
  } catch {
    // A plain string written by something else than this add-in.
    return raw as T;
  }
}

export async function getSetting<T>(context: Excel.RequestContext, key: string): Promise<T | undefined> {
  const setting = queueSetting(context, key);
  await context.sync();
  return settingValue<T>(setting);
}

/** Stores the value; `undefined` removes the setting. */
export async function setSetting(context: Excel.RequestContext, key: string, value: unknown): Promise<void> {
  if (value !== undefined) {
    context.workbook.settings.add(key, JSON.stringify(value));
    await context.sync();
    return;
  }
  const setting = context.workbook.settings.getItemOrNullObject(key);
  setting.load("key");
  await context.sync();
  if (setting.isNullObject) return;
  setting.delete();
  await context.sync();
}
