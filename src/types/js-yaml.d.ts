/**
 * The part of js-yaml 4 the content check uses (the package ships no types; js-yaml is the
 * parser Astro itself reads frontmatter and YAML data with, see src/lib/check/yaml-read.ts).
 */
/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unused-vars -- an ambient description of
   an untyped package: js-yaml hands resolve/construct whatever the YAML holds, and the class is declared for `typeof` */
declare module 'js-yaml' {
	interface TypeOptions {
		kind: 'scalar' | 'sequence' | 'mapping';
		resolve?: (data: any) => boolean;
		construct?: (data: any) => unknown;
		instanceOf?: object;
		represent?: ((data: object) => string) | Record<string, (data: object) => string>;
	}
	class Type {
		constructor(tag: string, options: TypeOptions);
		resolve?: (data: any) => boolean;
		construct?: (data: any) => unknown;
		represent?: unknown;
	}
	class Schema {
		extend(types: { implicit?: Type[]; explicit?: Type[] }): Schema;
	}
	class YAMLException extends Error {
		reason: string;
		mark?: { line: number; column: number };
	}
	interface JsYaml {
		load(text: string, options?: { schema?: Schema; filename?: string }): unknown;
		Type: typeof Type;
		YAMLException: typeof YAMLException;
		CORE_SCHEMA: Schema;
		DEFAULT_SCHEMA: Schema;
		types: Record<'binary' | 'merge' | 'omap' | 'pairs' | 'set' | 'timestamp', Type>;
	}
	const jsYaml: JsYaml;
	export default jsYaml;
}
