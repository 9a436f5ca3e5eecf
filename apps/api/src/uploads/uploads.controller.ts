import { UploadView } from '@bangfu/contracts';
import { Body, Controller, Get, Param, ParseIntPipe, Post, Req, Res, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBearerAuth, ApiConsumes, ApiCreatedResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { AppError } from '../common/app-error';
import { sendError } from '../common/error.filter';
import { CurrentUser, type Principal } from '../identity/auth.decorators';
import { MAX_UPLOAD_BYTES, UploadsService } from './uploads.service';

class UploadFormDto extends createZodDto(z.object({ purpose: z.enum(['document', 'image']) })) {}
class UploadViewDto extends createZodDto(UploadView) {}

@ApiTags('uploads')
@ApiBearerAuth()
@Controller('uploads')
export class UploadsController {
  constructor(private readonly uploads: UploadsService) {}

  @Post()
  @ApiCreatedResponse({ type: UploadViewDto })
  @ApiConsumes('multipart/form-data')
  // Browsers send the file name as raw UTF-8 bytes; busboy would read them as latin1 and garble Chinese names.
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: MAX_UPLOAD_BYTES, files: 1 }, defParamCharset: 'utf8' }))
  upload(@CurrentUser() user: Principal, @Body() form: UploadFormDto, @UploadedFile() file?: Express.Multer.File) {
    return this.uploads.store(user, form.purpose, file);
  }

  /**
   * Always a download, with the type verified at upload: the console fetches documents with a bearer token and
   * shows them from a blob, so inline display would gain nothing, and a crafted PDF or picture never runs as a
   * page of our origin. `attachment()` would derive the type from the name, so the type is set after it.
   */
  @Get(':id/content')
  @ApiProduces('application/pdf', 'image/jpeg', 'image/png', 'image/webp')
  @ApiOkResponse({ description: 'The document as uploaded, as a download', schema: { type: 'string', format: 'binary' } })
  async content(@CurrentUser() user: Principal, @Param('id', ParseIntPipe) id: number, @Req() req: Request, @Res() res: Response) {
    const file = await this.uploads.open(user, id);
    res.attachment(file.fileName);
    res.setHeader('Content-Type', file.contentType);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Cache-Control', 'private, no-cache');
    res.sendFile(file.path, { cacheControl: false }, (error?: NodeJS.ErrnoException) => {
      // Past the headers there is nothing left to answer; most often the client went away.
      if (!error || res.headersSent) return;
      // The file can still vanish between the check and the read.
      res.removeHeader('Content-Disposition');
      sendError(error.code === 'ENOENT' ? AppError.notFound('Upload', id) : error, req, res);
    });
  }
}
