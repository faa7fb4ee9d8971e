/** Reading a vocabulary document (the shipped one, or the widget's downloaded copy): validated, every problem named. */
import * as z from 'zod/mini';
import { CommonFileSchema, PlainFileSchema, SpecialtyFileSchema, type VocabularyData } from './schema';

const DocumentSchema = z.object({ common: CommonFileSchema, files: z.array(SpecialtyFileSchema), plain: z.optional(PlainFileSchema) });

export function parseVocabularyData(input: unknown): { ok: true; data: VocabularyData } | { ok: false; error: string } {
  const parsed = DocumentSchema.safeParse(input);
  if (parsed.success) return { ok: true, data: parsed.data };
  const issue = parsed.error.issues[0];
  return { ok: false, error: `${issue.path.join('.') || '(document)'}: ${issue.message}` };
}
