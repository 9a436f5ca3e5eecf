import { CertifyRequest } from '@bangfu/contracts';
import { Body, Controller, Get, HttpCode, Param, ParseIntPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { CertifyResultDto, ProductAdminViewDto, ProductListQueryDto, ProductAdminListDto } from '../catalog/catalog.dto';
import { CurrentUser, Roles, type Principal } from '../identity/auth.decorators';
import { ReasonDto } from './certification.dto';
import { ProductReviewService } from './product-review.service';

class CertifyDto extends createZodDto(CertifyRequest) {}

/** The association's side of product certification. */
@ApiTags('association')
@ApiBearerAuth()
@Roles('staff')
@Controller('association/products')
export class AssociationProductsController {
  constructor(private readonly review: ProductReviewService) {}

  @Get()
  @ApiOkResponse({ type: ProductAdminListDto })
  list(@Query() query: ProductListQueryDto) {
    return this.review.list(query);
  }

  @Get(':id')
  @ApiOkResponse({ type: ProductAdminViewDto })
  get(@Param('id', ParseIntPipe) id: number) {
    return this.review.get(id);
  }

  @Post(':id/certify')
  @HttpCode(200)
  @ApiOkResponse({ type: CertifyResultDto })
  certify(@CurrentUser() staff: Principal, @Param('id', ParseIntPipe) id: number, @Body() body: CertifyDto) {
    return this.review.certify(staff, id, body);
  }

  @Post(':id/reject')
  @HttpCode(200)
  @ApiOkResponse({ type: ProductAdminViewDto })
  reject(@CurrentUser() staff: Principal, @Param('id', ParseIntPipe) id: number, @Body() body: ReasonDto) {
    return this.review.reject(staff, id, body.reason);
  }

  @Post(':id/revoke')
  @HttpCode(200)
  @ApiOkResponse({ type: ProductAdminViewDto })
  revoke(@CurrentUser() staff: Principal, @Param('id', ParseIntPipe) id: number, @Body() body: ReasonDto) {
    return this.review.revoke(staff, id, body.reason);
  }
}
