import { LoginRequest, LoginResponse, RegisterRequest, UserView } from '@bangfu/contracts';
import { createZodDto } from 'nestjs-zod';

export class RegisterDto extends createZodDto(RegisterRequest) {}
export class LoginDto extends createZodDto(LoginRequest) {}
export class LoginResponseDto extends createZodDto(LoginResponse) {}
export class UserViewDto extends createZodDto(UserView) {}
