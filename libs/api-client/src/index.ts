export * from './api-error';
export * from './client';
export * from './token-store';
export * from './current-user';
