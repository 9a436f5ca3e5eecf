import { HealthView } from '@bangfu/contracts';
import { Controller, Get, Res } from '@nestjs/common';
import { ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import type { Response } from 'express';
import { Database } from '../database/database';
import { Public } from '../identity/auth.decorators';
import { SearchService } from '../search/search.service';

class HealthViewDto extends createZodDto(HealthView) {}

const VERSION = process.env.npm_package_version ?? '0.1.0';

@ApiTags('health')
@Public()
@Controller('health')
export class HealthController {
  constructor(
    private readonly db: Database,
    private readonly search: SearchService,
  ) {}

  /** 200 while the database answers, 503 otherwise, so load balancers can take an instance out. */
  @Get()
  @ApiOkResponse({ type: HealthViewDto })
  @ApiServiceUnavailableResponse({ type: HealthViewDto, description: 'The database does not answer' })
  async health(@Res({ passthrough: true }) res: Response): Promise<HealthView> {
    const [dbUp, search] = await Promise.all([this.db.ping(), this.search.health()]);
    // Without the database nothing works; without search, browsing by page still does.
    if (!dbUp) res.status(503);
    return {
      status: dbUp && search.status === 'up' ? 'ok' : 'degraded',
      db: { status: dbUp ? 'up' : 'down', driver: this.db.kind },
      search: { status: search.status, engine: search.engine },
      version: VERSION,
    };
  }
}
