/// <reference types="astro/client" />
import type { NumberedSource } from './lib/publish/citations.ts';

declare global {
	namespace App {
		interface Locals {
			/** The entry page's numbered sources, for <Cite> in the body. */
			citations?: Map<string, NumberedSource>;
		}
	}
}
export {};
