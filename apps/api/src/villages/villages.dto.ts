import { VillagePointCreate, VillagePointView } from '@bangfu/contracts';
import { createZodDto } from 'nestjs-zod';

export class VillagePointCreateDto extends createZodDto(VillagePointCreate) {}
export class VillagePointViewDto extends createZodDto(VillagePointView) {}
