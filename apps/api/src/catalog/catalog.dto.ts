import { CertifyResult, ProductAdminView, ProductDraftRequest, ProductListQuery, ProductPatchRequest, PublicProductView, PublicSupplierView } from '@bangfu/contracts';
import { createZodDto } from 'nestjs-zod';

export class ProductDraftDto extends createZodDto(ProductDraftRequest) {}
export class ProductPatchDto extends createZodDto(ProductPatchRequest) {}
export class ProductListQueryDto extends createZodDto(ProductListQuery) {}
export class ProductAdminViewDto extends createZodDto(ProductAdminView) {}
export class CertifyResultDto extends createZodDto(CertifyResult) {}
export class PublicProductViewDto extends createZodDto(PublicProductView) {}
export class PublicSupplierViewDto extends createZodDto(PublicSupplierView) {}
