import { Controller, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Public } from '../identity/auth.decorators';
import { CertificateCheckService } from './certificate-check.service';
import { CertificateCheckDto } from './certification.dto';

/** Anyone may check a certificate number: it is printed on packaging and counters, with a QR code to this check. */
@ApiTags('certificates')
@Public()
@Controller('certificates')
export class CertificatesController {
  constructor(private readonly certificates: CertificateCheckService) {}

  @Get(':certificateNo')
  @ApiOkResponse({ type: CertificateCheckDto })
  check(@Param('certificateNo') no: string) {
    return this.certificates.check(no);
  }
}
