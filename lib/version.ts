/** The core's version, shown by the CLI and the popup. */
export const VERSION = '0.1.0';
