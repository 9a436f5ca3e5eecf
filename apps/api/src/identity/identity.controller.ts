import { Body, Controller, Get, HttpCode, Post, Req } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { CurrentUser, Public, type Principal } from './auth.decorators';
import { LoginDto, LoginResponseDto, RegisterDto, ResetPasswordDto, SmsCodeDto, SmsCodeResponseDto, UserViewDto } from './identity.dto';
import { IdentityService } from './identity.service';
import { SmsCodesService } from './sms-codes.service';

@ApiTags('identity')
@Controller()
export class IdentityController {
  constructor(
    private readonly identity: IdentityService,
    private readonly smsCodes: SmsCodesService,
  ) {}

  @Public()
  @Post('auth/sms-codes')
  @HttpCode(202)
  @ApiAcceptedResponse({ type: SmsCodeResponseDto })
  sendSmsCode(@Body() body: SmsCodeDto, @Req() req: Request) {
    return this.smsCodes.issue(body, req.ip ?? 'unknown');
  }

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

  /** The phone is proven and the password new: the shopper is signed in at once. */
  @Public()
  @Post('auth/reset-password')
  @HttpCode(200)
  @ApiOkResponse({ type: LoginResponseDto })
  resetPassword(@Body() body: ResetPasswordDto) {
    return this.identity.resetPassword(body);
  }

  @Get('me')
  @ApiBearerAuth()
  @ApiOkResponse({ type: UserViewDto })
  me(@CurrentUser() principal: Principal) {
    return this.identity.me(principal.userId);
  }
}
