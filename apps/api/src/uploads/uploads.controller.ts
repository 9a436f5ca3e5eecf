import { Body, Controller, Get, Param, ParseIntPipe, Post, Res, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBearerAuth, ApiConsumes, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { CurrentUser, type Principal } from '../identity/auth.decorators';
import { MAX_UPLOAD_BYTES, UploadsService } from './uploads.service';

class UploadFormDto extends createZodDto(z.object({ purpose: z.enum(['document', 'image']) })) {}

@ApiTags('uploads')
@ApiBearerAuth()
@Controller('uploads')
export class UploadsController {
  constructor(private readonly uploads: UploadsService) {}

  @Post()
  @ApiConsumes('multipart/form-data')
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: MAX_UPLOAD_BYTES, files: 1 } }))
  upload(@CurrentUser() user: Principal, @Body() form: UploadFormDto, @UploadedFile() file?: Express.Multer.File) {
    return this.uploads.store(user, form.purpose, file);
  }

  @Get(':id/content')
  async content(@CurrentUser() user: Principal, @Param('id', ParseIntPipe) id: number, @Res() res: Response) {
    const file = await this.uploads.open(user, id);
    res.type(file.contentType).attachment(file.fileName).sendFile(file.path);
  }
}
