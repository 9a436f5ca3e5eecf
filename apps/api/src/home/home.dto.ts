import { HomeSettings, HomeView } from '@bangfu/contracts';
import { createZodDto } from 'nestjs-zod';

export class HomeSettingsDto extends createZodDto(HomeSettings) {}
export class HomeViewDto extends createZodDto(HomeView) {}
