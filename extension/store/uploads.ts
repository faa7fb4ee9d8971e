/**
 * A file the popup hands to the background: files go through IndexedDB, not messages, which are too
 * small for a large roster. The popup stages it here and asks the background to import it by id;
 * the background's service reads and deletes it (store/service.ts importUpload / discardUpload).
 */
import { InScopeDb } from './db';

export async function stageUpload(file: File): Promise<string> {
  const db = new InScopeDb();
  try {
    const id = crypto.randomUUID();
    await db.uploads.put({ id, name: file.name, file, at: new Date().toISOString(), lastModified: file.lastModified });
    return id;
  } finally {
    db.close();
  }
}
