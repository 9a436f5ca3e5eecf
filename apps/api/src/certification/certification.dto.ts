import { SupplierListQuery } from '@bangfu/contracts';
import { createZodDto } from 'nestjs-zod';

export class SupplierListQueryDto extends createZodDto(SupplierListQuery) {}
