import { Body, Controller, Get, HttpCode, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { CurrentUser, Public, type Principal } from './auth.decorators';
import { LoginDto, LoginResponseDto, RegisterDto, UserViewDto } from './identity.dto';
import { IdentityService } from './identity.service';

@ApiTags('identity')
@Controller()
export class IdentityController {
  constructor(private readonly identity: IdentityService) {}

  @Public()
  @Post('auth/register')
  @ApiOkResponse({ type: UserViewDto })
  register(@Body() body: RegisterDto, @Req() req: Request) {
    return this.identity.register(body, req.ip ?? 'unknown');
  }

  @Public()
  @Post('auth/login')
  @HttpCode(200)
  @ApiOkResponse({ type: LoginResponseDto })
  login(@Body() body: LoginDto, @Req() req: Request) {
    return this.identity.login(body, req.ip ?? 'unknown');
  }

  @Get('me')
  @ApiBearerAuth()
  @ApiOkResponse({ type: UserViewDto })
  me(@CurrentUser() principal: Principal) {
    return this.identity.me(principal.userId);
  }
}
