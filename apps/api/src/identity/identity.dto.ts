import { AddressBook, AddressInput, AddressView, DevSmsView, LoginRequest, LoginResponse, RegisterRequest, ResetPasswordRequest, SmsCodeRequest, SmsCodeResponse, UserView } from '@bangfu/contracts';
import { createZodDto } from 'nestjs-zod';

export class RegisterDto extends createZodDto(RegisterRequest) {}
export class LoginDto extends createZodDto(LoginRequest) {}
export class LoginResponseDto extends createZodDto(LoginResponse) {}
export class UserViewDto extends createZodDto(UserView) {}
export class SmsCodeDto extends createZodDto(SmsCodeRequest) {}
export class SmsCodeResponseDto extends createZodDto(SmsCodeResponse) {}
export class ResetPasswordDto extends createZodDto(ResetPasswordRequest) {}
export class DevSmsViewDto extends createZodDto(DevSmsView) {}
export class AddressDto extends createZodDto(AddressInput) {}
export class AddressViewDto extends createZodDto(AddressView) {}
export class AddressBookDto extends createZodDto(AddressBook) {}
