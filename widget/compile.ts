/**
 * What turns the vocabulary file into a vocabulary: its schema and the compiler. A module of its
 * own beside the engine (`inscope-compile.mjs`), imported when the vocabulary loads, so that the
 * engine's script stays within the widget's budget.
 */
export { parseVocabularyData } from '../lib/vocabulary/load';
export { compileVocabulary } from '../lib/vocabulary/compile';
