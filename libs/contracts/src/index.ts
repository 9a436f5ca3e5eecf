export * from './money';
export * from './credit-code';
export * from './vocabulary';
export * from './errors';
export * from './identity';
export * from './paging';
export * from './certification';
