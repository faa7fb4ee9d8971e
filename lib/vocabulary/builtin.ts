/**
 * The vocabulary InScope ships (lib/vocabulary/data/*.json), validated and compiled once per
 * process. The CLI, the CDS service and the extension import it; the widget loads the same data as
 * a file beside its script (it does not fit the widget's size budget) and compiles it there.
 */
import common from './data/common.json';
import general from './data/general.json';
import ortho from './data/ortho.json';
import obgynUro from './data/obgyn-uro.json';
import cardiovascular from './data/cardiovascular.json';
import neuroHead from './data/neuro-head.json';
import endoMisc from './data/endo-misc.json';
import plain from './data/plain-words.json';
import { compileVocabulary, type Vocabulary } from './compile';
import { parseVocabularyData } from './load';
import type { VocabularyData } from './schema';

/** The shipped data, as one document (what the widget's vocabulary file holds). */
export const BUILTIN_VOCABULARY_DATA: unknown = { common, files: [general, ortho, obgynUro, cardiovascular, neuroHead, endoMisc], plain };

let compiled: Vocabulary | undefined;

/** The shipped vocabulary, compiled (the first call takes a few tens of milliseconds). */
export function builtinVocabulary(): Vocabulary {
  if (!compiled) {
    const data = parseVocabularyData(BUILTIN_VOCABULARY_DATA);
    if (!data.ok) throw new Error(`the shipped vocabulary is invalid: ${data.error}`);
    compiled = compileVocabulary(data.data as VocabularyData, 'builtin');
  }
  return compiled;
}
