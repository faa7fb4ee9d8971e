/** Defined (as true) only in the widget build (widget/vite.config.ts): see lib/roster/schema.ts. */
declare const __INSCOPE_WIDGET__: boolean | undefined;
/** Defined true in the extension's release build (npm run build:release): no built-in hosts. */
declare const __INSCOPE_RELEASE__: boolean | undefined;
