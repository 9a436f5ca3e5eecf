import { CategoryView, CertifyResult, CountyTowns, CountyView, listOf, ProductAdminView, ProductDecisionList, ProductDraftRequest, UnlistRequest, ProductListQuery, ProductPatchRequest, PublicProductView, PublicSupplierView } from '@bangfu/contracts';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';

export class ProductDraftDto extends createZodDto(ProductDraftRequest) {}
export class ProductPatchDto extends createZodDto(ProductPatchRequest) {}
export class ProductListQueryDto extends createZodDto(ProductListQuery) {}
export class ProductAdminViewDto extends createZodDto(ProductAdminView) {}
export class ProductAdminListDto extends createZodDto(listOf(ProductAdminView)) {}
export class ProductDecisionListDto extends createZodDto(ProductDecisionList) {}
export class UnlistDto extends createZodDto(UnlistRequest) {}
export class CountyListDto extends createZodDto(z.array(CountyView)) {}
export class CountyTownsDto extends createZodDto(CountyTowns) {}
export class CategoryListDto extends createZodDto(z.array(CategoryView)) {}
export class CertifyResultDto extends createZodDto(CertifyResult) {}
export class PublicProductViewDto extends createZodDto(PublicProductView) {}
export class PublicSupplierViewDto extends createZodDto(PublicSupplierView) {}
