import type { UploadView } from '@bangfu/contracts';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { mkdir, stat, unlink, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { In, MoreThan } from 'typeorm';
import { AppError } from '../common/app-error';
import { Clock } from '../common/clock';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { Database } from '../database/database';
import type { Principal } from '../identity/auth.decorators';
import { safeFileName } from './file-name';
import { sniffFileType } from './file-signature';
import { withoutMetadata } from './image-metadata';
import { UploadEntity, type UploadPurpose } from './upload.entity';

/** Business licences and other documents may be scans or PDFs; product pictures must be images. */
const RULES: Record<UploadPurpose, { types: string[]; maxBytes: number }> = {
  document: { types: ['image/png', 'image/jpeg', 'image/webp', 'application/pdf'], maxBytes: 5 * 1024 * 1024 },
  image: { types: ['image/png', 'image/jpeg', 'image/webp'], maxBytes: 2 * 1024 * 1024 },
};
export const MAX_UPLOAD_BYTES = Math.max(...Object.values(RULES).map((r) => r.maxBytes));

/**
 * What one account may upload in any rolling 24 hours. A supplier listing twenty products with nine photos each
 * and its licences stays well under; a script filling the disk does not.
 */
export const UPLOAD_QUOTA_WINDOW_MS = 24 * 60 * 60 * 1000;
export const UPLOAD_QUOTA_FILES = 300;
export const UPLOAD_QUOTA_BYTES = 500 * 1024 * 1024;

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
  private readonly logger = new Logger(UploadsService.name);

  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
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
    await this.checkQuota(owner, file.buffer.length);
    // Images are public under /media, so they lose their metadata; documents stay as sent, in a private folder
    // served only to their owner and staff.
    const content = purpose === 'image' ? await withoutMetadata(file.buffer, sniffed) : file.buffer;
    const folder = purpose === 'image' ? 'media/uploads' : 'private/documents';
    const storagePath = `${folder}/${randomUUID()}.${sniffed.extension}`;
    const absolute = join(this.config.dataDir, storagePath);
    await mkdir(dirname(absolute), { recursive: true });
    await writeFile(absolute, content, { flag: 'wx' });
    try {
      const upload = await this.db.transaction((m) =>
        m.save(
          m.create(UploadEntity, {
            ownerUserId: owner.userId,
            purpose,
            fileName: safeFileName(file.originalname, sniffed),
            contentType: sniffed.contentType,
            size: content.length,
            storagePath,
            // The quota window is measured by the same clock, whatever the database server's time zone.
            createdAt: this.clock.now(),
          }),
        ),
      );
      return toUploadView(upload);
    } catch (error) {
      await unlink(absolute).catch(() => undefined);
      throw error;
    }
  }

  /**
   * Counted from the uploads table, so the quota holds across API instances. Parallel uploads checked at the
   * same moment may together pass it by a few files: it bounds abuse, it is not a budget.
   */
  private async checkQuota(owner: Principal, incomingBytes: number): Promise<void> {
    const now = this.clock.now().getTime();
    const within = { ownerUserId: owner.userId, createdAt: MoreThan(new Date(now - UPLOAD_QUOTA_WINDOW_MS)) };
    const [files, bytes] = await Promise.all([this.db.manager.countBy(UploadEntity, within), this.db.manager.sum(UploadEntity, 'size', within)]);
    const used = bytes ?? 0;
    if (files < UPLOAD_QUOTA_FILES && used + incomingBytes <= UPLOAD_QUOTA_BYTES) return;
    // The oldest upload of the window is the first to leave it and free some room.
    const oldest = await this.db.manager.findOne(UploadEntity, { select: { createdAt: true }, where: within, order: { createdAt: 'ASC' } });
    const leavesAt = (oldest?.createdAt.getTime() ?? now) + UPLOAD_QUOTA_WINDOW_MS;
    throw new AppError(
      429,
      'UPLOAD_QUOTA_EXCEEDED',
      `You may upload at most ${UPLOAD_QUOTA_FILES} files or ${UPLOAD_QUOTA_BYTES / 1024 / 1024} MB in 24 hours`,
      { files, bytes: used, maxFiles: UPLOAD_QUOTA_FILES, maxBytes: UPLOAD_QUOTA_BYTES, retryAfterSeconds: Math.max(1, Math.ceil((leavesAt - now) / 1000)) },
    );
  }

  /** A document's bytes, for its owner and for association staff only. */
  async open(viewer: Principal, id: number): Promise<{ path: string; contentType: string; fileName: string }> {
    const upload = await this.db.manager.findOneBy(UploadEntity, { id });
    const isStaff = viewer.role === 'staff' || viewer.role === 'admin';
    if (!upload || (upload.ownerUserId !== viewer.userId && !isStaff)) throw AppError.notFound('Upload', id);
    const path = join(this.config.dataDir, upload.storagePath);
    if (!(await isFile(path))) {
      this.logger.warn(`upload ${id} has no file at ${upload.storagePath}`);
      throw AppError.notFound('Upload', id);
    }
    return { path, contentType: upload.contentType, fileName: upload.fileName };
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

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return false;
    throw error;
  }
}
