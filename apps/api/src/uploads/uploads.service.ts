import type { UploadView } from '@bangfu/contracts';
import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { In } from 'typeorm';
import { AppError } from '../common/app-error';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { Database } from '../database/database';
import type { Principal } from '../identity/auth.decorators';
import { sniffFileType } from './file-signature';
import { UploadEntity, type UploadPurpose } from './upload.entity';

/** Business licences and other documents may be scans or PDFs; product pictures must be images. */
const RULES: Record<UploadPurpose, { types: string[]; maxBytes: number }> = {
  document: { types: ['image/png', 'image/jpeg', 'image/webp', 'application/pdf'], maxBytes: 5 * 1024 * 1024 },
  image: { types: ['image/png', 'image/jpeg', 'image/webp'], maxBytes: 2 * 1024 * 1024 },
};
export const MAX_UPLOAD_BYTES = Math.max(...Object.values(RULES).map((r) => r.maxBytes));

export function toUploadView(u: UploadEntity): UploadView {
  return {
    id: u.id,
    purpose: u.purpose,
    fileName: u.fileName,
    contentType: u.contentType,
    size: u.size,
    url: u.purpose === 'image' ? `/${u.storagePath}` : `/api/uploads/${u.id}/content`,
  };
}

@Injectable()
export class UploadsService {
  constructor(
    private readonly db: Database,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async store(owner: Principal, purpose: UploadPurpose, file: { originalname: string; buffer: Buffer } | undefined): Promise<UploadView> {
    if (!file) throw AppError.invalid('file', 'is required (multipart field "file")');
    const rule = RULES[purpose];
    if (file.buffer.length === 0) throw AppError.invalid('file', 'is empty');
    if (file.buffer.length > rule.maxBytes) {
      throw new AppError(413, 'PAYLOAD_TOO_LARGE', `A ${purpose} may be at most ${rule.maxBytes / 1024 / 1024} MB`);
    }
    const sniffed = sniffFileType(file.buffer);
    if (!sniffed || !rule.types.includes(sniffed.contentType)) {
      throw new AppError(415, 'UNSUPPORTED_MEDIA_TYPE', `A ${purpose} must be one of: ${rule.types.join(', ')}`, [
        { field: 'file', message: `content is ${sniffed?.contentType ?? 'not a recognised type'}` },
      ]);
    }
    // Images are public under /media; documents stay in a private folder served only to their owner and staff.
    const folder = purpose === 'image' ? 'media/uploads' : 'private/documents';
    const storagePath = `${folder}/${randomUUID()}.${sniffed.extension}`;
    const absolute = join(this.config.dataDir, storagePath);
    await mkdir(dirname(absolute), { recursive: true });
    await writeFile(absolute, file.buffer, { flag: 'wx' });
    const upload = await this.db.transaction((m) =>
      m.save(
        m.create(UploadEntity, {
          ownerUserId: owner.userId,
          purpose,
          fileName: file.originalname.slice(0, 200) || `upload.${sniffed.extension}`,
          contentType: sniffed.contentType,
          size: file.buffer.length,
          storagePath,
        }),
      ),
    );
    return toUploadView(upload);
  }

  /** A document's bytes, for its owner and for association staff only. */
  async open(viewer: Principal, id: number): Promise<{ path: string; contentType: string; fileName: string }> {
    const upload = await this.db.manager.findOneBy(UploadEntity, { id });
    const isStaff = viewer.role === 'staff' || viewer.role === 'admin';
    if (!upload || (upload.ownerUserId !== viewer.userId && !isStaff)) throw AppError.notFound('Upload', id);
    return { path: join(this.config.dataDir, upload.storagePath), contentType: upload.contentType, fileName: upload.fileName };
  }

  /** Checks that every id is a document the user uploaded; returns their views in the given order. */
  async ownDocuments(owner: Principal, ids: number[]): Promise<UploadView[]> {
    if (ids.length === 0) return [];
    const uploads = await this.db.manager.findBy(UploadEntity, { id: In(ids) });
    const byId = new Map(uploads.map((u) => [u.id, u]));
    return ids.map((id, i) => {
      const upload = byId.get(id);
      if (!upload || upload.ownerUserId !== owner.userId || upload.purpose !== 'document') {
        throw AppError.invalid(`documents.${i}`, `upload ${id} is not a document you uploaded`);
      }
      return toUploadView(upload);
    });
  }

  async views(ids: number[]): Promise<UploadView[]> {
    if (ids.length === 0) return [];
    const uploads = await this.db.manager.findBy(UploadEntity, { id: In(ids) });
    return uploads.map(toUploadView);
  }
}
