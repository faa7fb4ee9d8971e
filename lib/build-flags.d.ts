/** Defined (as true) only in the widget build (widget/vite.config.ts): see lib/roster/schema.ts. */
declare const __INSCOPE_WIDGET__: boolean | undefined;
