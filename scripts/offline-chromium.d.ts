import type { BrowserContext } from "playwright-core";

export const CHROMIUM: string;
export function launchChromium(prefix: string): Promise<{ context: BrowserContext; close: () => Promise<void> }>;
export function routeOffline(context: BrowserContext, base: string): Promise<void>;
